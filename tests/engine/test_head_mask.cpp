// HeadMask: the "L:H,L:H" text form used by the CLI, GUI flags and saved sessions.
#include <QtTest>

#include "attnscope/error.h"
#include "attnscope/head_mask.h"

using attnscope::HeadMask;

class TestHeadMask : public QObject {
    Q_OBJECT
private slots:
    void parsesPairsAndPrintsThemSorted() {
        const auto mask = HeadMask::parse("2:1, 0:3,0:0");
        QCOMPARE(mask.size(), size_t(3));
        QVERIFY(mask.contains(0, 3));
        QVERIFY(mask.contains(2, 1));
        QCOMPARE(QString::fromStdString(mask.toString()), QString("0:0,0:3,2:1"));
    }
    void emptyTextIsAnEmptyMask() { QVERIFY(HeadMask::parse("").empty()); }
    void rejectsMalformedPairs() {
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, HeadMask::parse("1-2"));
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, HeadMask::parse("1:x"));
        QVERIFY_THROWS_EXCEPTION(attnscope::EngineError, HeadMask::parse("-1:2"));
    }
    void validateNamesTheHeadOutsideTheModel() {
        const auto mask = HeadMask::parse("1:4");
        try {
            mask.validate(2, 4);
            QFAIL("expected an error");
        } catch (const attnscope::EngineError& error) {
            QVERIFY(std::string(error.what()).find("1:4") != std::string::npos);
        }
        mask.validate(2, 5);
    }
};

QTEST_GUILESS_MAIN(TestHeadMask)
#include "test_head_mask.moc"
