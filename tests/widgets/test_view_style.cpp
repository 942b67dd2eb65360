// Colour scales, head colours and token labels shared by the views.
#include <QSet>
#include <QtTest>

#include "style.h"

using namespace attnscope::widgets;

class TestViewStyle : public QObject {
    Q_OBJECT
private slots:
    void viridisRunsFromDarkPurpleToYellow() {
        QCOMPARE(Colormap::viridis().bottom(), qRgb(0x44, 0x01, 0x54));
        QCOMPARE(Colormap::viridis().top(), qRgb(0xfd, 0xe7, 0x25));
        // The control point at one half (0x21918c) is reached within rounding.
        const QRgb middle = Colormap::viridis().at(0.5f);
        QVERIFY(std::abs(qRed(middle) - 0x21) <= 1 && std::abs(qGreen(middle) - 0x91) <= 1);
    }
    void divergingMapIsBlueBelowNearWhiteAtZeroRedAbove() {
        const Colormap& map = Colormap::divergingRdBu();
        QVERIFY(qBlue(map.bottom()) > qRed(map.bottom()));
        QVERIFY(qRed(map.top()) > qBlue(map.top()));
        const QRgb zero = map.at(differencePosition(0.0f, 0.3f));
        QVERIFY(qRed(zero) > 240 && qGreen(zero) > 240 && qBlue(zero) > 240);
    }
    void logScaleMapsDecadesEvenly() {
        QCOMPARE(scalePosition(1e-4f, ColorScale::Log), 0.0f);
        QVERIFY(std::abs(scalePosition(1e-2f, ColorScale::Log) - 0.5f) < 1e-5f);
        QCOMPARE(scalePosition(1.0f, ColorScale::Log), 1.0f);
        QCOMPARE(scalePosition(0.0f, ColorScale::Log), 0.0f);
        QCOMPARE(scalePosition(0.3f, ColorScale::Linear), 0.3f);
    }
    void headColoursDifferForFortyHeads() {
        QSet<QRgb> colors;
        for (int h = 0; h < 40; ++h) colors.insert(headColor(h).rgb());
        QCOMPARE(colors.size(), 40);
        QCOMPARE(headColor(0).rgb(), qRgb(0x4e, 0x79, 0xa7));
    }
    void spaceMarkersBecomeAVisibleOpenBox() {
        QCOMPARE(tokenLabel("Ġquick"), QStringLiteral("␣quick"));
        QCOMPARE(tokenLabel("▁the"), QStringLiteral("␣the"));
        QCOMPARE(tokenLabel("Ċ"), QStringLiteral("↵"));
        QCOMPARE(tokenLabel("##ing"), QStringLiteral("##ing"));
        QCOMPARE(tokenLabel(std::string("a\x01", 2)), QStringLiteral("a\\x01"));
    }
    void viewTextFollowsALargerSystemFontButNeverShrinksAndFiguresStayAsDesigned() {
        QCOMPARE(systemFontScale(13.5), 1.5);
        setSystemFontScale(systemFontScale(13.5));
        QCOMPARE(styleFont(12).pixelSize(), 18);
        QCOMPARE(styleFont(12, false, Theme::print()).pixelSize(), 12);
        setScreenTheme(Theme::Kind::HighContrast);  // presenter mode's doubling comes on top
        QCOMPARE(styleFont(12).pixelSize(), 36);
        setScreenTheme(Theme::Kind::Light);
        setSystemFontScale(systemFontScale(7.0));
        QCOMPARE(styleFont(12).pixelSize(), 12);
        setSystemFontScale(1.0);
    }
};

QTEST_MAIN(TestViewStyle)
#include "test_view_style.moc"
