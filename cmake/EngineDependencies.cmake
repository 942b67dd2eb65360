# What the engine links: LibTorch, OpenMP, ICU, and header-only Boost/JSON/stb/hnswlib.
# Kept small on purpose: the engine must also build on a machine with a pip CUDA LibTorch and no Debian packages,
# where these are carried in as unpacked .deb prefixes (see docs/cuda.md).
if(ATTNSCOPE_TORCH_PREFIX)
  list(PREPEND CMAKE_PREFIX_PATH "${ATTNSCOPE_TORCH_PREFIX}")
endif()
find_package(Torch REQUIRED)
find_package(OpenMP REQUIRED COMPONENTS CXX)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_path(STB_INCLUDE_DIR stb_image.h PATH_SUFFIXES stb REQUIRED)
find_path(HNSWLIB_INCLUDE_DIR hnswlib/hnswlib.h REQUIRED)
message(STATUS "LibTorch: ${Torch_DIR} (CUDA: ${TORCH_CUDA_LIBRARIES})")
