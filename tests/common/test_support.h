// What the test suites share: where fixtures are and where output goes, running a built program (attnscope-cli, the
// attnscope binary) and reading what it printed, and small pixel helpers. Screenshot baselines are in
// screenshot_compare.h and the synthetic captures in fake_capture.h / synthetic_capture.h, all in this library.
#pragma once

#include <QColor>
#include <QImage>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <string>

namespace attnscope {
struct ModelInput;
namespace safetensors {
class File;
}
}  // namespace attnscope

namespace attnscope::testing {

// tests/<relative> in the source tree (ATTNSCOPE_TEST_DATA_DIR).
QString testDataPath(const QString& relative);
// tests/fixtures/models/<name>: the tiny reference models made with transformers.
QString modelFixture(const QString& name);
// The input of run `run` of a fixture's reference.safetensors, as transformers saw it: its ids and type ids, or its
// preprocessed pixels.
ModelInput referenceRunInput(const safetensors::File& reference, const std::string& run);
// <build>/test-output/<name>, its folder created; tests write actual images and scratch files there.
QString outputPath(const QString& name);

// What a finished process left: its exit status (-1 when it crashed or timed out) and its output.
struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;  // killed by a signal, or past the time limit
    QString out;
    QString err;
};

// Runs `program` with `arguments` to the end (at most `timeoutMs`), in `environment` when given.
ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 300000,
                         const QProcessEnvironment& environment = QProcessEnvironment());
// The built attnscope-cli (ATTNSCOPE_CLI_PATH).
ProcessResult runCli(const QStringList& arguments, int timeoutMs = 300000);

// `pixel` is within `tolerance` (per channel) of `color`.
bool nearColor(QRgb pixel, const QColor& color, int tolerance = 2);
// Pixels of `image` within `tolerance` (per channel) of `color`.
int countPixels(const QImage& image, const QColor& color, int tolerance = 3);
// The colour a few pixels inside the top-left corner of `rect` (clear of borders and grid lines).
QColor colorInside(const QImage& image, const QRect& rect, int inset = 4);

}  // namespace attnscope::testing
