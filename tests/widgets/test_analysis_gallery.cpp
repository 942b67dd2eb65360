// Renders every analysis view on a real capture to PNG, for people to look at (docs/screenshots/ holds the ones
// taken on the bundled demo model). The model is $ATTNSCOPE_GALLERY_MODEL, else the bundled demo model when
// present, else the gpt2 fixture; the PNGs go to $ATTNSCOPE_GALLERY_DIR, else <build>/test-output/analysis_gallery.
#include <QDir>
#include <QFileInfo>
#include <QtTest>

#include <QTableView>

#include "analysis/head_roles_table.h"
#include "analysis/importance_view.h"
#include "analysis/sink_view.h"
#include "attnscope/capture.h"
#include "attnscope/head_importance.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "attnscope/tokenizer.h"
#include "screenshot_compare.h"
#include "selection_model.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

QString modelFolder() {
    const QString chosen = qEnvironmentVariable("ATTNSCOPE_GALLERY_MODEL");
    if (!chosen.isEmpty()) return chosen;
    const QString demo = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/../resources/models/demo");
    if (QFileInfo::exists(demo + "/config.json")) return demo;
    return QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/fixtures/models/gpt2");
}

QString outputFolder() {
    const QString chosen = qEnvironmentVariable("ATTNSCOPE_GALLERY_DIR");
    const QString folder = chosen.isEmpty() ? attnscope::testing::outputDirectory() + "/analysis_gallery" : chosen;
    QDir().mkpath(folder);
    return folder;
}

const char* kText =
    "Alice gives Bob the book. Carol has 3 apples. The cat that the dogs follow sleeps near the river. Alice gives "
    "Bob the apple.";  // the demo model's grammar: words it knows, a name pair that recurs

}  // namespace

class TestAnalysisGallery : public QObject {
    Q_OBJECT
private slots:
    void rendersEveryViewOnARealCapture() {
        const auto model = Model::load(modelFolder().toStdString());
        const auto& info = model->info();
        ModelInput input;
        const auto encoding = model->tokenizer()->encode(kText);
        input.ids = encoding.ids;
        input.tokens = encoding.tokens;
        const auto capture = model->run(input);
        auto scores = computeHeadScores(*capture);
        // Induction scores come from a [BOS] R R probe run, as the CLI's --probe induction does.
        const int length = std::min(40, (info.maxPositions - 1) / 2);
        const auto probe =
            makeInductionProbe(length, 0, info.vocab, info.bosTokenId,
                               info.bosTokenId ? std::vector<int64_t>{*info.bosTokenId} : std::vector<int64_t>{});
        ModelInput probeInput;
        probeInput.ids = probe.ids;
        const auto probeScores = computeHeadScores(*model->run(probeInput), &probe);
        for (size_t i = 0; i < scores.size(); ++i) scores[i].induction = probeScores[i].induction;

        SelectionModel selection;
        selection.setModelShape(info.layers, info.heads);
        int strongest = 0;
        for (size_t i = 0; i < scores.size(); ++i)
            if (scores[i].sink > scores[static_cast<size_t>(strongest)].sink) strongest = static_cast<int>(i);
        selection.selectHead(scores[static_cast<size_t>(strongest)].layer, scores[static_cast<size_t>(strongest)].head);
        const QString out = outputFolder();

        SinkView sinks(&selection);
        sinks.setCapture(capture, scores);
        const QImage sinkImage = attnscope::testing::grabAtSize(sinks, QSize(1400, 900));
        QVERIFY(sinkImage.save(out + "/sink_view.png"));

        HeadRolesTable roles(&selection);
        roles.setScores(scores);
        roles.view()->sortByColumn(HeadRolesModel::Sink, Qt::DescendingOrder);
        const QImage rolesImage = attnscope::testing::grabAtSize(roles, QSize(1100, 640));
        QVERIFY(rolesImage.save(out + "/head_roles_table.png"));

        ImportanceView importance(&selection);
        importance.setSourceAvailable(true);
        importance.setResult(computeHeadImportance(*model, input));
        importance.setLeastImportantCount(std::max(1, info.layers * info.heads / 4));
        const QImage ablationImage = attnscope::testing::grabAtSize(importance, QSize(760, 640));
        QVERIFY(ablationImage.save(out + "/importance_ablation.png"));
        ImportanceOptions gradient;
        gradient.method = ImportanceMethod::Gradient;
        importance.setResult(computeHeadImportance(*model, input, gradient));
        const QImage gradientImage = attnscope::testing::grabAtSize(importance, QSize(760, 640));
        QVERIFY(gradientImage.save(out + "/importance_gradient.png"));
        qInfo("gallery of %s written to %s", qPrintable(modelFolder()), qPrintable(out));
    }
};

QTEST_MAIN(TestAnalysisGallery)
#include "test_analysis_gallery.moc"
