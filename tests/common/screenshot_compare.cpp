// Baseline screenshot comparison for view tests; the contract is in screenshot_compare.h.
#include "screenshot_compare.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QOpenGLWidget>
#include <QTest>
#include <QWidget>

#include <algorithm>
#include <cstdlib>

namespace attnscope::testing {
namespace {

int channelDifference(QRgb a, QRgb b) {
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b)),
                     std::abs(qAlpha(a) - qAlpha(b))});
}

QImage normalized(const QImage& image) {
    return image.convertToFormat(QImage::Format_ARGB32);
}

bool updatingBaselines() {
    return qEnvironmentVariable("ATTNSCOPE_UPDATE_BASELINES") == QLatin1String("1");
}

QString writeImage(const QImage& image, const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    return image.save(path) ? path : QStringLiteral("(could not write %1)").arg(path);
}

}  // namespace

QString baselineDirectory() {
    return QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/baselines");
}

QString outputDirectory() {
    return QStringLiteral(ATTNSCOPE_TEST_OUTPUT_DIR);
}

QImage grabAtSize(QWidget& widget, const QSize& size) {
    widget.resize(size);
    widget.show();
    if (!QTest::qWaitForWindowExposed(widget.window())) return {};
    // Let pending resize and paint events run so the grab shows the settled state.
    QCoreApplication::processEvents();
    if (auto* gl = qobject_cast<QOpenGLWidget*>(&widget)) return normalized(gl->grabFramebuffer());
    return normalized(widget.grab().toImage());
}

QColor colorInside(QWidget& widget, const QRect& rect, int inset) {
    return widget.grab().toImage().pixelColor(rect.left() + inset, rect.top() + inset);
}

ImageComparison compareImages(const QImage& actualImage, const QImage& expectedImage, const ImageTolerance& tolerance) {
    ImageComparison result;
    if (actualImage.size() != expectedImage.size()) {
        result.message = QStringLiteral("size %1x%2, expected %3x%4")
                             .arg(actualImage.width())
                             .arg(actualImage.height())
                             .arg(expectedImage.width())
                             .arg(expectedImage.height());
        return result;
    }
    const QImage actual = normalized(actualImage);
    const QImage expected = normalized(expectedImage);
    qint64 differing = 0;
    int largest = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int difference = channelDifference(a[x], e[x]);
            largest = std::max(largest, difference);
            if (difference > tolerance.channelThreshold) ++differing;
        }
    }
    const qint64 total = qint64(actual.width()) * actual.height();
    result.differingFraction = total > 0 ? double(differing) / double(total) : 0.0;
    result.maxChannelDifference = largest;
    result.matches = result.differingFraction <= tolerance.maxDifferingFraction;
    result.message = QStringLiteral(
                         "%1 of %2 pixels differ by more than %3 (%4 %, allowed %5 %); largest channel "
                         "difference %6")
                         .arg(differing)
                         .arg(total)
                         .arg(tolerance.channelThreshold)
                         .arg(100.0 * result.differingFraction, 0, 'f', 3)
                         .arg(100.0 * tolerance.maxDifferingFraction, 0, 'f', 3)
                         .arg(largest);
    return result;
}

QImage differenceImage(const QImage& actualImage, const QImage& expectedImage, int channelThreshold) {
    const QImage actual = normalized(actualImage);
    const QImage expected = normalized(expectedImage);
    QImage diff(expected.size(), QImage::Format_ARGB32);
    for (int y = 0; y < diff.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        auto* d = reinterpret_cast<QRgb*>(diff.scanLine(y));
        for (int x = 0; x < diff.width(); ++x) {
            const int difference = channelDifference(a[x], e[x]);
            if (difference > channelThreshold) {
                d[x] = qRgb(128 + difference / 2, 0, 0);
            } else {
                const int grey = qGray(e[x]) / 3;  // dimmed context, so the red stands out
                d[x] = qRgb(grey, grey, grey);
            }
        }
    }
    return diff;
}

ImageComparison compareWithBaseline(const QImage& actual, const QString& name, const ImageTolerance& tolerance) {
    const QString baselinePath = baselineDirectory() + "/" + name + ".png";
    const QString actualPath = outputDirectory() + "/" + name + ".actual.png";
    const QString diffPath = outputDirectory() + "/" + name + ".diff.png";

    if (actual.isNull()) {
        ImageComparison result;
        result.message = QStringLiteral("%1: nothing was grabbed (null image)").arg(name);
        return result;
    }
    if (!QFileInfo::exists(baselinePath)) {
        ImageComparison result;
        if (updatingBaselines()) {
            result.matches = true;
            result.differingFraction = 0.0;
            result.maxChannelDifference = 0;
            result.message = QStringLiteral("%1: wrote new baseline %2").arg(name, writeImage(actual, baselinePath));
            qInfo("%s", qPrintable(result.message));
        } else {
            result.message = QStringLiteral(
                                 "%1: no baseline %2; wrote %3; run with ATTNSCOPE_UPDATE_BASELINES=1 to "
                                 "accept it after looking at it")
                                 .arg(name, baselinePath, writeImage(actual, actualPath));
        }
        return result;
    }

    const QImage expected(baselinePath);
    ImageComparison result = compareImages(actual, expected, tolerance);
    result.message = name + ": " + result.message;
    if (!result.matches) {
        result.message += QStringLiteral("; wrote %1").arg(writeImage(actual, actualPath));
        if (actual.size() == expected.size())
            result.message += QStringLiteral(" and %1").arg(
                writeImage(differenceImage(actual, expected, tolerance.channelThreshold), diffPath));
    }
    return result;
}

}  // namespace attnscope::testing
