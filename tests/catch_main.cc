// The test suite's own main (Catch2 2.13): lets tests read --update-golden style switches
// from the environment rather than argv, and keeps Catch's defaults otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }
