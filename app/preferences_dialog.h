// Edit > Preferences: the interface language, the engine's thread count, its device and compute dtype, stored in
// Settings. Device and dtype apply to the next model opened.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace attnscope::app {

class Settings;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // Shows the values from `settings`; `cudaAvailable` decides whether CUDA can be chosen.
    PreferencesDialog(const Settings& settings, bool cudaAvailable, QWidget* parent = nullptr);

    // Writes the shown values to `settings`; returns true when the language changed (it applies at the next start).
    bool store(Settings& settings) const;

private:
    QComboBox* language_;
    QSpinBox* threads_;
    QComboBox* device_;
    QComboBox* dtype_;
};

}  // namespace attnscope::app
