// Reading and writing the safetensors format (an 8-byte header length, a JSON header, then raw little-endian
// tensor bytes) without LibTorch: files are memory-mapped and validated hard, and every error names the file and,
// where there is one, the tensor.
#pragma once

#include "attnscope/engine_export.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attnscope::safetensors {

enum class DType { Bool, U8, I8, I16, U16, I32, U32, I64, U64, F16, BF16, F32, F64 };

ATTNSCOPE_ENGINE_EXPORT size_t dtypeSize(DType dtype);
ATTNSCOPE_ENGINE_EXPORT std::string dtypeName(DType dtype);  // "F32", "BF16", ... as written in headers
ATTNSCOPE_ENGINE_EXPORT std::optional<DType> parseDType(const std::string& name);

// One tensor inside a mapped file. `data` points into the mapping and lives as long as the File.
struct ATTNSCOPE_ENGINE_EXPORT TensorView {
    std::string name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    const uint8_t* data = nullptr;
    size_t byteSize = 0;
    int64_t elementCount() const;
};

class ATTNSCOPE_ENGINE_EXPORT File {
public:
    // Maps `path` read-only and validates the header; throws EngineError naming the file (and tensor).
    static std::shared_ptr<const File> open(const std::string& path);
    ~File();
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    const std::string& path() const { return path_; }
    const std::map<std::string, std::string>& metadata() const { return metadata_; }
    // Tensor names in the order of their data offsets.
    std::vector<std::string> names() const;
    bool contains(const std::string& name) const { return index_.count(name) != 0; }
    // Throws EngineError naming the file and tensor when absent.
    const TensorView& tensor(const std::string& name) const;
    const TensorView* find(const std::string& name) const;

    // Convenience copies, converting any floating dtype to float and any integer dtype to int64.
    std::vector<float> floats(const std::string& name) const;
    std::vector<int64_t> integers(const std::string& name) const;

private:
    File() = default;
    struct Mapping;
    std::unique_ptr<Mapping> mapping_;
    std::string path_;
    std::map<std::string, std::string> metadata_;
    std::vector<TensorView> tensors_;  // sorted by offset
    std::map<std::string, size_t> index_;
};

// Collects tensors and metadata, then writes one file. Names must be unique.
class ATTNSCOPE_ENGINE_EXPORT Writer {
public:
    void addFloat(const std::string& name, std::vector<int64_t> shape, const float* values);
    // Any contiguous float container (std::vector<float>, FloatValues); its size must match the shape.
    template <class Values, class = decltype(std::declval<const Values&>().size())>
    void addFloat(const std::string& name, std::vector<int64_t> shape, const Values& values) {
        addFloatChecked(name, std::move(shape), values.data(), values.size());
    }
    void addFloatChecked(const std::string& name, std::vector<int64_t> shape, const float* values, size_t count);
    void addInt64(const std::string& name, std::vector<int64_t> shape, const std::vector<int64_t>& values);
    // Raw little-endian bytes of any dtype (e.g. BF16 weights for a test model).
    void addRaw(const std::string& name, DType dtype, std::vector<int64_t> shape, std::vector<uint8_t> bytes);
    // A tensor whose bytes `make` returns only while the file is written, tensors in the order added, one in memory
    // at a time: for files larger than memory (an 8B model's weights). `make` must return the shape's size in bytes.
    void addLater(const std::string& name, DType dtype, std::vector<int64_t> shape,
                  std::function<std::vector<uint8_t>()> make);
    void setMetadata(const std::string& key, const std::string& value) { metadata_[key] = value; }
    // Throws EngineError naming the file when it cannot be written.
    void write(const std::string& path) const;

private:
    struct Entry {
        std::string name;
        DType dtype;
        std::vector<int64_t> shape;
        std::vector<uint8_t> bytes;
        std::function<std::vector<uint8_t>()> make;  // set: the bytes are made while writing
        uint64_t size() const;
    };
    std::vector<Entry> entries_;
    std::map<std::string, std::string> metadata_;
};

// Tells the kernel that the mapped pages under [data, data + bytes) are not needed in memory now (a copy was made):
// they leave the process's resident memory and are read from the file again if touched. For loading weights in
// another dtype without holding both copies. Only for memory mapped from a file (File's tensors).
ATTNSCOPE_ENGINE_EXPORT void releaseMappedPages(const void* data, size_t bytes);

// BF16/F16 <-> float, for readers and writers of half-precision data.
ATTNSCOPE_ENGINE_EXPORT float bfloat16ToFloat(uint16_t bits);
ATTNSCOPE_ENGINE_EXPORT float float16ToFloat(uint16_t bits);
ATTNSCOPE_ENGINE_EXPORT uint16_t floatToBfloat16(float value);  // round to nearest even, as PyTorch does

}  // namespace attnscope::safetensors
