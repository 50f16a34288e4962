# Whether a header is visible to a layer: compiles a file holding only
# `#include "HEADER"` against the include roots of that layer and the layers below it.
#   cmake -DCXX=... -DROOTS=a|b -DHEADER=graph/view.hpp -DEXPECT=visible|hidden
#         -DSOURCE_DIR=... -DWORK_DIR=... -P probe.cmake
# hidden passes only when the compiler says the header is not found, so a probe that fails
# for another reason (a typo, a broken header) fails the test too.
if(NOT EXISTS ${SOURCE_DIR}/${HEADER} AND NOT EXISTS ${SOURCE_DIR}/include/${HEADER})
  message(FATAL_ERROR "${HEADER} is not a header of citegraph: the probe would prove nothing")
endif()
string(REPLACE "|" ";" ROOTS "${ROOTS}")
string(MAKE_C_IDENTIFIER "${HEADER}" name)
set(probe ${WORK_DIR}/${name}.cpp)
file(WRITE ${probe} "#include \"${HEADER}\"\n")
set(include_flags "")
foreach(root IN LISTS ROOTS)
  list(APPEND include_flags -I${root})
endforeach()
execute_process(COMMAND ${CXX} -std=c++20 -fsyntax-only ${include_flags} ${probe}
  RESULT_VARIABLE result ERROR_VARIABLE errors OUTPUT_QUIET)
if(EXPECT STREQUAL "visible")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${HEADER} should compile in this layer:\n${errors}")
  endif()
elseif(result EQUAL 0)
  message(FATAL_ERROR "${HEADER} compiled in a layer below it: the layers leak")
elseif(NOT errors MATCHES "${HEADER}: No such file" AND NOT errors MATCHES "'${HEADER}' file not found")
  message(FATAL_ERROR "${HEADER} failed for another reason than not being found:\n${errors}")
endif()
