// The .npy reader: what NumPy writes is read back exactly; anything else fails with the file named.
#include <QtTest>

#include <cstring>
#include <fstream>

#include "attnscope/error.h"
#include "attnscope/tools/npy.h"

using namespace attnscope;

namespace {

std::string outputPath(const std::string& name) {
    QDir().mkpath(ATTNSCOPE_TEST_OUTPUT_DIR);
    return std::string(ATTNSCOPE_TEST_OUTPUT_DIR) + "/npy_" + name + ".npy";
}

// A .npy file by hand: `version` 1 or 2, the given header dict, then `data` bytes.
std::string writeRaw(const std::string& name, int version, const std::string& dict, const std::string& data,
                     const char* magic = "\x93NUMPY") {
    const std::string path = outputPath(name);
    std::ofstream file(path, std::ios::binary);
    file.write(magic, 6);
    file.put(static_cast<char>(version));
    file.put(0);
    const std::string header = dict + "\n";
    const uint32_t length = static_cast<uint32_t>(header.size());
    file.write(reinterpret_cast<const char*>(&length), version == 1 ? 2 : 4);
    file << header << data;
    return path;
}

template <class T>
std::string bytes(std::initializer_list<T> values) {
    std::string out(values.size() * sizeof(T), '\0');
    std::memcpy(out.data(), std::data(values), out.size());
    return out;
}

// Runs `read` and checks it throws an EngineError that names `path` and contains `expected`.
void expectError(const std::string& path, const std::string& expected) {
    try {
        readNpyMatrix(path);
        QFAIL(qPrintable(QString::fromStdString("no error for " + path)));
    } catch (const EngineError& error) {
        const std::string message = error.what();
        QVERIFY2(message.find(path) != std::string::npos, message.c_str());
        QVERIFY2(message.find(expected) != std::string::npos, message.c_str());
    }
}

}  // namespace

class TestNpy : public QObject {
    Q_OBJECT
private slots:
    void writtenFloat32MatrixReadsBackExactly() {
        FloatMatrix matrix(3, 2);
        for (int i = 0; i < 6; ++i) matrix.values[static_cast<size_t>(i)] = 0.5f * static_cast<float>(i) - 1.0f;
        const auto path = outputPath("roundtrip");
        writeNpyMatrix(path, matrix);
        const auto read = readNpyMatrix(path);
        QCOMPARE(read.rows, int64_t(3));
        QCOMPARE(read.cols, int64_t(2));
        QVERIFY(read.values == matrix.values);
        // NumPy pads the header so the data starts on a 64-byte boundary (here 128: magic, length and dict take 71).
        QCOMPARE(QFileInfo(QString::fromStdString(path)).size(), qint64(128 + 6 * 4));
    }
    void version2Float64IsConvertedToFloat() {
        const auto path = writeRaw("v2f8", 2, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }",
                                   bytes<double>({1.5, -2.25, 3.0, 1e-3}));
        const auto read = readNpyMatrix(path);
        QCOMPARE(read.rows, int64_t(2));
        QCOMPARE(read(0, 1), -2.25f);
        QCOMPARE(read(1, 1), 1e-3f);
    }
    void rejectsMissingMagic() {
        expectError(writeRaw("magic", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1), }",
                             bytes<float>({1.0f}), "XNUMPY"),
                    "not a .npy file");
    }
    void rejectsOtherDtypes() {
        expectError(writeRaw("int", 1, "{'descr': '<i4', 'fortran_order': False, 'shape': (1, 1), }", bytes<int>({1})),
                    "'<i4'");
        expectError(writeRaw("bigendian", 1, "{'descr': '>f4', 'fortran_order': False, 'shape': (1, 1), }",
                             bytes<float>({1.0f})),
                    "'>f4'");
    }
    void rejectsFortranOrder() {
        expectError(writeRaw("fortran", 1, "{'descr': '<f4', 'fortran_order': True, 'shape': (1, 2), }",
                             bytes<float>({1.0f, 2.0f})),
                    "Fortran");
    }
    void rejectsOtherThanTwoDimensions() {
        expectError(writeRaw("threed", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 2), }",
                             bytes<float>({1.0f, 2.0f})),
                    "2-D");
        expectError(writeRaw("oned", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }",
                             bytes<float>({1.0f, 2.0f})),
                    "2-D");
    }
    void rejectsTruncatedData() {
        expectError(writeRaw("truncated", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }",
                             bytes<float>({1.0f, 2.0f, 3.0f})),
                    "truncated data");
    }
    void rejectsMissingFile() { expectError(outputPath("does_not_exist"), "cannot open"); }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "test_npy.moc"
