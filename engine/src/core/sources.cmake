list(APPEND ATTNSCOPE_ENGINE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/atomic_file.cpp
  ${CMAKE_CURRENT_LIST_DIR}/capture_file.cpp
  ${CMAKE_CURRENT_LIST_DIR}/head_mask.cpp
  ${CMAKE_CURRENT_LIST_DIR}/host_memory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/machine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/resources.cpp
  ${CMAKE_CURRENT_LIST_DIR}/safetensors.cpp)
list(APPEND ATTNSCOPE_ENGINE_TORCH_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/runtime.cpp)
list(APPEND ATTNSCOPE_CLI_SOURCES
  ${CMAKE_SOURCE_DIR}/engine/cli/cli_common.cpp
  ${CMAKE_SOURCE_DIR}/engine/cli/cli_docs.cpp)
