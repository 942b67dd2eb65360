// Reading and writing NumPy .npy files of 2-D float matrices. The header is a Python dict literal; we accept only
// what NumPy itself writes for a C-order little-endian float32/float64 2-D array and name the file on any error.
#include "attnscope/tools/npy.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <regex>

#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "attnscope/tools/atomic_file.h"

namespace attnscope {

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;

uint32_t littleEndian(const unsigned char* bytes, int count) {
    uint32_t value = 0;
    for (int i = count - 1; i >= 0; --i) value = (value << 8) | bytes[i];
    return value;
}

// The value text of `key` in the header dict, e.g. "'<f4'" for 'descr'.
std::string headerValue(const std::string& header, const std::string& key, const std::string& path) {
    const std::regex pattern("['\"]" + key + "['\"]\\s*:\\s*(\\([^)]*\\)|'[^']*'|\"[^\"]*\"|True|False)");
    std::smatch match;
    if (!std::regex_search(header, match, pattern)) throw EngineError("header has no '" + key + "' entry", path);
    return match[1].str();
}

std::vector<int64_t> parseShape(const std::string& text, const std::string& path) {
    std::vector<int64_t> shape;
    std::string number;
    for (char c : text.substr(1, text.size() - 2) + ",") {
        if (c >= '0' && c <= '9') {
            number += c;
            // 18 digits fit int64_t; a longer number is no size a real array has.
            if (number.size() > 18) throw EngineError("shape " + text + " holds a number too large", path);
        } else if (c == ',') {
            if (!number.empty()) shape.push_back(std::stoll(number));
            number.clear();
        } else if (c != ' ' && c != 'L') {
            throw EngineError("cannot read shape " + text, path);
        }
    }
    return shape;
}

}  // namespace

FloatMatrix readNpyMatrix(const std::string& path) {
    FloatArray array = readNpyArray(path);
    if (array.shape.size() != 2) {
        std::string text;
        for (int64_t side : array.shape) text += (text.empty() ? "" : ", ") + std::to_string(side);
        throw EngineError("expected a 2-D array, got " + std::to_string(array.shape.size()) + "-D shape (" + text + ")",
                          path);
    }
    FloatMatrix matrix;
    matrix.rows = array.shape[0];
    matrix.cols = array.shape[1];
    matrix.values = std::move(array.values);
    return matrix;
}

FloatArray readNpyArray(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw EngineError("cannot open file", path);
    unsigned char preamble[12];  // magic (6), version (2), header length (2 in version 1, 4 after)
    if (!file.read(reinterpret_cast<char*>(preamble), 8) || std::memcmp(preamble, kMagic, kMagicSize) != 0)
        throw EngineError("not a .npy file (no \\x93NUMPY magic)", path);
    const int major = preamble[6];
    if (major < 1 || major > 3) throw EngineError("unsupported .npy version " + std::to_string(major), path);
    const int lengthBytes = major == 1 ? 2 : 4;
    if (!file.read(reinterpret_cast<char*>(preamble + 8), lengthBytes)) throw EngineError("truncated header", path);
    const uint32_t headerLength = littleEndian(preamble + 8, lengthBytes);
    if (headerLength > (1u << 20)) throw EngineError("header too long", path);
    std::string header(headerLength, '\0');
    if (!file.read(header.data(), headerLength)) throw EngineError("truncated header", path);

    const std::string descr = headerValue(header, "descr", path);
    size_t itemSize = 0;
    if (descr == "'<f4'" || descr == "\"<f4\"") {
        itemSize = 4;
    } else if (descr == "'<f8'" || descr == "\"<f8\"") {
        itemSize = 8;
    } else {
        throw EngineError("dtype " + descr + " is not little-endian float32 or float64", path);
    }
    if (headerValue(header, "fortran_order", path) != "False")
        throw EngineError("Fortran-order arrays are not supported; save with C order", path);
    const std::string shapeText = headerValue(header, "shape", path);
    if (shapeText.empty() || shapeText.front() != '(') throw EngineError("cannot read shape " + shapeText, path);
    const auto shape = parseShape(shapeText, path);
    if (shape.empty() || shape.size() > 8)
        throw EngineError("expected an array of 1 to 8 dimensions, got " + shapeText, path);

    // The header's sizes are checked against the file before anything is allocated from them.
    const auto dataOffset = static_cast<uint64_t>(file.tellg());
    file.seekg(0, std::ios::end);
    const auto fileSize = static_cast<uint64_t>(file.tellg());
    file.seekg(static_cast<std::streamoff>(dataOffset));
    const uint64_t available = fileSize > dataOffset ? fileSize - dataOffset : 0;
    // In long double: exact for any size a file can have (64-bit mantissa), and no overflow for two 18-digit sizes.
    long double neededBytes = static_cast<long double>(itemSize);
    for (int64_t side : shape) neededBytes *= static_cast<long double>(side);
    if (neededBytes != static_cast<long double>(available)) {
        char neededText[48];
        std::snprintf(neededText, sizeof neededText, "%.0Lf", neededBytes);
        throw EngineError(std::string(neededBytes > static_cast<long double>(available) ? "truncated data" : "extra data") + ": shape " + shapeText +
                              " of " + std::to_string(itemSize) + "-byte values needs " + neededText +
                              " bytes, the file has " + std::to_string(available),
                          path);
    }
    const auto floatBytes = static_cast<int64_t>(available / itemSize * sizeof(float));
    const int64_t memory = availableMemoryBytes();
    if (memory >= 0 && floatBytes > memory)
        throw EngineError("the array needs " + formatBytes(floatBytes) + " as float32, " + formatBytes(memory) +
                              " of memory is available",
                          path);
    FloatArray array;
    array.shape = shape;
    array.values.resize(static_cast<size_t>(available / itemSize));
    const size_t count = array.values.size();
    if (itemSize == 4) {
        file.read(reinterpret_cast<char*>(array.values.data()), static_cast<std::streamsize>(count * 4));
    } else {
        std::vector<double> wide(count);
        file.read(reinterpret_cast<char*>(wide.data()), static_cast<std::streamsize>(count * 8));
        for (size_t i = 0; i < count; ++i) array.values[i] = static_cast<float>(wide[i]);
    }
    if (static_cast<size_t>(file.gcount()) != count * itemSize)
        throw EngineError("truncated data: shape " + shapeText + " needs " + std::to_string(count * itemSize) +
                              " bytes, the file has " + std::to_string(file.gcount()),
                          path);
    return array;
}

void writeNpyMatrix(const std::string& path, const FloatMatrix& matrix) {
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + std::to_string(matrix.rows) + ", " +
                         std::to_string(matrix.cols) + "), }";
    // NumPy pads the header with spaces so the data starts on a 64-byte boundary, ending it with a newline.
    const size_t unpadded = kMagicSize + 4 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    AtomicFile output(path);
    std::ostream& file = output.stream();
    file.write(kMagic, kMagicSize);
    const char version[2] = {1, 0};
    file.write(version, 2);
    const unsigned char length[2] = {static_cast<unsigned char>(header.size() & 0xff),
                                     static_cast<unsigned char>(header.size() >> 8)};
    file.write(reinterpret_cast<const char*>(length), 2);
    file.write(header.data(), static_cast<std::streamsize>(header.size()));
    file.write(reinterpret_cast<const char*>(matrix.values.data()),
               static_cast<std::streamsize>(matrix.values.size() * sizeof(float)));
    output.commit();
}

}  // namespace attnscope
