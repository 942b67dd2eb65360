// Model folders: Hugging Face cache resolution and listing, single-file and sharded safetensors checkpoints.
#include "checkpoint.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "attnscope/error.h"
#include "attnscope/model.h"

namespace fs = std::filesystem;

namespace attnscope {

namespace {

std::string readFirstLine(const fs::path& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\n')) line.pop_back();
    return line;
}

// A name that stays inside its folder and that every file system can hold: no separators, no "..", no NUL.
bool isPlainFileName(const std::string& name) {
    return !name.empty() && name.size() <= 255 && name != "." && name.find("..") == std::string::npos &&
           name.find_first_of(std::string("/\\\0", 3)) == std::string::npos;
}

// The snapshot a cache entry stands for: refs/main, else its only snapshot.
std::string cacheSnapshot(const fs::path& entry) {
    std::error_code error;  // an unreadable entry is skipped, never thrown out of a folder scan
    const fs::path snapshots = entry / "snapshots";
    if (!fs::is_directory(snapshots, error)) return {};
    const fs::path ref = entry / "refs" / "main";
    if (fs::exists(ref, error)) {
        const std::string hash = readFirstLine(ref);
        if (isPlainFileName(hash) && fs::is_directory(snapshots / hash, error)) return (snapshots / hash).string();
    }
    std::vector<fs::path> found;
    for (fs::directory_iterator it(snapshots, error), end; !error && it != end; it.increment(error))
        if (it->is_directory(error)) found.push_back(it->path());
    return found.size() == 1 ? found.front().string() : std::string();
}

}  // namespace

std::vector<CachedModel> listHuggingFaceCache(const std::string& cacheDir) {
    fs::path root = cacheDir;
    if (root.empty()) {
        if (const char* hub = std::getenv("HF_HUB_CACHE"); hub && *hub) {
            root = hub;
        } else if (const char* home = std::getenv("HF_HOME"); home && *home) {
            root = fs::path(home) / "hub";
        } else if (const char* user = std::getenv("HOME"); user && *user) {
            root = fs::path(user) / ".cache" / "huggingface" / "hub";
        }
    }
    std::vector<CachedModel> models;
    std::error_code error;
    if (root.empty() || !fs::is_directory(root, error)) return models;
    for (fs::directory_iterator it(root, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        std::error_code skip;
        if (!it->is_directory(skip) || name.rfind("models--", 0) != 0) continue;
        const std::string snapshot = cacheSnapshot(it->path());
        if (snapshot.empty() || !fs::exists(fs::path(snapshot) / "config.json", skip)) continue;
        std::string repo = name.substr(8);
        if (const auto split = repo.find("--"); split != std::string::npos) repo.replace(split, 2, "/");
        models.push_back({repo, snapshot});
    }
    std::sort(models.begin(), models.end(), [](const auto& a, const auto& b) { return a.repoId < b.repoId; });
    return models;
}

namespace model {

std::string resolveModelDirectory(const std::string& path) {
    std::error_code error;
    if (!fs::is_directory(path, error)) throw EngineError("model folder does not exist", path);
    if (!fs::exists(fs::path(path) / "config.json") && fs::is_directory(fs::path(path) / "snapshots")) {
        const std::string snapshot = cacheSnapshot(path);
        if (snapshot.empty())
            throw EngineError("Hugging Face cache entry has no refs/main and not exactly one snapshot", path);
        return snapshot;
    }
    return path;
}

Checkpoint Checkpoint::open(const std::string& directory) {
    Checkpoint checkpoint;
    const fs::path dir(directory);
    const fs::path single = dir / "model.safetensors";
    const fs::path index = dir / "model.safetensors.index.json";
    std::vector<std::string> shardNames;
    nlohmann::json weightMap;
    if (fs::exists(single)) {
        checkpoint.where_ = single.string();
        shardNames.push_back("model.safetensors");
    } else if (fs::exists(index)) {
        checkpoint.where_ = index.string();
        std::ifstream in(index);
        nlohmann::json parsed;
        try {
            parsed = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception& e) {
            throw EngineError(std::string("is not valid JSON (") + e.what() + ")", index.string());
        }
        if (!parsed.contains("weight_map") || !parsed["weight_map"].is_object())
            throw EngineError("has no weight_map object", index.string());
        weightMap = parsed["weight_map"];
        std::set<std::string> seen;
        for (const auto& [name, file] : weightMap.items()) {
            if (!file.is_string())
                throw EngineError("weight_map entry is not a file name", index.string() + ": " + name);
            const auto shard = file.get<std::string>();
            if (!isPlainFileName(shard))
                throw EngineError("shard name must be a plain file name, got '" + shard.substr(0, 80) + "'",
                                  index.string());
            if (seen.insert(shard).second) shardNames.push_back(shard);
        }
    } else {
        const bool pickle = fs::exists(dir / "pytorch_model.bin") || fs::exists(dir / "pytorch_model.bin.index.json");
        throw EngineError(pickle ? "only safetensors weights are supported (found pytorch_model.bin; convert it)"
                                 : "no model.safetensors or model.safetensors.index.json",
                          directory);
    }
    for (const auto& shard : shardNames) {
        const fs::path path = dir / shard;
        std::error_code error;
        if (!fs::is_regular_file(path, error)) throw EngineError("shard " + shard + " is missing", checkpoint.where_);
        auto file = safetensors::File::open(path.string());
        const size_t fileIndex = checkpoint.files_.size();
        for (const auto& name : file->names()) checkpoint.owner_.emplace(name, fileIndex);
        checkpoint.files_.push_back(std::move(file));
    }
    // Every tensor the index promises must be in the shard it names.
    for (const auto& [name, file] : weightMap.items()) {
        const auto it = checkpoint.owner_.find(name);
        if (it == checkpoint.owner_.end() ||
            fs::path(checkpoint.files_[it->second]->path()).filename().string() != file.get<std::string>())
            throw EngineError("tensor " + name + " is not in " + file.get<std::string>(), checkpoint.where_);
    }
    return checkpoint;
}

Checkpoint::Entry Checkpoint::find(const std::string& name) const {
    auto lookup = [&](const std::string& key) -> Entry {
        const auto it = owner_.find(key);
        if (it == owner_.end()) return {};
        return {files_[it->second]->find(key), files_[it->second]};
    };
    if (auto entry = lookup(name); entry.view) return entry;
    // transformers renames gamma/beta to weight/bias when loading old checkpoints; accept them the same way.
    auto endsWith = [&](const std::string& suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (endsWith(".weight")) return lookup(name.substr(0, name.size() - 7) + ".gamma");
    if (endsWith(".bias")) return lookup(name.substr(0, name.size() - 5) + ".beta");
    return {};
}

std::string Checkpoint::fileOf(const std::string& name) const {
    const auto it = owner_.find(name);
    return it == owner_.end() ? where_ : files_[it->second]->path();
}

}  // namespace model
}  // namespace attnscope
