// File > Open from Hugging Face Cache…: the models already downloaded to the Hugging Face cache, to pick one by name
// instead of finding its snapshot folder by hand.
#pragma once

#include <QDialog>
#include <vector>

#include "attnscope/model.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace attnscope::app {

class HuggingFaceCacheDialog : public QDialog {
    Q_OBJECT
public:
    // Lists `models` (from listHuggingFaceCache()); `cacheDescription` says where they were looked for.
    HuggingFaceCacheDialog(std::vector<CachedModel> models, const QString& cacheDescription,
                           QWidget* parent = nullptr);

    // The snapshot folder of the chosen model; empty when none is chosen.
    QString selectedFolder() const;
    QListWidget* list() const { return list_; }
    QLineEdit* filter() const { return filter_; }

private:
    void applyFilter(const QString& text);
    void updateButtons();

    std::vector<CachedModel> models_;
    QLineEdit* filter_;
    QListWidget* list_;
    QLabel* note_;
    QDialogButtonBox* buttons_;
};

// Where listHuggingFaceCache() looks: $HF_HUB_CACHE, else $HF_HOME/hub, else ~/.cache/huggingface/hub.
QString huggingFaceCacheDescription();

}  // namespace attnscope::app
