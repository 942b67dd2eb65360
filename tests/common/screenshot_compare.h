// Baseline screenshots for view tests: grab a widget at a fixed size and compare it with a PNG under
// tests/baselines/ within a tolerance. On a mismatch, <name>.actual.png and <name>.diff.png are written to the test
// output directory (ATTNSCOPE_TEST_OUTPUT_DIR, i.e. <build>/test-output) and their paths are in the message.
//
// Typical use in a Qt Test slot:
//
//     const QImage image = attnscope::testing::grabAtSize(view, QSize(400, 300));
//     ATTNSCOPE_COMPARE_BASELINE(image, "head_view_default");
//
// A missing baseline fails the test, unless the environment has ATTNSCOPE_UPDATE_BASELINES=1: then the grab is
// written as the new baseline (tests/baselines/<name>.png) and the test passes. To replace a baseline, delete it and
// run again with that variable set. Look at every new baseline before committing it.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace attnscope::testing {

struct ImageTolerance {
    // A pixel differs when any of its channels (R, G, B, A) differs by more than this (0-255).
    int channelThreshold = 8;
    // The images match when at most this fraction of pixels differs (0.001 = 0.1 %).
    double maxDifferingFraction = 0.001;
};

struct ImageComparison {
    bool matches = false;
    double differingFraction = 1.0;  // differing pixels / all pixels (1 when the sizes differ)
    int maxChannelDifference = 255;
    QString message;  // what was compared, the figures, and the paths of any images written
};

// Resizes `widget` to `size` (logical pixels), shows it, waits until it is exposed and painted, and returns its
// image (a QOpenGLWidget through grabFramebuffer(), anything else through QWidget::grab()), in ARGB32.
QImage grabAtSize(QWidget& widget, const QSize& size);

// The colour a few pixels inside the top-left corner of `rect` of `widget` as it draws now (clear of borders, grid
// lines and the value text in the middle of a cell).
QColor colorInside(QWidget& widget, const QRect& rect, int inset = 4);

// Compares two images of the same size pixel by pixel. Pure: writes nothing.
ImageComparison compareImages(const QImage& actual, const QImage& expected, const ImageTolerance& tolerance = {});

// Compares `actual` with tests/baselines/<name>.png as described at the top of this file.
ImageComparison compareWithBaseline(const QImage& actual, const QString& name, const ImageTolerance& tolerance = {});

// The image of what differs: the expected image greyed and dimmed, differing pixels in red (brighter = larger).
QImage differenceImage(const QImage& actual, const QImage& expected, int channelThreshold);

// Where baselines live and where failures are written.
QString baselineDirectory();
QString outputDirectory();

}  // namespace attnscope::testing

// Fail the current Qt Test function with the comparison's message when `image` does not match baseline `name`.
#define ATTNSCOPE_COMPARE_BASELINE_WITHIN(image, name, tolerance)                                                \
    do {                                                                                                         \
        const auto attnscopeComparison_ = attnscope::testing::compareWithBaseline((image), (name), (tolerance)); \
        QVERIFY2(attnscopeComparison_.matches, qPrintable(attnscopeComparison_.message));                        \
    } while (false)
#define ATTNSCOPE_COMPARE_BASELINE(image, name) \
    ATTNSCOPE_COMPARE_BASELINE_WITHIN(image, name, attnscope::testing::ImageTolerance{})
