# The third-party dependencies of the installed libraries (tablift::tablift and the stage
# libraries under it): found here for the build, and again by the installed
# tabliftConfig.cmake for a consumer (static libraries carry their dependencies' links). All
# are Debian 12 packages (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(pugixml REQUIRED)
# libzip-dev's CMake config demands its command-line tools; pkg-config does not.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip>=1.7)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
# PCRE2: named groups and linear-stack matching for profile regexes (std::regex recurses per
# character and overflows the stack on long cells).
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8>=10.34)
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler>=22.02)
