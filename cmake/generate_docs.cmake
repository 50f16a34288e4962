# Writes the man page and the shell completions by running the built command, so they are
# generated from the option tables it parses with. Called at build time with CLI (the
# command) and DIR (where the three files go).
foreach(page "citegraph.1|--print-man-page" "bash-completion/citegraph|--print-completion;bash"
             "zsh/_citegraph|--print-completion;zsh")
  string(REPLACE "|" ";" page "${page}")
  list(POP_FRONT page file)
  get_filename_component(folder "${DIR}/${file}" DIRECTORY)
  file(MAKE_DIRECTORY "${folder}")
  execute_process(COMMAND "${CLI}" ${page} OUTPUT_FILE "${DIR}/${file}.new" RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "${CLI} ${page} failed: ${failed}")
  endif()
  file(RENAME "${DIR}/${file}.new" "${DIR}/${file}")
endforeach()
