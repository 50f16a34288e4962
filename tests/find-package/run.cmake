# Installs citegraph into a scratch prefix, builds the consumer against it and runs it.
# Called by ctest with BUILD_DIR, SOURCE_DIR, WORK_DIR and CONSUMER_CXX (the compiler that
# built citegraph) set.
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix"
                RESULT_VARIABLE failed OUTPUT_QUIET)
if(failed)
  message(FATAL_ERROR "install failed")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/build" -G Ninja
                        "-DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix"
                        "-DCMAKE_CXX_COMPILER=${CONSUMER_CXX}"
                RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "configuring the consumer failed")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}/build" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "building the consumer failed")
endif()
execute_process(COMMAND "${WORK_DIR}/build/consumer" OUTPUT_VARIABLE verdict RESULT_VARIABLE failed)
if(failed OR NOT verdict STREQUAL "resting-on-stale\n")
  message(FATAL_ERROR "the consumer printed '${verdict}'")
endif()
