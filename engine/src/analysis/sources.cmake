list(APPEND ATTNSCOPE_ENGINE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/head_metrics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/predictions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importance_method.cpp
  ${CMAKE_CURRENT_LIST_DIR}/non_finite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/attention_capture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/norm_weighted_capture.cpp)
list(APPEND ATTNSCOPE_ENGINE_TORCH_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/head_importance.cpp
  ${CMAKE_CURRENT_LIST_DIR}/information_flow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/residual_contributions.cpp)
list(APPEND ATTNSCOPE_CLI_SOURCES ${CMAKE_SOURCE_DIR}/engine/cli/cli_analysis.cpp
  ${CMAKE_SOURCE_DIR}/engine/cli/cli_flow.cpp)
