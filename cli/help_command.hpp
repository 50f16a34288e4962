// `citegraph help [COMMAND]`, the help text of each command, and the pages generated from the
// option tables at build time: the man page and the shell completions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace citegraph::cli {

// Adds the command `help [COMMAND]` to app, after every other command (its COMMAND takes their
// names); topic receives COMMAND. Returns the new command.
CLI::App* add_help_command(CLI::App& app, std::string& topic);

// The command of app called name; nullptr if there is none.
const CLI::App* find_command(const CLI::App& app, std::string_view name);

// Throws CLI::ValidationError "unknown command 'NAME' (commands: check, ...)" unless app has a
// command called name.
void check_command_name(const CLI::App& app, std::string_view name);

// What `citegraph COMMAND --help` and `citegraph help COMMAND` print: the command's usage,
// options and footer, usage starting "citegraph COMMAND"; "" (or "help" with no command given)
// is the overview of every command.
std::string command_help(const CLI::App& app, std::string_view command);

// The man page (`--print-man-page`) or a shell's completion script (`--print-completion bash`,
// `zsh`), when argv asks for one as its only arguments; std::nullopt when it asks for neither.
// Throws CLI::ValidationError for a shell it has no script for.
std::optional<std::string> generated_page(const CLI::App& app, int argc, const char* const* argv);

}  // namespace citegraph::cli
