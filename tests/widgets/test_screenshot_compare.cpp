// The baseline screenshot helper itself: what counts as a match, what gets written on a mismatch.
#include <QtTest>

#include <QFile>
#include <QWidget>

#include "screenshot_compare.h"

using namespace attnscope::testing;

namespace {

QImage filled(const QColor& color, QSize size = QSize(100, 100)) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(color);
    return image;
}

}  // namespace

class TestScreenshotCompare : public QObject {
    Q_OBJECT
private slots:
    void identicalImagesMatchWithNoDifference() {
        const auto result = compareImages(filled(Qt::darkCyan), filled(Qt::darkCyan));
        QVERIFY(result.matches);
        QCOMPARE(result.differingFraction, 0.0);
        QCOMPARE(result.maxChannelDifference, 0);
    }

    void differencesWithinTheChannelThresholdAreNotCounted() {
        QImage actual = filled(QColor(100, 100, 100));
        actual.setPixelColor(10, 10, QColor(108, 92, 100));  // 8 off: at the default threshold, not above it
        const auto result = compareImages(actual, filled(QColor(100, 100, 100)));
        QVERIFY(result.matches);
        QCOMPARE(result.differingFraction, 0.0);
        QCOMPARE(result.maxChannelDifference, 8);
    }

    void aFewDifferingPixelsPassAndManyFail() {
        QImage fewOff = filled(Qt::black);
        fewOff.setPixelColor(3, 4, Qt::white);  // 1 of 10,000 = 0.01 %, under the default 0.1 %
        const auto few = compareImages(fewOff, filled(Qt::black));
        QVERIFY(few.matches);
        QCOMPARE(few.differingFraction, 0.0001);
        QCOMPARE(few.maxChannelDifference, 255);

        QImage manyOff = filled(Qt::black);
        for (int x = 0; x < 20; ++x) manyOff.setPixelColor(x, 0, Qt::white);  // 0.2 %
        const auto many = compareImages(manyOff, filled(Qt::black));
        QVERIFY(!many.matches);
        QCOMPARE(many.differingFraction, 0.002);
        QVERIFY2(many.message.contains("20 of 10000 pixels"), qPrintable(many.message));
    }

    void differentSizesNeverMatch() {
        const auto result = compareImages(filled(Qt::red, QSize(10, 10)), filled(Qt::red, QSize(10, 11)));
        QVERIFY(!result.matches);
        QVERIFY(result.message.contains("10x10"));
    }

    void differenceImageMarksDifferingPixelsInRed() {
        QImage actual = filled(Qt::black, QSize(4, 4));
        actual.setPixelColor(1, 2, Qt::white);
        const QImage diff = differenceImage(actual, filled(Qt::black, QSize(4, 4)), 8);
        QCOMPARE(QColor(diff.pixel(1, 2)), QColor(128 + 127, 0, 0));
        QCOMPARE(QColor(diff.pixel(0, 0)), QColor(0, 0, 0));
    }

    void missingBaselineFailsAndWritesTheActualImage() {
        qunsetenv("ATTNSCOPE_UPDATE_BASELINES");
        const QString name = "screenshot_compare_missing_baseline";
        const QString actualPath = outputDirectory() + "/" + name + ".actual.png";
        QFile::remove(actualPath);
        const auto result = compareWithBaseline(filled(Qt::blue), name);
        QVERIFY(!result.matches);
        QVERIFY2(result.message.contains(actualPath), qPrintable(result.message));
        QVERIFY(QFile::exists(actualPath));
        QVERIFY(!QFile::exists(baselineDirectory() + "/" + name + ".png"));
    }

    void grabAtSizeReturnsTheWidgetAtThatSize() {
        QWidget widget;
        widget.setAutoFillBackground(true);
        QPalette palette = widget.palette();
        palette.setColor(QPalette::Window, QColor(30, 140, 60));
        widget.setPalette(palette);
        const QImage image = grabAtSize(widget, QSize(64, 48));
        QCOMPARE(image.size(), QSize(64, 48) * widget.devicePixelRatioF());
        QCOMPARE(QColor(image.pixel(10, 10)), QColor(30, 140, 60));
    }
};

QTEST_MAIN(TestScreenshotCompare)
#include "test_screenshot_compare.moc"
