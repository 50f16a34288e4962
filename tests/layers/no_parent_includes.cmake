# A quoted include that climbs out of its folder ("../graph/view.hpp") would get past the
# layers' include roots; none may exist.  cmake -DSOURCE_DIR=... -P no_parent_includes.cmake
file(GLOB_RECURSE sources ${SOURCE_DIR}/model/* ${SOURCE_DIR}/text/* ${SOURCE_DIR}/importers/*
     ${SOURCE_DIR}/graph/* ${SOURCE_DIR}/exports/* ${SOURCE_DIR}/cli/* ${SOURCE_DIR}/include/*)
set(found "")
foreach(file IN LISTS sources)
  file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"\\.\\./")
  foreach(line IN LISTS lines)
    string(APPEND found "${file}: ${line}\n")
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "includes that climb out of their folder:\n${found}")
endif()
