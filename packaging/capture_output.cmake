# cmake -DPROGRAM=... -DARGUMENT=... -DOUTPUT=... -P capture_output.cmake: writes PROGRAM ARGUMENT's standard output
# to OUTPUT (replacing it only when complete), and fails with the program's error when it exits non-zero.
execute_process(COMMAND ${PROGRAM} ${ARGUMENT} OUTPUT_FILE ${OUTPUT}.partial RESULT_VARIABLE status
                ERROR_VARIABLE error)
if(NOT status EQUAL 0)
  file(REMOVE ${OUTPUT}.partial)
  message(FATAL_ERROR "${PROGRAM} ${ARGUMENT}: exited with ${status}: ${error}")
endif()
file(RENAME ${OUTPUT}.partial ${OUTPUT})
