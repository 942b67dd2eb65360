// The About box.
#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "library_versions.h"

namespace attnscope::app {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About AttnScope"));
    const auto versions = LibraryVersions::collect();

    auto* heading = new QLabel(tr("AttnScope %1").arg(versions.front().value), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* description =
        new QLabel(tr("Looks inside transformer models: how every layer and head attends, which heads matter, "
                      "and what changes when heads are masked."),
                   this);
    description->setWordWrap(true);

    auto* table = new QFormLayout;
    for (qsizetype i = 1; i < versions.size(); ++i) {
        auto* value = new QLabel(versions[i].value, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        table->addRow(versions[i].name + QLatin1Char(':'), value);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addLayout(table);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

}  // namespace attnscope::app
