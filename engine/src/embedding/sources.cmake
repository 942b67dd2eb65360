list(APPEND ATTNSCOPE_ENGINE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/embed.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fuzzy_graph.cpp
  ${CMAKE_CURRENT_LIST_DIR}/joint_normalisation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/knn_graph.cpp
  ${CMAKE_CURRENT_LIST_DIR}/npy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quality.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tsne.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tsne_repulsion.cpp
  ${CMAKE_CURRENT_LIST_DIR}/umap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/umap_landmarks.cpp)
list(APPEND ATTNSCOPE_ENGINE_TORCH_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/knn_cuda.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pca.cpp)
list(APPEND ATTNSCOPE_CLI_SOURCES ${CMAKE_SOURCE_DIR}/engine/cli/cli_embedding.cpp)
