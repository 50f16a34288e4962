#include "help_command.hpp"

#include <CLI/CLI.hpp>

#include "command_table.hpp"
#include "completion.hpp"
#include "man_page.hpp"

namespace citegraph::cli {

namespace {

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(command->get_name());
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
    return text;
}

}  // namespace

CLI::App* add_help_command(CLI::App& app, std::string& topic) {
    std::vector<std::string> names = command_names(app);
    names.emplace_back("help");
    CLI::App* help = app.add_subcommand("help", "Print the help of a command, as COMMAND --help does; "
                                                "without one, the overview of every command");
    help->footer("Exit codes: 0 success; 2 usage error (an unknown command).");
    help->add_option("COMMAND", topic, "The command: " + joined(names))->check(CLI::IsMember(names));
    return help;
}

const CLI::App* find_command(const CLI::App& app, std::string_view name) {
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
        if (command->get_name() == name) return command;
    return nullptr;
}

void check_command_name(const CLI::App& app, std::string_view name) {
    if (find_command(app, name) == nullptr)
        throw CLI::ValidationError("unknown command '" + std::string(name) + "' (commands: " +
                                   joined(command_names(app)) + ")");
}

std::string command_help(const CLI::App& app, std::string_view command) {
    // The formatter directly: App::help would describe the command parsed last (`help` itself).
    const CLI::App* shown = command.empty() ? &app : find_command(app, command);
    if (shown == nullptr) shown = &app;
    const std::string usage_name = shown == &app ? app.get_name() : app.get_name() + " " + shown->get_name();
    return shown->get_formatter()->make_help(shown, usage_name, CLI::AppFormatMode::Normal);
}

std::optional<std::string> generated_page(const CLI::App& app, int argc, const char* const* argv) {
    if (argc == 2 && std::string_view(argv[1]) == "--print-man-page") return man_page(describe(app));
    if (argc < 2 || std::string_view(argv[1]) != "--print-completion") return std::nullopt;
    const std::string_view shell = argc == 3 ? argv[2] : "";
    if (shell == "bash") return bash_completion(describe(app));
    if (shell == "zsh") return zsh_completion(describe(app));
    throw CLI::ValidationError("--print-completion", "expected one shell, bash or zsh");
}

}  // namespace citegraph::cli
