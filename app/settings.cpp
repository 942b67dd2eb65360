// QSettings behind typed accessors; the keys and their defaults live only here.
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace attnscope::app {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kRecentModels = QStringLiteral("models/recent");
const QString kLastDirectory = QStringLiteral("models/lastDirectory");
const QString kLanguage = QStringLiteral("interface/language");
const QString kThreads = QStringLiteral("engine/threads");
const QString kDevice = QStringLiteral("engine/device");
const QString kComputeDtype = QStringLiteral("engine/computeDtype");
const QString kLastExportFolder = QStringLiteral("exports/lastFolder");
const QString kTheme = QStringLiteral("interface/theme");
const QString kTourSeen = QStringLiteral("interface/tourSeen");
constexpr int kMaxThreads = 1024;
}  // namespace

Settings::Settings(const QString& iniFile)
    : store_(iniFile.isEmpty() ? std::make_unique<QSettings>()
                               : std::make_unique<QSettings>(iniFile, QSettings::IniFormat)),
      iniFile_(iniFile) {}

Settings::~Settings() = default;

QString Settings::location() const {
    return store_->fileName();
}

bool Settings::sync() {
    store_->sync();
    return store_->status() == QSettings::NoError;
}

QByteArray Settings::windowGeometry() const {
    return store_->value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry) {
    store_->setValue(kGeometry, geometry);
}
QByteArray Settings::windowState() const {
    return store_->value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray& state) {
    store_->setValue(kState, state);
}

QString Settings::lastExportFolder() const {
    return store_->value(kLastExportFolder).toString();
}
void Settings::setLastExportFolder(const QString& folder) {
    store_->setValue(kLastExportFolder, folder);
}

QString Settings::autosaveFolder() const {
    if (!iniFile_.isEmpty()) return QFileInfo(iniFile_).absoluteDir().filePath(QStringLiteral("attnscope-autosave"));
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

bool Settings::tourSeen() const {
    return store_->value(kTourSeen, false).toBool();
}
void Settings::setTourSeen(bool seen) {
    store_->setValue(kTourSeen, seen);
}

QString Settings::theme() const {
    const QString theme = store_->value(kTheme).toString();
    return theme == QLatin1String("dark") || theme == QLatin1String("high-contrast") ? theme : QStringLiteral("light");
}
void Settings::setTheme(const QString& theme) {
    store_->setValue(kTheme, theme);
}

QStringList Settings::recentModels() const {
    return store_->value(kRecentModels).toStringList();
}
void Settings::setRecentModels(const QStringList& folders) {
    store_->setValue(kRecentModels, folders);
}
QString Settings::lastDirectory() const {
    return store_->value(kLastDirectory).toString();
}
void Settings::setLastDirectory(const QString& folder) {
    store_->setValue(kLastDirectory, folder);
}

QString Settings::language() const {
    return store_->value(kLanguage).toString();
}
void Settings::setLanguage(const QString& language) {
    store_->setValue(kLanguage, language);
}

int Settings::threadCount() const {
    bool ok = false;
    const int threads = store_->value(kThreads, 0).toInt(&ok);
    return ok ? std::clamp(threads, 0, kMaxThreads) : 0;
}
void Settings::setThreadCount(int threads) {
    store_->setValue(kThreads, std::clamp(threads, 0, kMaxThreads));
}

Settings::Device Settings::device() const {
    return store_->value(kDevice).toString() == deviceKey(Device::Cuda) ? Device::Cuda : Device::Cpu;
}
void Settings::setDevice(Device device) {
    store_->setValue(kDevice, deviceKey(device));
}

QString Settings::computeDtype() const {
    const QString dtype = store_->value(kComputeDtype).toString();
    return computeDtypes().contains(dtype) ? dtype : computeDtypes().front();
}
void Settings::setComputeDtype(const QString& dtype) {
    store_->setValue(kComputeDtype, computeDtypes().contains(dtype) ? dtype : computeDtypes().front());
}

QStringList computeDtypes() {
    return {QStringLiteral("float32"), QStringLiteral("bfloat16"), QStringLiteral("float16")};
}

QString deviceKey(Settings::Device device) {
    return device == Settings::Device::Cuda ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

QString deviceDisplayName(Settings::Device device) {
    return device == Settings::Device::Cuda ? QStringLiteral("CUDA") : QStringLiteral("CPU");
}

}  // namespace attnscope::app
