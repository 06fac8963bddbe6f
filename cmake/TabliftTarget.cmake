# tablift_library(NAME DIR ...): one static library per source folder, namespaced as
# tablift::NAME, so that a wrong dependency between stages is a link error.
function(tablift_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(TABLIFT_DEVELOPER)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(TABLIFT_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

function(tablift_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(tablift_${name} STATIC ${ARG_SOURCES})
  add_library(tablift::${name} ALIAS tablift_${name})
  target_include_directories(tablift_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_compile_features(tablift_${name} PUBLIC cxx_std_20)
  target_link_libraries(tablift_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  tablift_set_warnings(tablift_${name})
endfunction()
