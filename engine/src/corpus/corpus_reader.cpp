// readCorpus: a text file with one input per line, a folder of .txt files, or a folder of images.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "attnscope/corpus_vectors.h"
#include "attnscope/error.h"

namespace fs = std::filesystem;

namespace attnscope {

namespace {

std::string lowerExtension(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

bool isImageExtension(const std::string& extension) {
    // What the image decoder (stb_image) reads.
    static const char* const kImages[] = {".png", ".jpg", ".jpeg", ".bmp", ".ppm", ".pgm", ".gif"};
    return std::find_if(std::begin(kImages), std::end(kImages),
                        [&](const char* known) { return extension == known; }) != std::end(kImages);
}

bool isBlank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

std::vector<CorpusInput> readLines(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw EngineError("cannot open the corpus file", path.string());
    std::vector<CorpusInput> corpus;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (isBlank(line)) continue;
        corpus.push_back({line, {}, "line " + std::to_string(number)});
    }
    return corpus;
}

std::vector<CorpusInput> readFolder(const fs::path& folder) {
    std::vector<fs::path> texts, images;
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (!entry.is_regular_file()) continue;
        const std::string extension = lowerExtension(entry.path());
        if (extension == ".txt") texts.push_back(entry.path());
        else if (isImageExtension(extension)) images.push_back(entry.path());
    }
    if (!texts.empty() && !images.empty())
        throw EngineError("the corpus folder holds both .txt files and images; keep one kind", folder.string());
    std::sort(texts.begin(), texts.end());
    std::sort(images.begin(), images.end());
    std::vector<CorpusInput> corpus;
    for (const auto& path : texts) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw EngineError("cannot open the corpus file", path.string());
        std::ostringstream text;
        text << in.rdbuf();
        std::string content = text.str();
        while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) content.pop_back();
        if (isBlank(content)) continue;
        corpus.push_back({content, {}, path.filename().string()});
    }
    for (const auto& path : images) corpus.push_back({{}, path.string(), path.filename().string()});
    return corpus;
}

}  // namespace

std::vector<CorpusInput> readCorpus(const std::string& path) {
    std::error_code error;
    std::vector<CorpusInput> corpus;
    if (fs::is_directory(path, error)) {
        corpus = readFolder(path);
        if (corpus.empty()) throw EngineError("the corpus folder holds no non-empty .txt file and no image", path);
    } else if (fs::exists(path, error)) {
        corpus = readLines(path);
        if (corpus.empty()) throw EngineError("the corpus file has no non-blank line", path);
    } else {
        throw EngineError("no such corpus file or folder", path);
    }
    return corpus;
}

}  // namespace attnscope
