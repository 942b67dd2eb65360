// The user guide's window: a QTextBrowser over the installed Markdown pages, and what it says when they are missing.
#include "user_guide_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include "attnscope/error.h"
#include "attnscope/resources.h"

namespace attnscope::app {

namespace {

// The guide's screenshots are whole windows (1280 px wide); at full size they would push the text off the side.
constexpr int kPictureWidth = 760;

class GuideBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource || resource.userType() != QMetaType::QByteArray) return resource;
        QImage picture;
        if (!picture.loadFromData(resource.toByteArray())) return resource;
        if (picture.width() > kPictureWidth) picture = picture.scaledToWidth(kPictureWidth, Qt::SmoothTransformation);
        return picture;
    }
};

}  // namespace

QString userGuideFolder() {
    try {
        return QDir(QString::fromStdString(resourceDirectory())).filePath(QStringLiteral("user-guide"));
    } catch (const EngineError&) {
        return {};  // no resources at all: the dialog says so
    }
}

UserGuideDialog::UserGuideDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), browser_(new GuideBrowser(this)) {
    setWindowTitle(tr("AttnScope User Guide"));
    resize(880, 720);
    browser_->setOpenExternalLinks(true);

    auto* toolbar = new QToolBar(this);
    back_ =
        toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), browser_, &QTextBrowser::backward);
    back_->setShortcut(QKeySequence::Back);
    forward_ = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), browser_,
                                  &QTextBrowser::forward);
    forward_->setShortcut(QKeySequence::Forward);
    home_ =
        toolbar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Home"), browser_, &QTextBrowser::home);
    home_->setToolTip(tr("Back to the guide's contents"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back_->setEnabled(false);
    forward_->setEnabled(false);
    connect(browser_, &QTextBrowser::backwardAvailable, back_, &QAction::setEnabled);
    connect(browser_, &QTextBrowser::forwardAvailable, forward_, &QAction::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);

    const QString index = QDir(folder).filePath(QString::fromLatin1(kIndexPage));
    if (folder.isEmpty())
        showProblem(
            tr("AttnScope's resources were not found, so neither is its user guide. Set ATTNSCOPE_RESOURCES "
               "to the folder that holds demos.json and user-guide/."));
    else if (!QFileInfo(index).isFile())
        showProblem(tr("The user guide is not installed: %1 is missing. It comes with AttnScope in "
                       "share/attnscope/user-guide; reinstalling AttnScope brings it back.")
                        .arg(QDir::toNativeSeparators(index)));
    else
        browser_->setSource(QUrl::fromLocalFile(index), QTextDocument::MarkdownResource);
}

void UserGuideDialog::showProblem(const QString& problem) {
    problem_ = problem;
    browser_->setPlainText(problem);
    home_->setEnabled(false);
}

}  // namespace attnscope::app
