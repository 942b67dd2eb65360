# Tokenizers (Hugging Face tokenizer.json and the older vocabulary files). Qt-free and LibTorch-free.
set(ATTNSCOPE_TOKENIZER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/unicode_utils.cpp
  ${CMAKE_CURRENT_LIST_DIR}/unicode_forms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/normalized_string.cpp
  ${CMAKE_CURRENT_LIST_DIR}/precompiled_charsmap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/normalizers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pre_tokenizers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/vocabulary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/models_bpe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/models_wordpiece.cpp
  ${CMAKE_CURRENT_LIST_DIR}/models_wordlevel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/models_unigram.cpp
  ${CMAKE_CURRENT_LIST_DIR}/post_processors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/decoders.cpp
  ${CMAKE_CURRENT_LIST_DIR}/added_tokens.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer_pipeline.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer_json_bulk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/legacy_files.cpp)
list(APPEND ATTNSCOPE_ENGINE_SOURCES ${ATTNSCOPE_TOKENIZER_SOURCES})
list(APPEND ATTNSCOPE_CLI_SOURCES ${CMAKE_SOURCE_DIR}/engine/cli/cli_tokenizer.cpp)
