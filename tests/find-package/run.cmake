# Installs citegraph into a scratch prefix and checks what a user of the package gets:
# exactly the headers of include/citegraph/ (and version.hpp), none naming Boost; a consumer
# that includes every one of them builds and runs; and the example program of examples/
# writes the same JSON as `citegraph export` does; and the installed command finds its PDF
# reader, installed apart (cli/pdf_module_loader.cpp). Called by ctest with BUILD_DIR,
# SOURCE_DIR (this folder), PROJECT_DIR, WORK_DIR, CLI and CONSUMER_CXX (the compiler that
# built citegraph) set.
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${WORK_DIR}/prefix"
                RESULT_VARIABLE failed OUTPUT_QUIET)
if(failed)
  message(FATAL_ERROR "install failed")
endif()

set(pdf "${PROJECT_DIR}/tests/data/pdf/gao-06-1046-grants.pdf")
execute_process(COMMAND "${WORK_DIR}/prefix/bin/citegraph" check -q "${pdf}" OUTPUT_VARIABLE summary
                ERROR_VARIABLE error RESULT_VARIABLE failed)
if(failed OR NOT summary MATCHES "567 claims")
  message(FATAL_ERROR "the installed command did not read ${pdf}: ${error}")
endif()

set(include_dir "${WORK_DIR}/prefix/include")
file(GLOB_RECURSE installed RELATIVE "${include_dir}" "${include_dir}/*")
file(GLOB expected RELATIVE "${PROJECT_DIR}/include" "${PROJECT_DIR}/include/citegraph/*.hpp")
list(APPEND expected citegraph/version.hpp)
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
  message(FATAL_ERROR "installed headers:\n  ${installed}\nexpected exactly:\n  ${expected}")
endif()
set(all_headers "${WORK_DIR}/all_headers.cpp")
file(WRITE "${all_headers}" "// Every installed header, each compiled as a user would include it.\n")
foreach(header IN LISTS installed)
  file(READ "${include_dir}/${header}" text)
  if(text MATCHES "boost")
    message(FATAL_ERROR "${header} names Boost; the public API must not")
  endif()
  file(APPEND "${all_headers}" "#include <${header}>\n")
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/build" -G Ninja
                        "-DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix"
                        "-DCMAKE_CXX_COMPILER=${CONSUMER_CXX}"
                        "-DALL_HEADERS=${all_headers}"
                        "-DEXAMPLE=${PROJECT_DIR}/examples/assess_and_export.cpp"
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

set(report "${PROJECT_DIR}/examples/usdol-mali-2021.txt")
execute_process(COMMAND "${WORK_DIR}/build/example" "${report}" OUTPUT_VARIABLE from_library RESULT_VARIABLE failed
                ERROR_QUIET)
if(failed)
  message(FATAL_ERROR "the example failed on ${report}")
endif()
execute_process(COMMAND "${CLI}" export "${report}" OUTPUT_VARIABLE from_command ERROR_QUIET)
string(LENGTH "${from_library}" size)
if(size LESS 100000 OR NOT from_library STREQUAL from_command)
  message(FATAL_ERROR "the example's JSON (${size} bytes) differs from citegraph export's")
endif()
