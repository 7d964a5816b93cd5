#include "cli/run.hpp"

int main(int argc, char** argv) { return resdiff::cli::run_main(argc, argv); }
