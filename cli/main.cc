// tablift: the command-line program. All logic lives in cli/app.h so tests can drive it.
#include "cli/app.h"

int main(int argc, char** argv) { return tablift::cli::Run(argc, argv); }
