# Fails if a doctest case of BINARY has a ';' in its name. ctest takes a test's name as a
# list, so such a case would be asked for by half its name, match nothing and pass having
# run nothing.
execute_process(COMMAND ${BINARY} --list-test-cases --no-version
                OUTPUT_VARIABLE listed RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${BINARY} --list-test-cases exited ${status}")
endif()
string(REPLACE ";" "<semicolon>" listed "${listed}")
string(REPLACE "\n" ";" lines "${listed}")
set(bad "")
foreach(line IN LISTS lines)
  if(line MATCHES "<semicolon>")
    string(REPLACE "<semicolon>" ";" line "${line}")
    string(APPEND bad "\n  ${line}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "test cases whose name holds ';' never run under ctest; rename them:${bad}")
endif()
