# Installs citegraph into a scratch prefix and checks that the man page and the bash and zsh
# completions are where man, bash-completion and zsh look for them, hold what the installed
# command writes from its option tables, and that man finds the page by name. Called by ctest
# with BUILD_DIR and WORK_DIR set.
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE failed OUTPUT_QUIET)
if(failed)
  message(FATAL_ERROR "cmake --install failed")
endif()

foreach(page "share/man/man1/citegraph.1|--print-man-page"
             "share/bash-completion/completions/citegraph|--print-completion;bash"
             "share/zsh/site-functions/_citegraph|--print-completion;zsh")
  string(REPLACE "|" ";" page "${page}")
  list(POP_FRONT page file)
  if(NOT EXISTS "${prefix}/${file}")
    message(FATAL_ERROR "cmake --install put no ${file} under the prefix")
  endif()
  file(READ "${prefix}/${file}" installed)
  execute_process(COMMAND "${prefix}/bin/citegraph" ${page} OUTPUT_VARIABLE written RESULT_VARIABLE failed)
  if(failed OR NOT installed STREQUAL written)
    message(FATAL_ERROR "${file} differs from what citegraph ${page} writes")
  endif()
endforeach()

# `man citegraph` with the prefix's man folder on MANPATH, as a user who installed there would.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "MANPATH=${prefix}/share/man" MANWIDTH=100
                        man --warnings citegraph
                OUTPUT_VARIABLE shown ERROR_VARIABLE warnings RESULT_VARIABLE failed)
if(failed OR NOT warnings STREQUAL "" OR NOT shown MATCHES "citegraph check \\[OPTIONS\\] FILE\\.\\.\\.")
  message(FATAL_ERROR "man citegraph failed (${failed}): ${warnings}\n${shown}")
endif()
