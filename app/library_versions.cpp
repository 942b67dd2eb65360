// Collects versions from Qt, VTK and the engine's runtimeInfo().
#include "library_versions.h"

#include <vtkVersion.h>

#include "attnscope/runtime.h"

namespace attnscope::app {

QList<LibraryVersion> LibraryVersions::collect() {
    const RuntimeInfo info = runtimeInfo();
    const QString cuda =
        info.cudaAvailable ? tr("available (%n device(s))", nullptr, info.cudaDevices) : tr("not available");
    return {
        {QStringLiteral("AttnScope"), QString::fromStdString(info.engineVersion)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("VTK"), QString::fromLatin1(vtkVersion::GetVTKVersion())},
        {QStringLiteral("LibTorch"), QString::fromStdString(info.torchVersion)},
        {QStringLiteral("Boost"), QString::fromStdString(info.boostVersion)},
        {QStringLiteral("ICU"), QString::fromStdString(info.icuVersion)},
        {QStringLiteral("CUDA"), cuda},
        {tr("LibTorch threads"), QString::number(info.torchThreads)},
        {tr("OpenMP threads"), QString::number(info.openmpThreads)},
    };
}

QString LibraryVersions::asText() {
    QString text;
    for (const auto& entry : collect()) text += entry.name + QStringLiteral(": ") + entry.value + '\n';
    return text;
}

}  // namespace attnscope::app
