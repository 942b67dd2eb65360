// Colour scales of the analysis views: a sequential map for magnitudes (sink scores, attention, norms) and a
// diverging map centred on zero for signed effects (loss change when a head is masked). Perceptually ordered:
// lightness rises monotonically along the sequential map and away from the centre of the diverging one.
#pragma once

#include <QColor>
#include <QFont>

namespace attnscope::widgets {

enum class AnalysisColormap { Sequential, Diverging };

// The colour at t in [0, 1] (clamped). Diverging: 0.5 is the neutral centre.
QColor colormapColor(AnalysisColormap map, double t);

// The font every analysis view paints with: DejaVu Sans at a fixed pixel size, so renders are identical
// everywhere (baseline images).
QFont plotFont(int pixelSize, bool bold = false);

}  // namespace attnscope::widgets
