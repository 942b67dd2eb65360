// attnscope-cli commands of the tokenizer area: `tokenize` prints the encoding of a text (or a pair) as JSON.
#include <iostream>
#include <nlohmann/json.hpp>

#include "attnscope/tokenizer.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

po::options_description tokenizeOptions() {
    po::options_description options = flagGroup("tokenize options");
    options.add_options()("model", po::value<std::string>()->value_name("DIR"),
                          "model folder (default: the bundled demo model)")(
        "text", po::value<std::string>()->value_name("TEXT")->required(), "text to encode")(
        "pair", po::value<std::string>()->value_name("TEXT"), "second text, encoded as a pair with --text")(
        "no-special", "do not add the post-processor's special tokens");
    return options;
}

int tokenize(const po::variables_map& values) {
    const auto tokenizer = Tokenizer::fromDirectory(modelDirectoryOrDefault(values));
    const bool special = values.count("no-special") == 0;
    const std::string text = values["text"].as<std::string>();
    const Encoding encoding = values.count("pair")
                                  ? tokenizer->encodePair(text, values["pair"].as<std::string>(), special)
                                  : tokenizer->encode(text, special);
    nlohmann::json offsets = nlohmann::json::array();
    for (const auto& [start, end] : encoding.offsets) offsets.push_back({start, end});
    const nlohmann::json out = {
        {"ids", encoding.ids}, {"tokens", encoding.tokens}, {"offsets", offsets}, {"type_ids", encoding.typeIds}};
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
}

}  // namespace

std::vector<Command> tokenizerCommands() {
    return {{"tokenize", "encode a text (or a pair) with a model's tokenizer and print ids, tokens, offsets as JSON",
             tokenizeOptions, tokenize}};
}

}  // namespace attnscope::cli
