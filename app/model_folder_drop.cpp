// Recognising a dropped model folder.
#include "model_folder_drop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace attnscope::app {

QString modelFolderFromDrop(const QMimeData* data) {
    if (!data || !data->hasUrls() || data->urls().size() != 1) return {};
    const QUrl url = data->urls().front();
    if (!url.isLocalFile()) return {};
    const QFileInfo info(url.toLocalFile());
    if (info.isDir()) return info.absoluteFilePath();
    if (info.isFile() && info.fileName() == QLatin1String("config.json")) return info.absolutePath();
    return {};
}

}  // namespace attnscope::app
