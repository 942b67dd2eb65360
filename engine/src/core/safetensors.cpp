// The safetensors reader (memory-mapped, validated like the reference implementation) and writer.
// Header-only Boost.Interprocess does the mapping so the engine builds where only Boost's headers exist.
#include "attnscope/tools/safetensors.h"

#include <algorithm>
#include <boost/interprocess/file_mapping.hpp>
#include <boost/interprocess/mapped_region.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sys/mman.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include "attnscope/error.h"
#include "attnscope/tools/atomic_file.h"

namespace attnscope::safetensors {

namespace bip = boost::interprocess;

namespace {

struct DTypeEntry {
    DType dtype;
    const char* name;
    size_t size;
};

constexpr DTypeEntry kDTypes[] = {
    {DType::Bool, "BOOL", 1}, {DType::U8, "U8", 1},   {DType::I8, "I8", 1},     {DType::I16, "I16", 2},
    {DType::U16, "U16", 2},   {DType::I32, "I32", 4}, {DType::U32, "U32", 4},   {DType::I64, "I64", 8},
    {DType::U64, "U64", 8},   {DType::F16, "F16", 2}, {DType::BF16, "BF16", 2}, {DType::F32, "F32", 4},
    {DType::F64, "F64", 8},
};

const DTypeEntry& entryOf(DType dtype) {
    for (const auto& entry : kDTypes)
        if (entry.dtype == dtype) return entry;
    throw EngineError("unknown dtype", "safetensors");
}

std::string tensorWhere(const std::string& path, const std::string& name) {
    return path + ": tensor " + name;
}

uint64_t readLittleEndian64(const uint8_t* bytes) {
    uint64_t value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | bytes[i];
    return value;
}

// Reads a non-negative JSON integer; the header must not smuggle in floats or negatives as sizes.
uint64_t unsignedValue(const nlohmann::json& value, const std::string& what, const std::string& where) {
    if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<int64_t>() >= 0))
        throw EngineError(what + " must be a non-negative integer", where);
    return value.get<uint64_t>();
}

}  // namespace

size_t dtypeSize(DType dtype) {
    return entryOf(dtype).size;
}
std::string dtypeName(DType dtype) {
    return entryOf(dtype).name;
}

std::optional<DType> parseDType(const std::string& name) {
    for (const auto& entry : kDTypes)
        if (name == entry.name) return entry.dtype;
    return std::nullopt;
}

int64_t TensorView::elementCount() const {
    int64_t count = 1;
    for (auto dim : shape) count *= dim;
    return count;
}

struct File::Mapping {
    bip::file_mapping file;
    bip::mapped_region region;
};

File::~File() = default;

void releaseMappedPages(const void* data, size_t bytes) {
    // Whole pages inside the range only: a page shared with a neighbouring tensor stays.
    const auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<uintptr_t>(data) + page - 1) / page * page;
    const auto end = (reinterpret_cast<uintptr_t>(data) + bytes) / page * page;
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

std::shared_ptr<const File> File::open(const std::string& path) {
    std::error_code error;
    const auto fileSize = std::filesystem::file_size(path, error);
    if (error) throw EngineError("cannot read the file (" + error.message() + ")", path);
    if (fileSize < 8) throw EngineError("file is shorter than the 8-byte header length", path);

    std::shared_ptr<File> file(new File());
    file->path_ = path;
    try {
        file->mapping_ = std::make_unique<Mapping>();
        file->mapping_->file = bip::file_mapping(path.c_str(), bip::read_only);
        file->mapping_->region = bip::mapped_region(file->mapping_->file, bip::read_only);
    } catch (const bip::interprocess_exception& e) {
        throw EngineError(std::string("cannot memory-map the file (") + e.what() + ")", path);
    }
    const auto* bytes = static_cast<const uint8_t*>(file->mapping_->region.get_address());
    const uint64_t size = file->mapping_->region.get_size();

    const uint64_t headerLength = readLittleEndian64(bytes);
    if (headerLength > size - 8)
        throw EngineError("header length " + std::to_string(headerLength) + " is larger than the file (" +
                              std::to_string(size) + " bytes)",
                          path);
    nlohmann::json header;
    // A name given twice would make the last entry win silently: the parser reports it instead.
    std::set<std::string> names;
    std::string duplicate;
    const auto noteKey = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (event == nlohmann::json::parse_event_t::key && depth == 1 && parsed.is_string() &&
            !names.insert(parsed.get<std::string>()).second && duplicate.empty())
            duplicate = parsed.get<std::string>();
        return true;
    };
    try {
        header = nlohmann::json::parse(bytes + 8, bytes + 8 + headerLength, noteKey);
    } catch (const nlohmann::json::exception& e) {
        throw EngineError(std::string("header is not valid JSON (") + e.what() + ")", path);
    }
    if (!header.is_object()) throw EngineError("header is not a JSON object", path);
    if (!duplicate.empty()) throw EngineError("the header names tensor '" + duplicate + "' twice", path);

    const uint8_t* data = bytes + 8 + headerLength;
    const uint64_t dataSize = size - 8 - headerLength;
    std::vector<std::pair<uint64_t, uint64_t>> ranges;
    for (const auto& [name, value] : header.items()) {
        if (name == "__metadata__") {
            if (!value.is_object()) throw EngineError("__metadata__ must be an object of strings", path);
            for (const auto& [key, text] : value.items()) {
                if (!text.is_string()) throw EngineError("__metadata__ value of '" + key + "' is not a string", path);
                file->metadata_[key] = text.get<std::string>();
            }
            continue;
        }
        const std::string where = tensorWhere(path, name);
        if (!value.is_object() || !value.contains("dtype") || !value.contains("shape") ||
            !value.contains("data_offsets"))
            throw EngineError("entry needs dtype, shape and data_offsets", where);
        if (!value["dtype"].is_string()) throw EngineError("dtype is not a string", where);
        const auto dtype = parseDType(value["dtype"].get<std::string>());
        if (!dtype) throw EngineError("unknown dtype '" + value["dtype"].get<std::string>() + "'", where);
        TensorView view;
        view.name = name;
        view.dtype = *dtype;
        if (!value["shape"].is_array()) throw EngineError("shape is not an array", where);
        uint64_t elements = 1;
        for (const auto& dim : value["shape"]) {
            const uint64_t extent = unsignedValue(dim, "shape entry", where);
            if (extent != 0 && elements > std::numeric_limits<uint64_t>::max() / 16 / extent)
                throw EngineError("shape is too large", where);
            elements *= extent;
            view.shape.push_back(static_cast<int64_t>(extent));
        }
        const auto& offsets = value["data_offsets"];
        if (!offsets.is_array() || offsets.size() != 2) throw EngineError("data_offsets must be [begin, end]", where);
        const uint64_t begin = unsignedValue(offsets[0], "data_offsets", where);
        const uint64_t end = unsignedValue(offsets[1], "data_offsets", where);
        if (end < begin)
            throw EngineError(
                "data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) + "] are out of order", where);
        if (end > dataSize)
            throw EngineError("data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) +
                                  "] lie outside the data area of " + std::to_string(dataSize) + " bytes",
                              where);
        const uint64_t expected = elements * dtypeSize(*dtype);
        if (end - begin != expected)
            throw EngineError(
                "holds " + std::to_string(end - begin) + " bytes but dtype x shape needs " + std::to_string(expected),
                where);
        view.data = data + begin;
        view.byteSize = end - begin;
        file->tensors_.push_back(std::move(view));
        ranges.emplace_back(begin, end);
    }

    // Like the reference implementation: sorted by offset, tensors must tile the data area with no overlap or gap.
    std::vector<size_t> order(file->tensors_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ranges[a] < ranges[b]; });
    uint64_t cursor = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        const auto [begin, end] = ranges[order[i]];
        const auto& name = file->tensors_[order[i]].name;
        if (begin < cursor)
            throw EngineError("data overlaps the tensor before it (" + file->tensors_[order[i - 1]].name + ")",
                              tensorWhere(path, name));
        if (begin > cursor)
            throw EngineError("data leaves a gap of " + std::to_string(begin - cursor) + " bytes before it",
                              tensorWhere(path, name));
        cursor = end;
    }
    if (cursor != dataSize)
        throw EngineError("data area has " + std::to_string(dataSize - cursor) + " bytes that no tensor uses", path);

    std::vector<TensorView> sorted;
    sorted.reserve(order.size());
    for (auto i : order) sorted.push_back(std::move(file->tensors_[i]));
    file->tensors_ = std::move(sorted);
    for (size_t i = 0; i < file->tensors_.size(); ++i) file->index_[file->tensors_[i].name] = i;
    return file;
}

std::vector<std::string> File::names() const {
    std::vector<std::string> out;
    for (const auto& view : tensors_) out.push_back(view.name);
    return out;
}

const TensorView* File::find(const std::string& name) const {
    const auto it = index_.find(name);
    return it == index_.end() ? nullptr : &tensors_[it->second];
}

const TensorView& File::tensor(const std::string& name) const {
    if (const auto* view = find(name)) return *view;
    throw EngineError("no such tensor in the file", tensorWhere(path_, name));
}

std::vector<float> File::floats(const std::string& name) const {
    const auto& view = tensor(name);
    const auto count = static_cast<size_t>(view.elementCount());
    std::vector<float> out(count);
    for (size_t i = 0; i < count; ++i) {
        const uint8_t* p = view.data + i * dtypeSize(view.dtype);
        switch (view.dtype) {
            case DType::F32:
                std::memcpy(&out[i], p, 4);
                break;
            case DType::F64: {
                double d;
                std::memcpy(&d, p, 8);
                out[i] = static_cast<float>(d);
                break;
            }
            case DType::F16:
            case DType::BF16: {
                uint16_t bits;
                std::memcpy(&bits, p, 2);
                out[i] = view.dtype == DType::F16 ? float16ToFloat(bits) : bfloat16ToFloat(bits);
                break;
            }
            default:
                throw EngineError("is not a floating-point tensor", tensorWhere(path_, name));
        }
    }
    return out;
}

std::vector<int64_t> File::integers(const std::string& name) const {
    const auto& view = tensor(name);
    const auto count = static_cast<size_t>(view.elementCount());
    std::vector<int64_t> out(count);
    for (size_t i = 0; i < count; ++i) {
        const uint8_t* p = view.data + i * dtypeSize(view.dtype);
        switch (view.dtype) {
            case DType::I64:
                std::memcpy(&out[i], p, 8);
                break;
            case DType::I32: {
                int32_t v;
                std::memcpy(&v, p, 4);
                out[i] = v;
                break;
            }
            case DType::U8:
            case DType::Bool:
                out[i] = *p;
                break;
            default:
                throw EngineError("is not an integer tensor", tensorWhere(path_, name));
        }
    }
    return out;
}

void Writer::addRaw(const std::string& name, DType dtype, std::vector<int64_t> shape, std::vector<uint8_t> bytes) {
    for (const auto& entry : entries_)
        if (entry.name == name) throw EngineError("tensor added twice", "safetensors writer: " + name);
    int64_t elements = 1;
    for (auto dim : shape) elements *= dim;
    if (static_cast<size_t>(elements) * dtypeSize(dtype) != bytes.size())
        throw EngineError("byte count does not match dtype x shape", "safetensors writer: " + name);
    entries_.push_back({name, dtype, std::move(shape), std::move(bytes), {}});
}

void Writer::addFloat(const std::string& name, std::vector<int64_t> shape, const float* values) {
    int64_t elements = 1;
    for (auto dim : shape) elements *= dim;
    std::vector<uint8_t> bytes(static_cast<size_t>(elements) * 4);
    if (!bytes.empty()) std::memcpy(bytes.data(), values, bytes.size());
    addRaw(name, DType::F32, std::move(shape), std::move(bytes));
}

void Writer::addFloatChecked(const std::string& name, std::vector<int64_t> shape, const float* values, size_t count) {
    int64_t elements = 1;
    for (auto dim : shape) elements *= dim;
    if (static_cast<size_t>(elements) != count)
        throw EngineError("value count does not match the shape", "safetensors writer: " + name);
    addFloat(name, std::move(shape), values);
}

void Writer::addInt64(const std::string& name, std::vector<int64_t> shape, const std::vector<int64_t>& values) {
    std::vector<uint8_t> bytes(values.size() * 8);
    if (!bytes.empty()) std::memcpy(bytes.data(), values.data(), bytes.size());
    addRaw(name, DType::I64, std::move(shape), std::move(bytes));
}

void Writer::addLater(const std::string& name, DType dtype, std::vector<int64_t> shape,
                      std::function<std::vector<uint8_t>()> make) {
    for (const auto& entry : entries_)
        if (entry.name == name) throw EngineError("tensor added twice", "safetensors writer: " + name);
    entries_.push_back({name, dtype, std::move(shape), {}, std::move(make)});
}

uint64_t Writer::Entry::size() const {
    if (!make) return bytes.size();
    uint64_t count = 1;
    for (int64_t dim : shape) count *= static_cast<uint64_t>(dim);
    return count * dtypeSize(dtype);
}

void Writer::write(const std::string& path) const {
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata_.empty()) header["__metadata__"] = metadata_;
    uint64_t offset = 0;
    for (const auto& entry : entries_) {
        header[entry.name] = {{"dtype", dtypeName(entry.dtype)},
                              {"shape", entry.shape},
                              {"data_offsets", {offset, offset + entry.size()}}};
        offset += entry.size();
    }
    std::string text = header.dump();
    text.resize((text.size() + 7) / 8 * 8, ' ');  // keeps the data 8-byte aligned, as the reference writer does
    AtomicFile file(path);
    std::ostream& out = file.stream();
    uint8_t length[8];
    for (int i = 0; i < 8; ++i) length[i] = static_cast<uint8_t>(static_cast<uint64_t>(text.size()) >> (8 * i));
    out.write(reinterpret_cast<const char*>(length), 8);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    for (const auto& entry : entries_) {
        if (!entry.make) {
            out.write(reinterpret_cast<const char*>(entry.bytes.data()),
                      static_cast<std::streamsize>(entry.bytes.size()));
            continue;
        }
        const std::vector<uint8_t> bytes = entry.make();
        if (bytes.size() != entry.size())
            throw EngineError("tensor " + entry.name + " was made with " + std::to_string(bytes.size()) +
                                  " bytes, its shape needs " + std::to_string(entry.size()),
                              path);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    file.commit();
}

float bfloat16ToFloat(uint16_t bits) {
    const uint32_t word = static_cast<uint32_t>(bits) << 16;
    float value;
    std::memcpy(&value, &word, 4);
    return value;
}

float float16ToFloat(uint16_t bits) {
    const uint32_t sign = (bits & 0x8000u) << 16;
    uint32_t exponent = (bits >> 10) & 0x1f;
    uint32_t mantissa = bits & 0x3ffu;
    uint32_t word;
    if (exponent == 0x1f) {
        word = sign | 0x7f800000u | (mantissa << 13);
    } else if (exponent == 0) {
        if (mantissa == 0) {
            word = sign;
        } else {  // subnormal: normalise
            int shift = 0;
            while ((mantissa & 0x400u) == 0) {
                mantissa <<= 1;
                ++shift;
            }
            mantissa &= 0x3ffu;
            word = sign | (static_cast<uint32_t>(127 - 15 - shift + 1) << 23) | (mantissa << 13);
        }
    } else {
        word = sign | ((exponent + 127 - 15) << 23) | (mantissa << 13);
    }
    float value;
    std::memcpy(&value, &word, 4);
    return value;
}

uint16_t floatToBfloat16(float value) {
    uint32_t word;
    std::memcpy(&word, &value, 4);
    if ((word & 0x7fffffffu) > 0x7f800000u) return static_cast<uint16_t>((word >> 16) | 0x40);  // keep NaN a NaN
    const uint32_t rounding = 0x7fffu + ((word >> 16) & 1u);
    return static_cast<uint16_t>((word + rounding) >> 16);
}

}  // namespace attnscope::safetensors
