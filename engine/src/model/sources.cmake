list(APPEND ATTNSCOPE_ENGINE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/architectures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/architectures_encoder_decoder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/model_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/checkpoint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/capture_job.cpp
  ${CMAKE_CURRENT_LIST_DIR}/image_input.cpp)
list(APPEND ATTNSCOPE_ENGINE_TORCH_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/weights.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attention.cpp
  ${CMAKE_CURRENT_LIST_DIR}/forward.cpp
  ${CMAKE_CURRENT_LIST_DIR}/capture_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/random_model.cpp)
list(APPEND ATTNSCOPE_CLI_SOURCES ${CMAKE_SOURCE_DIR}/engine/cli/cli_model.cpp
  ${CMAKE_SOURCE_DIR}/engine/cli/cli_benchmark.cpp)
