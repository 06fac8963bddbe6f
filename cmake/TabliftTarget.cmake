# tablift_library(NAME [INTERNAL] SOURCES ... DEPS ... PRIVATE_DEPS ...): one library per
# source folder, namespaced as tablift::NAME, so that a wrong dependency between stages is a
# link error. Static unless BUILD_SHARED_LIBS. Every library not marked INTERNAL is installed
# and exported (cmake/Install.cmake: tablift::NAME in tabliftConfig.cmake, -ltablift_NAME in
# tablift.pc); INTERNAL ones (the CLI's) are installed only as shared libraries the program
# needs.
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
  cmake_parse_arguments(ARG "INTERNAL" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(tablift_${name} ${ARG_SOURCES})
  add_library(tablift::${name} ALIAS tablift_${name})
  set_target_properties(tablift_${name} PROPERTIES EXPORT_NAME ${name})
  # The build's include directories are views of the source root (cmake/IncludeViews.cmake).
  target_include_directories(tablift_${name} INTERFACE
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/tablift>)
  file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
  set_target_properties(tablift_${name} PROPERTIES TABLIFT_FOLDER ${folder}
    TABLIFT_PUBLIC_DEPS "${ARG_DEPS}" TABLIFT_ALL_DEPS "${ARG_DEPS};${ARG_PRIVATE_DEPS}")
  target_compile_features(tablift_${name} PUBLIC cxx_std_20)
  target_link_libraries(tablift_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  tablift_set_warnings(tablift_${name})
  if(ARG_INTERNAL)
    set_property(GLOBAL APPEND PROPERTY TABLIFT_INTERNAL_LIBRARIES tablift_${name})
  else()
    set_property(GLOBAL APPEND PROPERTY TABLIFT_LIBRARIES tablift_${name})
  endif()
endfunction()
