# attnscope_add_test(NAME SOURCES files... LIBRARIES libs... [DISPLAY] [LABELS labels...] [TIMEOUT s])
# Builds a Qt Test executable linked with the shared test support (tests/common) and registers it with CTest. Tests
# needing a real GL context (VTK) pass DISPLAY and run under xvfb-run; all others use Qt's offscreen platform.
function(attnscope_add_test name)
  cmake_parse_arguments(T "DISPLAY" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBRARIES} attnscope_test_support attnscope_program_setup
                                        attnscope_warnings)
  target_compile_definitions(${name} PRIVATE
    ATTNSCOPE_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests"
    ATTNSCOPE_TEST_OUTPUT_DIR="${CMAKE_BINARY_DIR}/test-output"
    ATTNSCOPE_CLI_PATH="$<TARGET_FILE:attnscope-cli>")
  if(T_DISPLAY)
    add_test(NAME ${name} COMMAND xvfb-run -a -s "-screen 0 1920x1080x24" $<TARGET_FILE:${name}>)
    set(env "QT_QPA_PLATFORM=xcb")
  else()
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen")
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 600)
  endif()
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "${env};ATTNSCOPE_RESOURCES=${CMAKE_SOURCE_DIR}/resources;OMP_NUM_THREADS=2"
    TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}")
endfunction()
