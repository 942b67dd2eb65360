// Tiny config.json texts for every architecture in the table, and a helper that writes a random model folder
// into a temporary directory. Used by the engine tests before (and besides) the transformers fixtures.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <map>
#include <string>

#include "attnscope/tools/random_model.h"

namespace tiny {

inline const std::map<std::string, std::string>& configs() {
    static const std::map<std::string, std::string> table = {
        {"gpt2", R"({"model_type":"gpt2","n_embd":32,"n_head":4,"n_layer":2,"n_positions":64,"vocab_size":50})"},
        {"bert", R"({"model_type":"bert","hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
                     "intermediate_size":48,"vocab_size":50,"max_position_embeddings":64,"type_vocab_size":2})"},
        {"roberta", R"({"model_type":"roberta","hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
                        "intermediate_size":48,"vocab_size":50,"max_position_embeddings":66,"type_vocab_size":1,
                        "pad_token_id":1})"},
        {"distilbert", R"({"model_type":"distilbert","dim":32,"n_heads":4,"n_layers":2,"hidden_dim":48,
                           "vocab_size":50,"max_position_embeddings":64})"},
        {"llama", R"({"model_type":"llama","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
                      "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
                      "rope_theta":10000.0,"rope_scaling":{"rope_type":"llama3","factor":8.0,"low_freq_factor":1.0,
                      "high_freq_factor":4.0,"original_max_position_embeddings":16}})"},
        {"mistral", R"({"model_type":"mistral","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":1,
                        "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
                        "sliding_window":4,"head_dim":16})"},
        {"qwen2", R"({"model_type":"qwen2","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
                      "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
                      "tie_word_embeddings":true})"},
        {"qwen3", R"({"model_type":"qwen3","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
                      "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
                      "head_dim":12,"tie_word_embeddings":true})"},
        {"phi3", R"({"model_type":"phi3","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
                     "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
                     "partial_rotary_factor":0.5,"sliding_window":6})"},
        {"olmo2", R"({"model_type":"olmo2","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
                      "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128})"},
        {"gemma2", R"({"model_type":"gemma2","hidden_size":32,"num_attention_heads":4,"num_key_value_heads":2,
                       "num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,"max_position_embeddings":128,
                       "head_dim":8,"query_pre_attn_scalar":10,"sliding_window":4,"attn_logit_softcapping":5.0,
                       "final_logit_softcapping":3.0})"},
        {"gemma3_text", R"({"model_type":"gemma3_text","hidden_size":32,"num_attention_heads":4,
                            "num_key_value_heads":2,"num_hidden_layers":2,"intermediate_size":48,"vocab_size":50,
                            "max_position_embeddings":128,"head_dim":8,"query_pre_attn_scalar":8,"sliding_window":4,
                            "sliding_window_pattern":2,"rope_local_base_freq":10000.0,
                            "rope_scaling":{"rope_type":"linear","factor":8.0}})"},
        {"gptj", R"({"model_type":"gptj","n_embd":32,"n_head":4,"n_layer":2,"n_positions":64,"vocab_size":50,
                     "rotary_dim":4})"},
        {"gpt_neox", R"({"model_type":"gpt_neox","hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
                         "intermediate_size":48,"vocab_size":50,"max_position_embeddings":64,"rotary_pct":0.5,
                         "use_parallel_residual":true})"},
        {"opt", R"({"model_type":"opt","hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
                    "ffn_dim":48,"vocab_size":50,"max_position_embeddings":64,"word_embed_proj_dim":32,
                    "do_layer_norm_before":true})"},
        {"vit", R"({"model_type":"vit","hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
                    "intermediate_size":48,"image_size":32,"patch_size":8,"num_channels":3,
                    "id2label":{"0":"a","1":"b","2":"c"}})"},
        {"dinov2", R"({"model_type":"dinov2","hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
                       "mlp_ratio":1.5,"image_size":32,"patch_size":8,"num_channels":3,
                       "id2label":{"0":"a","1":"b","2":"c"}})"},
        {"dinov2_with_registers", R"({"model_type":"dinov2_with_registers","hidden_size":32,"num_attention_heads":4,
                                      "num_hidden_layers":2,"mlp_ratio":1.5,"image_size":32,"patch_size":8,
                                      "num_channels":3,"num_register_tokens":2,
                                      "id2label":{"0":"a","1":"b","2":"c"}})"},
        {"clip_vision_model", R"({"model_type":"clip_vision_model","hidden_size":32,"num_attention_heads":4,
                                  "num_hidden_layers":2,"intermediate_size":48,"image_size":32,"patch_size":8,
                                  "num_channels":3})"},
        {"clip", R"({"model_type":"clip","projection_dim":16,
                     "vision_config":{"hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
                                      "intermediate_size":48,"image_size":32,"patch_size":8,"num_channels":3},
                     "text_config":{"hidden_size":32,"num_attention_heads":4,"num_hidden_layers":1}})"},
        {"t5", R"({"model_type":"t5","d_model":32,"d_kv":8,"d_ff":48,"num_layers":2,"num_decoder_layers":2,
                   "num_heads":4,"relative_attention_num_buckets":8,"relative_attention_max_distance":16,
                   "vocab_size":50,"feed_forward_proj":"gated-gelu","tie_word_embeddings":false,
                   "decoder_start_token_id":0,"pad_token_id":0})"},
        {"bart", R"({"model_type":"bart","d_model":32,"encoder_layers":2,"decoder_layers":2,
                     "encoder_attention_heads":4,"decoder_attention_heads":4,"encoder_ffn_dim":48,
                     "decoder_ffn_dim":48,"max_position_embeddings":64,"vocab_size":50,
                     "decoder_start_token_id":2,"pad_token_id":1})"},
    };
    return table;
}

// Writes a random model of `arch` into `dir` (a QTemporaryDir path) and returns the folder.
inline std::string write(const QTemporaryDir& dir, const std::string& arch, const std::string& name = "model",
                         attnscope::RandomModelOptions options = {}) {
    if (options.scale == 0.02) options.scale = 0.3;  // peaky attention, so masks and rules show in the numbers
    const std::string folder = (dir.path() + "/" + QString::fromStdString(name)).toStdString();
    attnscope::writeRandomModel(folder, configs().at(arch), options);
    return folder;
}

}  // namespace tiny
