// Paths, processes and pixels for the test suites.
#include "test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <cstdlib>

#include "attnscope/model.h"
#include "attnscope/tools/safetensors.h"

namespace attnscope::testing {

QString testDataPath(const QString& relative) {
    return QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/") + relative;
}

ModelInput referenceRunInput(const safetensors::File& reference, const std::string& run) {
    ModelInput input;
    if (reference.contains(run + ".pixel_values")) {
        input.pixelValues = reference.floats(run + ".pixel_values");
        return input;
    }
    input.ids = reference.integers(run + ".input_ids");
    if (reference.contains(run + ".token_type_ids")) input.typeIds = reference.integers(run + ".token_type_ids");
    if (reference.contains(run + ".decoder_input_ids"))
        input.decoderIds = reference.integers(run + ".decoder_input_ids");
    return input;
}

QString modelFixture(const QString& name) {
    return testDataPath(QStringLiteral("fixtures/models/") + name);
}

QString outputPath(const QString& name) {
    const QString path = QStringLiteral(ATTNSCOPE_TEST_OUTPUT_DIR "/") + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs,
                         const QProcessEnvironment& environment) {
    QProcess process;
    if (!environment.isEmpty()) process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
        result.err = QStringLiteral("timed out after %1 ms; ").arg(timeoutMs);
    }
    if (process.exitStatus() == QProcess::NormalExit && !result.crashed)
        result.exitCode = process.exitCode();
    else
        result.crashed = true;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList& arguments, int timeoutMs) {
    return runProcess(QStringLiteral(ATTNSCOPE_CLI_PATH), arguments, timeoutMs);
}

bool nearColor(QRgb pixel, const QColor& color, int tolerance) {
    return std::abs(qRed(pixel) - color.red()) <= tolerance && std::abs(qGreen(pixel) - color.green()) <= tolerance &&
           std::abs(qBlue(pixel) - color.blue()) <= tolerance;
}

int countPixels(const QImage& image, const QColor& color, int tolerance) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) count += nearColor(image.pixel(x, y), color, tolerance) ? 1 : 0;
    return count;
}

QColor colorInside(const QImage& image, const QRect& rect, int inset) {
    return image.pixelColor(rect.left() + inset, rect.top() + inset);
}

}  // namespace attnscope::testing
