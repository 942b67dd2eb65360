// Which model folder, if any, a drag carries: a local folder, or a model's config.json (meaning its folder).
// Other drops (an input image, text) are left for the views that take them.
#pragma once

#include <QString>

class QMimeData;

namespace attnscope::app {

// The folder's absolute path, or an empty string when the drag carries no single model folder.
QString modelFolderFromDrop(const QMimeData* data);

}  // namespace attnscope::app
