// The central area's empty state.
#include "empty_state.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attnscope::app {

EmptyState::EmptyState(QWidget* parent) : QWidget(parent) {
    auto* heading = new QLabel(tr("Open a model folder or drag one here"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);

    auto* details = new QLabel(
        tr("A model folder holds a Hugging Face model: config.json, one or more *.safetensors files and "
           "tokenizer.json. Once it is open, type a text and press Ctrl+Return to see how every layer and head "
           "attends."),
        this);
    details->setAlignment(Qt::AlignCenter);
    details->setWordWrap(true);
    details->setForegroundRole(QPalette::PlaceholderText);

    auto* open = new QPushButton(tr("Open Model Folder…"), this);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &EmptyState::openRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(details);  // no alignment flag: it would stop the wrapped text from getting its height
    layout->addSpacing(16);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

}  // namespace attnscope::app
