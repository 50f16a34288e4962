// Shell completion scripts for citegraph, written from the option tables: commands, the
// options of each, the choices an option allows, and file names where a file is expected.
#pragma once

#include <string>

#include "command_table.hpp"

namespace citegraph::cli {

// A bash script defining _citegraph and registering it with `complete -F`; it needs nothing
// from the bash-completion package. Completes command names, option names (after "-"), an
// option's choices (also after "--format="), and files for FILE values and arguments.
std::string bash_completion(const program_entry& program);

// A zsh script for $fpath (the file _citegraph, "#compdef citegraph") using _arguments: the
// same completions as bash, with each command's and option's help as its description.
std::string zsh_completion(const program_entry& program);

}  // namespace citegraph::cli
