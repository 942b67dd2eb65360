# Warnings for project code only; third-party headers are included as SYSTEM so they stay quiet.
add_library(attnscope_warnings INTERFACE)
target_compile_options(attnscope_warnings INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wno-unused-parameter>)
