// The commands and options the command line parses, read from its CLI11 tables into plain
// values, so that the man page and the shell completions are written from exactly what the
// program accepts and never kept by hand.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace citegraph::cli {

struct option_entry {
    std::vector<std::string> names;    // "-f", "--format"; for a positional its one name, "FILE"
    std::string value;                 // what the value is called ("TEXT", "FILE"); "" for a flag
    std::vector<std::string> choices;  // the values an IsMember check allows; empty if any
    std::string default_value;         // shown in --help ("3y"); "" if none
    std::string help;
    bool positional = false;
    bool repeats = false;   // takes several values ("FILE...")
    bool required = false;
};

struct command_entry {
    std::string name;    // "check"; for the program itself "citegraph"
    std::string help;    // one line of what it does
    std::string footer;  // the exit codes
    std::vector<option_entry> options;  // in --help's order, -h,--help included
};

struct program_entry {
    command_entry program;               // the options given before a command (--version)
    std::vector<command_entry> commands; // in --help's order
};

// What app parses: its own options and each subcommand's, with help texts, choices and defaults.
program_entry describe(const CLI::App& app);

}  // namespace citegraph::cli
