// The head grid toggles masks through the selection's undo stack and marks masked heads.
#include <QtTest>

#include "head_grid.h"
#include "style.h"
#include "view_test_support.h"

using namespace attnscope::testing;
using namespace attnscope::widgets;

class TestHeadGrid : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useDeterministicLook(); }

    void clickingACellMasksItAndUndoRestores() {
        SelectionModel selection;
        selection.setModelShape(4, 6);
        HeadGrid grid;
        grid.setSelectionModel(&selection);
        renderWidget(grid, grid.sizeHint());
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.cellRect(1, 2).center());
        QVERIFY(selection.mask().contains(1, 2));
        QCOMPARE(selection.undoStack()->count(), 1);
        selection.undoStack()->undo();
        QVERIFY(selection.mask().empty());
        selection.undoStack()->redo();
        QVERIFY(selection.mask().contains(1, 2));
    }

    void clickingARowHeaderMasksTheLayer() {
        SelectionModel selection;
        selection.setModelShape(4, 6);
        HeadGrid grid;
        grid.setSelectionModel(&selection);
        renderWidget(grid, grid.sizeHint());
        QTest::mouseClick(&grid, Qt::LeftButton, {}, grid.rowHeaderRect(2).center());
        QCOMPARE(selection.mask().size(), size_t(6));
        for (int h = 0; h < 6; ++h) QVERIFY(selection.mask().contains(2, h));
        selection.undoStack()->undo();
        QVERIFY(selection.mask().empty());
    }

    void maskedCellsCarryTheMarkerColour() {
        SelectionModel selection;
        selection.setModelShape(3, 5);
        HeadGrid grid;
        grid.setSelectionModel(&selection);
        selection.toggleMasked(2, 4);
        const QImage image = renderWidget(grid, grid.sizeHint());
        const QRect masked = grid.cellRect(2, 4);
        QCOMPARE(image.pixelColor(masked.left() + 1, masked.center().y()), screenTheme().maskMarker);
        const QRect plain = grid.cellRect(2, 3);
        QCOMPARE(image.pixelColor(plain.left() + 3, plain.top() + 3), screenTheme().panel);
    }
};

QTEST_MAIN(TestHeadGrid)
#include "test_head_grid.moc"
