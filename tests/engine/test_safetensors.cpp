// The safetensors reader and writer: round trips, and hard failures (naming file and tensor) on corrupt files.
#include <QTemporaryDir>
#include <QtTest>
#include <cstring>
#include <fstream>

#include "attnscope/error.h"
#include "attnscope/tools/safetensors.h"

namespace st = attnscope::safetensors;

namespace {

// Writes an 8-byte length, `header` and `data` as a raw file.
std::string rawFile(const QTemporaryDir& dir, const std::string& name, const std::string& header,
                    const std::string& data, uint64_t length = UINT64_MAX) {
    const std::string path = (dir.path() + "/").toStdString() + name;
    std::ofstream out(path, std::ios::binary);
    const uint64_t size = length == UINT64_MAX ? header.size() : length;
    for (int i = 0; i < 8; ++i) out.put(static_cast<char>((size >> (8 * i)) & 0xff));
    out << header << data;
    return path;
}

// The error message of opening `path`, or "" when it opened.
std::string openError(const std::string& path) {
    try {
        st::File::open(path);
        return {};
    } catch (const attnscope::EngineError& error) {
        return error.what();
    }
}

bool mentions(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT
private slots:
    void writerOutputReadsBackWithShapesValuesAndMetadata() {
        QTemporaryDir dir;
        st::Writer writer;
        writer.addFloat("a", {2, 3}, std::vector<float>{1, 2, 3, 4, 5, 6.5f});
        writer.addInt64("ids", {4}, {3, -17, 42, 1LL << 40});
        writer.setMetadata("tokens", R"(["a","b"])");
        const std::string path = (dir.path() + "/out.safetensors").toStdString();
        writer.write(path);

        const auto file = st::File::open(path);
        QCOMPARE(file->names().size(), size_t(2));
        const auto& a = file->tensor("a");
        QCOMPARE(a.dtype, st::DType::F32);
        QCOMPARE(a.shape, (std::vector<int64_t>{2, 3}));
        QCOMPARE(file->floats("a"), (std::vector<float>{1, 2, 3, 4, 5, 6.5f}));
        QCOMPARE(file->integers("ids"), (std::vector<int64_t>{3, -17, 42, 1LL << 40}));
        QCOMPARE(QString::fromStdString(file->metadata().at("tokens")), QString(R"(["a","b"])"));
        // The data area starts 8-byte aligned, as the reference writer keeps it.
        QCOMPARE(reinterpret_cast<uintptr_t>(a.data) % 8, uintptr_t(0));
    }

    void halfPrecisionValuesConvertToFloat() {
        QCOMPARE(st::bfloat16ToFloat(0x3f80), 1.0f);
        QCOMPARE(st::bfloat16ToFloat(0xc040), -3.0f);
        QCOMPARE(st::float16ToFloat(0x3c00), 1.0f);
        QCOMPARE(st::float16ToFloat(0xc200), -3.0f);
        QCOMPARE(st::float16ToFloat(0x0001), 5.960464477539063e-08f);  // smallest subnormal
        QCOMPARE(st::floatToBfloat16(1.0f), uint16_t(0x3f80));
        QCOMPARE(st::floatToBfloat16(1.00390625f), uint16_t(0x3f80));  // halfway rounds to even
        QCOMPARE(st::floatToBfloat16(1.01171875f), uint16_t(0x3f82));
    }

    void headerLengthLargerThanTheFileIsRejected() {
        QTemporaryDir dir;
        const auto path = rawFile(dir, "long.safetensors", "{}", "", 4096);
        const auto error = openError(path);
        QVERIFY2(mentions(error, "header length 4096 is larger than the file"), error.c_str());
        QVERIFY(mentions(error, "long.safetensors"));
    }

    void truncatedFileIsRejected() {
        QTemporaryDir dir;
        const auto path = rawFile(dir, "short.safetensors", "", "");
        std::ofstream(path, std::ios::binary | std::ios::trunc) << "abc";
        QVERIFY(mentions(openError(path), "shorter than the 8-byte header"));
        // A header promising more data than the file holds.
        const auto cut = rawFile(dir, "cut.safetensors", R"({"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})",
                                 std::string(8, '\0'));
        const auto error = openError(cut);
        QVERIFY2(mentions(error, "tensor w") && mentions(error, "outside the data area"), error.c_str());
    }

    void invalidJsonHeaderIsRejected() {
        QTemporaryDir dir;
        const auto error = openError(rawFile(dir, "bad.safetensors", R"({"w": {"dtype": )", ""));
        QVERIFY2(mentions(error, "not valid JSON") && mentions(error, "bad.safetensors"), error.c_str());
    }

    void offsetsOutsideTheDataAreaNameTheTensor() {
        QTemporaryDir dir;
        const auto error =
            openError(rawFile(dir, "far.safetensors", R"({"far":{"dtype":"F32","shape":[2],"data_offsets":[100,108]}})",
                              std::string(8, '\0')));
        QVERIFY2(mentions(error, "far.safetensors: tensor far") && mentions(error, "outside the data area"),
                 error.c_str());
    }

    void overlappingRangesAreRejected() {
        QTemporaryDir dir;
        const auto error = openError(rawFile(dir, "overlap.safetensors",
                                             R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},
                                                 "b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                                             std::string(12, '\0')));
        QVERIFY2(mentions(error, "tensor b") && mentions(error, "overlaps") && mentions(error, "(a)"), error.c_str());
    }

    void reversedOffsetsAreRejected() {
        QTemporaryDir dir;
        const auto error =
            openError(rawFile(dir, "reversed.safetensors", R"({"r":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})",
                              std::string(8, '\0')));
        QVERIFY2(mentions(error, "tensor r") && mentions(error, "out of order"), error.c_str());
    }

    void byteSizeMustMatchDtypeTimesShape() {
        QTemporaryDir dir;
        const auto error =
            openError(rawFile(dir, "size.safetensors", R"({"m":{"dtype":"BF16","shape":[3],"data_offsets":[0,8]}})",
                              std::string(8, '\0')));
        QVERIFY2(mentions(error, "tensor m") && mentions(error, "holds 8 bytes but dtype x shape needs 6"),
                 error.c_str());
    }

    void unknownDtypeIsRejected() {
        QTemporaryDir dir;
        const auto error =
            openError(rawFile(dir, "dtype.safetensors", R"({"q":{"dtype":"F42","shape":[1],"data_offsets":[0,4]}})",
                              std::string(4, '\0')));
        QVERIFY2(mentions(error, "tensor q") && mentions(error, "unknown dtype 'F42'"), error.c_str());
    }

    void unusedBytesInTheDataAreaAreRejected() {
        QTemporaryDir dir;
        const auto error = openError(rawFile(
            dir, "gap.safetensors", R"({"g":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", std::string(8, '\0')));
        QVERIFY2(mentions(error, "tensor g") && mentions(error, "gap of 4 bytes"), error.c_str());
    }

    void missingTensorNamesFileAndTensor() {
        QTemporaryDir dir;
        st::Writer writer;
        writer.addFloat("x", {1}, std::vector<float>{1});
        const std::string path = (dir.path() + "/one.safetensors").toStdString();
        writer.write(path);
        try {
            st::File::open(path)->tensor("y");
            QFAIL("expected an error");
        } catch (const attnscope::EngineError& error) {
            QVERIFY(mentions(error.what(), "one.safetensors: tensor y"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
