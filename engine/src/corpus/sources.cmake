list(APPEND ATTNSCOPE_ENGINE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/corpus_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/corpus_capture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/query_key_embedding.cpp)
