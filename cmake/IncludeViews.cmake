# Per-target include directories, so that a wrong include fails to build. Every tablift
# library includes "<folder>/<header>.h" from the source root, but compiles against a view of
# it (build/include-views/<target>/{private,interface}/, symbolic links to source folders) that
# holds only its own folder and the folders its dependencies expose:
#   private view   (its sources)     its folder + the interface views of all its tablift deps
#   interface view (its dependents)  its folder + the interface views of its public tablift deps
# So normalizer/ cannot include "exporters/...", and the CLI, which links only the library
# (tablift::tablift) and not the stages under it, cannot include "normalizer/..." or
# "extractors/...". Tests include from the source root and may include anything.
# tablift_include_views() runs once, after every library was defined (dependencies may be
# defined after their users).

# The interface folders of every tablift library among `deps` (aliases resolved; other
# targets, such as third-party ones, have no folder and add nothing).
function(tablift_dep_folders deps out)
  set(folders)
  foreach(dep ${deps})
    if(TARGET ${dep})
      get_target_property(real ${dep} ALIASED_TARGET)
      if(real)
        set(dep ${real})
      endif()
      get_target_property(dep_folder ${dep} TABLIFT_FOLDER)
      if(dep_folder)
        tablift_interface_folders(${dep} dep_folders)
        list(APPEND folders ${dep_folders})
      endif()
    endif()
  endforeach()
  set(${out} ${folders} PARENT_SCOPE)
endfunction()

# The folders (relative to the source root) of `target`'s interface view, recursively.
function(tablift_interface_folders target out)
  get_target_property(folder ${target} TABLIFT_FOLDER)
  get_target_property(deps ${target} TABLIFT_PUBLIC_DEPS)
  set(folders ${folder})
  tablift_dep_folders("${deps}" dep_folders)
  list(APPEND folders ${dep_folders})
  list(REMOVE_DUPLICATES folders)
  set(${out} ${folders} PARENT_SCOPE)
endfunction()

# Creates `dir` with one symbolic link per folder ("extractors/docx" -> dir/extractors/docx).
# A folder inside another folder of the list comes with that one (the extractors registry's
# folder holds the extractors' folders).
function(tablift_make_view dir folders)
  file(REMOVE_RECURSE ${dir})
  foreach(folder ${folders})
    set(inside OFF)
    foreach(other ${folders})
      string(FIND "${folder}" "${other}/" at)
      if(at EQUAL 0)
        set(inside ON)
      endif()
    endforeach()
    if(inside)
      continue()
    endif()
    get_filename_component(parent ${dir}/${folder} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${folder} ${dir}/${folder} SYMBOLIC)
  endforeach()
endfunction()

function(tablift_include_views)
  get_property(internal GLOBAL PROPERTY TABLIFT_INTERNAL_LIBRARIES)
  get_property(libraries GLOBAL PROPERTY TABLIFT_LIBRARIES)
  foreach(target ${libraries} ${internal})
    set(root ${PROJECT_BINARY_DIR}/include-views/${target})
    get_target_property(folder ${target} TABLIFT_FOLDER)
    get_target_property(all_deps ${target} TABLIFT_ALL_DEPS)
    tablift_interface_folders(${target} interface)
    set(private ${folder})
    tablift_dep_folders("${all_deps}" dep_folders)
    list(APPEND private ${dep_folders})
    list(REMOVE_DUPLICATES private)
    tablift_make_view(${root}/private "${private}")
    tablift_make_view(${root}/interface "${interface}")
    set_property(TARGET ${target} APPEND PROPERTY INCLUDE_DIRECTORIES ${root}/private)
    set_property(TARGET ${target} APPEND PROPERTY INTERFACE_INCLUDE_DIRECTORIES
                 $<BUILD_INTERFACE:${root}/interface>)
  endforeach()
endfunction()
