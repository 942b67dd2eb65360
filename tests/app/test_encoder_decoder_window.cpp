// An encoder-decoder model (the T5 fixture) in the window: the target box and the attention selector appear, the
// views show the chosen attention (cross-attention first: target tokens over source tokens), masks edited in one
// attention keep the others', and a masked run applies them to the right stack.
#include <QComboBox>
#include <QDockWidget>
#include <QtTest>

#include "attnscope/capture.h"
#include "demo_window.h"
#include "head_view.h"
#include "input_panel.h"
#include "test_support.h"

using namespace attnscope;

class TestEncoderDecoderWindow : public QObject {
    Q_OBJECT
private slots:
    void theViewsShowTheChosenAttentionAndMasksKeepTheirKind() {
        testing::DemoWindow demo(QSize(1280, 800));
        app::LaunchOptions options;
        options.modelDirectory = testing::modelFixture(QStringLiteral("t5"));
        options.text = QStringLiteral("The quick brown fox jumps over the lazy dog.");
        options.pairText = QStringLiteral("A quick fox jumped over a dog.");
        QVERIFY(demo.launch(options));
        auto& input = demo.workspace().input();
        QVERIFY(input.attentionKindBox()->isVisibleTo(&demo.window()));
        QVERIFY(input.pairVisible());
        QCOMPARE(input.attentionKind(), AttentionKind::Cross);

        auto* headView = demo.window().findChild<widgets::HeadView*>();
        QVERIFY(headView && headView->capture());
        const auto cross = headView->capture();
        QCOMPARE(cross->kind(), AttentionKind::Cross);
        QVERIFY(cross->keyTokenCount() != cross->tokenCount());  // 40 source tokens, 29 target tokens here
        QCOMPARE(static_cast<int>(cross->keyTokens().size()), cross->keyTokenCount());

        // Every dock says which attention it shows; the analyses read self-attention only.
        QVERIFY(demo.window()
                    .viewDock(QStringLiteral("head_view"))
                    ->windowTitle()
                    .endsWith(QStringLiteral("cross-attention")));
        QVERIFY(demo.window()
                    .viewDock(QStringLiteral("attention_sinks"))
                    ->windowTitle()
                    .endsWith(QStringLiteral("self-attention only")));

        auto& selection = demo.window().selection();
        QCOMPARE(selection.attentionKind(), AttentionKind::Cross);
        selection.toggleMasked(1, 2);
        QCOMPARE(QString::fromStdString(selection.runMask().toString()), QStringLiteral("cross:1:2"));

        input.setAttentionKind(AttentionKind::Encoder);
        QCOMPARE(headView->capture()->kind(), AttentionKind::Encoder);
        QCOMPARE(headView->capture()->tokenCount(), cross->keyTokenCount());
        QCOMPARE(demo.window().viewDock(QStringLiteral("attention_sinks"))->windowTitle(),
                 QStringLiteral("Attention Sinks · encoder"));
        QVERIFY(selection.mask().empty());  // the encoder's heads: none masked
        selection.toggleMasked(0, 3);
        QCOMPARE(QString::fromStdString(selection.runMask().toString()), QStringLiteral("enc:0:3,cross:1:2"));

        demo.window().actions().runWithMask->trigger();
        QVERIFY(demo.waitIdle());
        const auto run = headView->capture();
        QCOMPARE(run->kind(), AttentionKind::Encoder);
        QVERIFY(run->mask().contains(0, 3));
        input.setAttentionKind(AttentionKind::Cross);
        QVERIFY(headView->capture()->mask().contains(1, 2));
        QVERIFY(headView->beforeCapture());  // the plain run, for the difference
        QCOMPARE(headView->beforeCapture()->kind(), AttentionKind::Cross);
    }
};

QTEST_MAIN(TestEncoderDecoderWindow)
#include "test_encoder_decoder_window.moc"
