# Every third-party dependency is found here, and only here. All are Debian 12 packages
# (scripts/install-deps.sh installs them).
include(LibraryDependencies)
find_package(CLI11 REQUIRED)
if(TABLIFT_BUILD_TESTS OR TABLIFT_FUZZ)
  # The product does not use libxml2: the exporter tests and fuzzer check XML with it.
  find_package(LibXml2 REQUIRED)
endif()
if(TABLIFT_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)
  include(Catch)
endif()
