// A model folder on disk: resolving Hugging Face cache entries to their snapshot, and the folder's safetensors
// weights (one file, or shards listed by model.safetensors.index.json) looked up by tensor name.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "attnscope/tools/safetensors.h"

namespace attnscope::model {

// `path` itself, or for a cache entry (models--ORG--NAME) the snapshot refs/main names. Throws EngineError when
// the folder does not exist.
std::string resolveModelDirectory(const std::string& path);

class Checkpoint {
public:
    // Opens DIR/model.safetensors, or every shard DIR/model.safetensors.index.json lists.
    static Checkpoint open(const std::string& directory);

    struct Entry {
        const safetensors::TensorView* view = nullptr;
        std::shared_ptr<const safetensors::File> file;
    };
    // nullptr view when absent. Also finds LayerNorm weights stored under the old names gamma/beta.
    Entry find(const std::string& name) const;
    // What errors should name: "DIR/model.safetensors" or "DIR/model.safetensors.index.json".
    const std::string& where() const { return where_; }
    std::string fileOf(const std::string& name) const;

private:
    std::vector<std::shared_ptr<const safetensors::File>> files_;
    std::unordered_map<std::string, size_t> owner_;
    std::string where_;
};

}  // namespace attnscope::model
