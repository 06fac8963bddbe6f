# Runs the built tablift's hidden generators (cli/manpage.h): cmake -DTABLIFT=<exe>
# -DSHARE=<dir> -P GenerateShare.cmake writes <dir>/man/man1/tablift.1 and
# <dir>/bash-completion/completions/tablift. Fails when the program fails.
foreach(pair "--help-man;man/man1/tablift.1" "--help-completion;bash-completion/completions/tablift")
  list(GET pair 0 flag)
  list(GET pair 1 file)
  get_filename_component(dir ${SHARE}/${file} DIRECTORY)
  file(MAKE_DIRECTORY ${dir})
  execute_process(COMMAND ${TABLIFT} ${flag} OUTPUT_FILE ${SHARE}/${file}.tmp RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TABLIFT} ${flag} failed: ${rc}")
  endif()
  file(RENAME ${SHARE}/${file}.tmp ${SHARE}/${file})
endforeach()
