// The views the main window shows, as one table (id, title, dock area). A view's widget comes from
// attnscope_widgets; until a view exists there, a placeholder in its dock says what will appear.
#pragma once

namespace attnscope::app {

class MainWindow;

// Registers every view of the catalog with `window`.
void registerViews(MainWindow& window);

}  // namespace attnscope::app
