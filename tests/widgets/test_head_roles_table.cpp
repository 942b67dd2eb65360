// HeadRolesTable on a hand-made capture (a sink head, a previous-token head, four uniform heads): roles from the
// scores, sorting, the role, layer and text filters, live relabelling when a threshold moves, and row selection.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <limits>

#include "analysis/head_roles_table.h"
#include "screenshot_compare.h"
#include "selection_model.h"
#include "synthetic_capture.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

struct Fixture {
    SelectionModel selection;
    attnscope::testing::SyntheticCapture capture;
    HeadRolesTable table{&selection};

    Fixture() {
        selection.setModelShape(2, 3);
        table.setScores(computeHeadScores(capture));
        table.resize(900, 420);
        table.show();
    }

    // The (layer, head) shown in each row, top to bottom.
    QList<QPair<int, int>> rows() const {
        QList<QPair<int, int>> out;
        const auto* proxy = table.proxy();
        for (int r = 0; r < proxy->rowCount(); ++r)
            out.append({proxy->index(r, HeadRolesModel::Layer).data(Qt::UserRole).toInt(),
                        proxy->index(r, HeadRolesModel::Head).data(Qt::UserRole).toInt()});
        return out;
    }

    QString roleOf(int layer, int head) const {
        for (int r = 0; r < table.model()->rowCount(); ++r) {
            const auto& s = table.model()->scores(r);
            if (s.layer == layer && s.head == head) return table.model()->role(r);
        }
        return {};
    }
};

}  // namespace

class TestHeadRolesTable : public QObject {
    Q_OBJECT
private slots:
    void everyHeadIsListedWithTheRoleItsScoresImply() {
        Fixture f;
        QCOMPARE(f.table.proxy()->rowCount(), 6);
        QCOMPARE(f.roleOf(0, 0), QStringLiteral("sink"));
        QCOMPARE(f.roleOf(1, 1), QStringLiteral("previous-token"));
        QCOMPARE(f.roleOf(0, 1), QStringLiteral("broad"));  // uniform over what each query sees
        const QModelIndex sink = f.table.proxy()->index(0, HeadRolesModel::Sink);
        QCOMPARE(sink.data().toString(), QStringLiteral("1.000"));
        QCOMPARE(f.table.proxy()->index(0, HeadRolesModel::Induction).data().toString(), QStringLiteral("–"));
    }

    void theAttributionColumnSortsAndAsksToBeComputedOnlyWhileItWaits() {
        Fixture f;
        QSignalSpy wanted(&f.table, &HeadRolesTable::attributionWanted);
        f.table.setAttribution({}, 0, QStringLiteral("Computing…"));
        QCOMPARE(wanted.count(), 0);
        f.table.setAttribution({}, 0, QString());  // a slow run: waits for the table
        QCOMPARE(wanted.count(), 1);
        const int rows = f.table.model()->rowCount();
        std::vector<double> terms(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r) terms[static_cast<size_t>(r)] = r % 2 ? -0.5 * r : 0.25 * r;
        f.table.setAttribution(terms, 3, QStringLiteral("the logit of 'x'"));
        QCOMPARE(wanted.count(), 1);
        f.table.view()->sortByColumn(HeadRolesModel::Attribution, Qt::DescendingOrder);
        const auto* proxy = f.table.proxy();
        double previous = std::numeric_limits<double>::infinity();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const double v = proxy->data(proxy->index(r, HeadRolesModel::Attribution), Qt::UserRole).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
    }

    void sortsByAnyScoreColumn() {
        Fixture f;
        f.table.view()->sortByColumn(HeadRolesModel::Sink, Qt::DescendingOrder);
        QCOMPARE(f.rows().first(), qMakePair(0, 0));
        f.table.view()->sortByColumn(HeadRolesModel::PrevToken, Qt::DescendingOrder);
        QCOMPARE(f.rows().first(), qMakePair(1, 1));
        f.table.view()->sortByColumn(HeadRolesModel::Layer, Qt::DescendingOrder);
        QCOMPARE(f.rows().first().first, 1);
    }

    void filtersByRoleLayerAndText() {
        Fixture f;
        f.table.roleFilter()->setCurrentIndex(f.table.roleFilter()->findData(QStringLiteral("broad")));
        QCOMPARE(f.rows().size(), 4);
        f.table.layerFilter()->setCurrentIndex(f.table.layerFilter()->findData(1));
        QCOMPARE(f.rows(), (QList<QPair<int, int>>{{1, 0}, {1, 2}}));
        f.table.roleFilter()->setCurrentIndex(0);
        f.table.layerFilter()->setCurrentIndex(0);
        f.table.textFilter()->setText(QStringLiteral("1:1"));
        QCOMPARE(f.rows(), (QList<QPair<int, int>>{{1, 1}}));
        f.table.textFilter()->setText(QStringLiteral("L0"));
        QCOMPARE(f.rows().size(), 3);
        f.table.textFilter()->setText(QStringLiteral("previous"));
        QCOMPARE(f.rows(), (QList<QPair<int, int>>{{1, 1}}));
    }

    void movingAThresholdRelabelsLive() {
        Fixture f;
        f.table.roleFilter()->setCurrentIndex(f.table.roleFilter()->findData(QStringLiteral("sink")));
        QCOMPARE(f.rows().size(), 1);
        QSignalSpy spy(&f.table, &HeadRolesTable::thresholdsChanged);
        // Uniform heads give the first token (1/2 + ... + 1/6) / 5 = 0.29: a sink under a threshold of 0.25.
        f.table.thresholdBox(QStringLiteral("sink"))->setValue(0.25);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(f.table.thresholds().sink, 0.25);
        QCOMPARE(f.roleOf(0, 1), QStringLiteral("sink"));
        QCOMPARE(f.rows().size(), 5);  // the role filter follows the new labels
        QCOMPARE(f.table.proxy()->index(0, HeadRolesModel::Role).data().toString(), QStringLiteral("sink"));
    }

    void selectingARowSelectsTheHeadAndFollowsTheSelection() {
        Fixture f;
        f.table.view()->sortByColumn(HeadRolesModel::PrevToken, Qt::DescendingOrder);
        f.table.view()->selectRow(0);
        QCOMPARE(f.selection.layer(), 1);
        QCOMPARE(f.selection.head(), 1);
        f.selection.selectHead(0, 2);
        const QModelIndex current = f.table.view()->currentIndex();
        QCOMPARE(current.siblingAtColumn(HeadRolesModel::Layer).data(Qt::UserRole).toInt(), 0);
        QCOMPARE(current.siblingAtColumn(HeadRolesModel::Head).data(Qt::UserRole).toInt(), 2);
    }

    void matchesItsBaseline() {
        Fixture f;
        f.selection.selectHead(1, 1);
        const QImage image = attnscope::testing::grabAtSize(f.table, QSize(900, 360));
        ATTNSCOPE_COMPARE_BASELINE(image, "head_roles_table_synthetic");
    }
};

QTEST_MAIN(TestHeadRolesTable)
#include "test_head_roles_table.moc"
