// Help › User Guide: the dialog over docs/user-guide (found through the resources folder), the links and pictures of
// every page, and the Help menu entry with F1.
#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

#include "main_window.h"
#include "settings.h"
#include "test_support.h"
#include "user_guide_dialog.h"

using attnscope::app::UserGuideDialog;

namespace {

QDir guideInDocs() {
    return QDir(QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/../docs/user-guide"));
}

QStringList pageNames() {
    return guideInDocs().entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

// What a page links to and shows, as Qt's Markdown reader sees it (the same reader the dialog uses).
struct PageTargets {
    QStringList links;
    QStringList pictures;
};

PageTargets targetsOf(const QString& markdown) {
    QTextDocument document;
    document.setMarkdown(markdown);
    PageTargets targets;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                targets.pictures.append(format.toImageFormat().name());
            else if (format.isAnchor() && !targets.links.contains(format.anchorHref()))
                targets.links.append(format.anchorHref());
        }
    return targets;
}

QString readPage(const QString& name) {
    QFile file(guideInDocs().filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool isRelative(const QString& target) {
    return QUrl(target).scheme().isEmpty();
}

QString firstBlockText(const QTextBrowser& browser) {
    return browser.document()->begin().text();
}

// The first link from the shown page to another page, and where it sits in the document.
std::pair<QString, int> firstPageLink(const QTextBrowser& browser) {
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref().endsWith(QLatin1String(".md")))
                return {fragment.charFormat().anchorHref(), fragment.position() + fragment.length() / 2};
        }
    return {QString(), -1};
}

}  // namespace

class TestUserGuide : public QObject {
    Q_OBJECT
private slots:
    void guideIsFoundInTheResourcesFolder() {
        // ATTNSCOPE_RESOURCES points at the source's resources/, whose user-guide links to docs/user-guide; an
        // install copies the pages there instead.
        const QString folder = attnscope::app::userGuideFolder();
        QVERIFY(!folder.isEmpty());
        QCOMPARE(QFileInfo(folder).canonicalFilePath(), guideInDocs().canonicalPath());
    }

    void dialogOpensOnTheIndexPage() {
        UserGuideDialog guide(attnscope::app::userGuideFolder());
        QVERIFY2(guide.problem().isEmpty(), qPrintable(guide.problem()));
        QCOMPARE(QFileInfo(guide.browser()->source().toLocalFile()).fileName(), QString("README.md"));
        // Rendered as Markdown: the page's "# " line is a heading, not text.
        QCOMPARE(guide.browser()->document()->begin().blockFormat().headingLevel(), 1);
        QCOMPARE(firstBlockText(*guide.browser()), QString("AttnScope User Guide"));
        QVERIFY(!guide.backAction()->isEnabled());
        QVERIFY(!guide.forwardAction()->isEnabled());
        QVERIFY(guide.homeAction()->isEnabled());
    }

    void everyRelativeLinkAndPictureOnEveryPageExists() {
        QVERIFY(pageNames().size() >= 19);  // the index, 11 views and 7 tasks
        QStringList broken;
        int pictures = 0;
        for (const QString& page : pageNames()) {
            const PageTargets targets = targetsOf(readPage(page));
            QVERIFY2(!targets.links.isEmpty(), qPrintable(page + " links nowhere"));
            pictures += static_cast<int>(targets.pictures.size());
            for (const QString& target : targets.links + targets.pictures) {
                if (!isRelative(target)) continue;
                const QString path = QUrl(target).path();  // without a #fragment
                if (!QFileInfo(guideInDocs().filePath(path)).isFile()) broken.append(page + " → " + target);
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
        QVERIFY(pictures >= 12);
    }

    void indexLinksToEveryPage() {
        const PageTargets index = targetsOf(readPage(QStringLiteral("README.md")));
        QStringList missing;
        for (const QString& page : pageNames())
            if (page != QLatin1String("README.md") && !index.links.contains(page)) missing.append(page);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void everyPictureIsShownOnAPageAndStaysSmall() {
        QStringList shown;
        for (const QString& page : pageNames()) shown += targetsOf(readPage(page)).pictures;
        const QDir images(guideInDocs().filePath(QStringLiteral("images")));
        const QFileInfoList files = images.entryInfoList({QStringLiteral("*.png")}, QDir::Files);
        QVERIFY(files.size() >= 12);
        for (const QFileInfo& file : files) {
            QVERIFY2(shown.contains(QStringLiteral("images/") + file.fileName()), qPrintable(file.fileName()));
            QVERIFY2(file.size() <= 256 * 1024, qPrintable(file.fileName()));
        }
    }

    void followingALinkOpensThatPageAndBackReturns() {
        UserGuideDialog guide(attnscope::app::userGuideFolder());
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QTextBrowser* browser = guide.browser();
        const QString index = browser->source().toLocalFile();
        const auto [target, position] = firstPageLink(*browser);
        QVERIFY(position >= 0);

        QTextCursor cursor(browser->document());
        cursor.setPosition(position);
        browser->setTextCursor(cursor);
        browser->ensureCursorVisible();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());

        const QString opened = browser->source().toLocalFile();
        QCOMPARE(QFileInfo(opened).fileName(), target);
        QCOMPARE(browser->document()->begin().blockFormat().headingLevel(), 1);
        QCOMPARE(firstBlockText(*browser), readPage(target).section('\n', 0, 0).mid(2));  // its "# " title
        QVERIFY(guide.backAction()->isEnabled());

        guide.backAction()->trigger();
        QCOMPARE(browser->source().toLocalFile(), index);
        QVERIFY(guide.forwardAction()->isEnabled());
        guide.forwardAction()->trigger();
        QCOMPARE(browser->source().toLocalFile(), opened);
        guide.homeAction()->trigger();
        QCOMPARE(browser->source().toLocalFile(), index);
    }

    void picturesAreShownNoWiderThanTheText() {
        UserGuideDialog guide(attnscope::app::userGuideFolder());
        guide.browser()->setSource(QUrl::fromLocalFile(guideInDocs().filePath(QStringLiteral("head-view.md"))));
        const PageTargets targets = targetsOf(readPage(QStringLiteral("head-view.md")));
        QCOMPARE(targets.pictures.size(), 1);
        const QUrl picture = guide.browser()->source().resolved(QUrl(targets.pictures.front()));
        const QImage shown =
            guide.browser()->document()->resource(QTextDocument::ImageResource, picture).value<QImage>();
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.width(), 760);  // the 1280 px screenshot, scaled to fit beside the text
        // Kept for a person to look at (docs/screenshots/app_user_guide.png is this picture).
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QVERIFY(guide.grab().save(attnscope::testing::outputPath(QStringLiteral("app/user_guide_dialog.png"))));
    }

    void missingGuideIsSaidInTheDialog() {
        QTemporaryDir empty;
        const QString folder = QDir(empty.path()).filePath(QStringLiteral("user-guide"));
        UserGuideDialog guide(folder);
        QVERIFY(guide.problem().contains(QStringLiteral("not installed")));
        QVERIFY(guide.problem().contains(QDir(folder).filePath(QStringLiteral("README.md"))));
        QCOMPARE(guide.browser()->toPlainText(), guide.problem());
        QVERIFY(!guide.homeAction()->isEnabled());
    }

    void helpMenuOpensTheGuideWithF1() {
        QTemporaryDir dir;
        attnscope::app::Settings settings(dir.filePath(QStringLiteral("t.ini")));
        attnscope::app::MainWindow window(settings);
        QAction* userGuide = window.actions().userGuide;
        QVERIFY(userGuide);
        const QMenu* help = window.menuBar()->actions().back()->menu();
        QCOMPARE(help->title(), QString("&Help"));
        QCOMPARE(help->actions().front(), userGuide);
        QCOMPARE(userGuide->text(), QString("&User Guide"));
        QCOMPARE(userGuide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QCOMPARE(userGuide->shortcut(), QKeySequence(Qt::Key_F1));

        userGuide->trigger();
        userGuide->trigger();  // a second F1 raises the open guide rather than opening another
        const auto guides = window.findChildren<UserGuideDialog*>();
        QCOMPARE(guides.size(), 1);
        QVERIFY(guides.front()->isVisible());
        QVERIFY(guides.front()->problem().isEmpty());
    }
};

QTEST_MAIN(TestUserGuide)
#include "test_user_guide.moc"
