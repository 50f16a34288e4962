// The man page citegraph(1), in the man macros, written from the option tables.
#pragma once

#include <string>

#include "command_table.hpp"

namespace citegraph::cli {

// The page for `man`: NAME, SYNOPSIS, DESCRIPTION, COMMANDS (each with its options, their
// values, choices and defaults), OPTIONS, EXIT STATUS (from the footer), ENVIRONMENT. Text is
// escaped for roff (a backslash, a leading dot or quote, a hyphen in an option name) and
// non-ASCII characters are written as \[uXXXX], so groff needs no input encoding.
std::string man_page(const program_entry& program);

}  // namespace citegraph::cli
