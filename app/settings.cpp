// QSettings behind typed accessors; the keys and their defaults live only here.
#include "settings.h"

#include <QSettings>
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
constexpr int kMaxThreads = 1024;
}  // namespace

Settings::Settings(const QString& iniFile)
    : store_(iniFile.isEmpty() ? std::make_unique<QSettings>()
                               : std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

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
