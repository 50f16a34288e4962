#include "command_table.hpp"

#include <algorithm>

#include <CLI/CLI.hpp>

namespace citegraph::cli {

namespace {

// "TEXT:{text,json,sarif}" (what CLI11 shows for an IsMember check) split into the type and
// its choices.
void read_type_name(const std::string& type_name, option_entry& into) {
    const std::size_t set = type_name.find(":{");
    into.value = type_name.substr(0, set);
    if (set == std::string::npos || type_name.back() != '}') return;
    const std::string list = type_name.substr(set + 2, type_name.size() - set - 3);
    for (std::size_t from = 0; from <= list.size();) {
        const std::size_t comma = std::min(list.find(',', from), list.size());
        into.choices.push_back(list.substr(from, comma - from));
        from = comma + 1;
    }
}

option_entry describe_option(const CLI::Option& option) {
    option_entry entry;
    entry.positional = option.get_positional();
    for (const std::string& name : option.get_snames()) entry.names.push_back("-" + name);
    for (const std::string& name : option.get_lnames()) entry.names.push_back("--" + name);
    if (entry.positional) entry.names = {option.get_name(true, false)};
    if (option.get_type_size_max() > 0) read_type_name(option.get_type_name(), entry);
    entry.default_value = option.get_default_str();
    entry.help = option.get_description();
    entry.repeats = option.get_items_expected_max() > 1;
    entry.required = option.get_required();
    return entry;
}

command_entry describe_command(const CLI::App& app, const std::string& name) {
    command_entry entry{name, app.get_description(), app.get_footer(), {}};
    for (const CLI::Option* option : app.get_options())
        if (!option->get_group().empty()) entry.options.push_back(describe_option(*option));
    return entry;
}

}  // namespace

program_entry describe(const CLI::App& app) {
    program_entry program{describe_command(app, app.get_name()), {}};
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
        program.commands.push_back(describe_command(*command, command->get_name()));
    return program;
}

}  // namespace citegraph::cli
