list(APPEND ATTNSCOPE_ENGINE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/demo_corpus.cpp
  ${CMAKE_CURRENT_LIST_DIR}/demo_batches.cpp
  ${CMAKE_CURRENT_LIST_DIR}/demo_training.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bpe_trainer.cpp)
list(APPEND ATTNSCOPE_CLI_SOURCES ${CMAKE_SOURCE_DIR}/engine/cli/cli_training.cpp)
