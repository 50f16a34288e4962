// `citegraph help`, the man page and the shell completions: each written from the option
// tables the command parses with, and read here by their real consumers (man, groff, bash, zsh).
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::scratch_dir;
using citegraph::testing::shell_output;
using citegraph::testing::slurp;

namespace {

const std::vector<std::string> commands{"check", "export", "report", "render", "trace", "impact", "help"};

// The option names `citegraph COMMAND --help` lists ("-f", "--format", ...), read from its
// Options: section: each line that starts with "  -".
std::set<std::string> options_in_help(const std::string& command) {
    std::set<std::string> names;
    std::istringstream in(run_citegraph(command + " --help").out);
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with("  -")) continue;
        std::istringstream words(line.substr(0, line.find(' ', 2)));
        for (std::string name; std::getline(words, name, ',');) names.insert(name.substr(name.find('-')));
    }
    return names;
}

// The part of a rendered page from the line `heading` to the next line indented as little.
std::string section(const std::string& page, const std::string& heading) {
    const std::size_t start = page.find("\n" + heading + "\n");
    if (start == std::string::npos) return "";
    const std::size_t indent = heading.find_first_not_of(' ');
    std::size_t end = start + heading.size() + 2;
    while ((end = page.find('\n', end)) != std::string::npos) {
        ++end;
        const std::size_t next = page.find_first_not_of(' ', end);
        if (next != std::string::npos && next - end <= indent && page[next] != '\n') break;
    }
    return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// What the bash completion offers for a command line (the words, the last one being completed),
// sourcing the script in a fresh bash, run in directory `in`.
std::string bash_completes(const std::filesystem::path& script, const std::filesystem::path& in,
                           const std::string& words) {
    return shell_output("cd '" + in.string() + "' && bash --norc --noprofile -c '. \"" + script.string() +
                        "\"; COMP_WORDS=(" + words + "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _citegraph; "
                        "printf \"%s\\n\" \"${COMPREPLY[@]}\"' 2>&1");
}

}  // namespace

TEST_SUITE("help, man page and completion") {

TEST_CASE("help COMMAND prints what COMMAND --help prints, and help alone the overview") {
    for (const std::string& command : commands) {
        CAPTURE(command);
        const auto help = run_citegraph("help " + command);
        const auto flag = run_citegraph(command + " --help");
        CHECK(help.exit == 0);
        CHECK(help.err.empty());
        CHECK(help.out == flag.out);
        CHECK(help.out.find("Usage: citegraph " + command + " [OPTIONS]") != std::string::npos);
    }
    const auto overview = run_citegraph("help");
    CHECK(overview.exit == 0);
    CHECK(overview.out == run_citegraph("--help").out);
    for (const std::string& command : commands) CHECK(overview.out.find("\n  " + command + " ") != std::string::npos);
}

TEST_CASE("help with an unknown command is a usage error that lists the commands") {
    const auto r = run_citegraph("help frobnicate");
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    CHECK(r.err.starts_with("citegraph: unknown command 'frobnicate' (commands: check, export, report, render, "
                            "trace, impact, help)\n"));
    CHECK(run_citegraph("help check extra").exit == 2);
}

TEST_CASE("exit code 1 and --fail-on are named in the help of check and the overview only") {
    for (const std::string& command : commands) {
        CAPTURE(command);
        for (const std::string& asked : {command + " --help", "help " + command}) {
            const std::string help = run_citegraph(asked).out;
            const bool fails_on = command == "check";
            CHECK((help.find("--fail-on") != std::string::npos) == fails_on);
            CHECK((help.find("1 findings") != std::string::npos) == fails_on);
            CHECK(help.find("Exit codes: 0 success;") != std::string::npos);
        }
    }
    CHECK(run_citegraph("--help").out.find("1 findings (with --fail-on)") != std::string::npos);
}

TEST_CASE("the man page renders without warnings and names every option of every command") {
    scratch_dir dir;
    const auto page_file = dir.path / "citegraph.1";
    const auto generated = run_citegraph("--print-man-page > '" + page_file.string() + "'");
    REQUIRE(generated.exit == 0);
    REQUIRE(generated.err.empty());
    // groff with every warning on, then man-db's own pipeline (preconv, tbl, nroff).
    CHECK(shell_output("groff -man -Tutf8 -ww -z '" + page_file.string() + "' 2>&1") == "");
    CHECK(shell_output("MANWIDTH=200 man --warnings -l '" + page_file.string() + "' 2>&1 >/dev/null") == "");
    const std::string page = shell_output("MANWIDTH=200 man -l '" + page_file.string() + "' 2>/dev/null");
    REQUIRE(page.find("citegraph - link claims to the numbered references") != std::string::npos);
    for (const std::string& command : commands) {
        CAPTURE(command);
        const std::string part = section(page, "   " + command);
        REQUIRE(!part.empty());
        const std::set<std::string> options = options_in_help(command);
        CHECK(options.size() >= 2);
        for (const std::string& option : options) {
            CAPTURE(option);
            CHECK(part.find(option) != std::string::npos);
        }
    }
    SUBCASE("choices, defaults and exit codes come from the same tables") {
        const std::string check = section(page, "   check");
        CHECK(check.find("--fail-on resting-on-retracted|resting-on-stale|partly-stale|dangling|uncited") != std::string::npos);
        CHECK(check.find("--color, --colour auto|always|never") != std::string::npos);
        CHECK(check.find("Default: 3y.") != std::string::npos);
        CHECK(section(page, "   render").find("-o, --output FILE") != std::string::npos);
        const std::string exits = section(page, "EXIT STATUS");
        CHECK(exits.find("1      findings (with --fail-on)") != std::string::npos);
        CHECK(exits.find("3      unreadable or malformed input") != std::string::npos);
        CHECK(section(page, "ENVIRONMENT").find("NO_COLOR") != std::string::npos);
    }
}

TEST_CASE("the bash completion completes commands, options, their choices and files") {
    scratch_dir dir;
    const auto script = dir.path / "citegraph.bash";
    REQUIRE(run_citegraph("--print-completion bash > '" + script.string() + "'").exit == 0);
    CHECK(shell_output("bash -n '" + script.string() + "' 2>&1 && echo parsed") == "parsed\n");
    citegraph::testing::write(dir.path / "mali report.txt", "x");
    citegraph::testing::write(dir.path / "notes.md", "x");

    CHECK(bash_completes(script, dir.path, "citegraph ch") == "check\n");
    CHECK(bash_completes(script, dir.path, "citegraph export --format \"\"") == "json\ngraphml\ndot\nprov-json\nprovn\n");
    // bash splits "--format=g" at "=" (COMP_WORDBREAKS).
    CHECK(bash_completes(script, dir.path, "citegraph export --format = g") == "graphml\n");
    CHECK(bash_completes(script, dir.path, "citegraph check --fail-on p") == "partly-stale\n");
    CHECK(bash_completes(script, dir.path, "citegraph check --col") == "--color\n--colour\n");
    CHECK(bash_completes(script, dir.path, "citegraph help r") == "report\nrender\n");
    // Files, a name with a space kept whole, for FILE arguments and -o.
    CHECK(bash_completes(script, dir.path, "citegraph check m") == "mali report.txt\n");
    CHECK(bash_completes(script, dir.path, "citegraph render -o n") == "notes.md\n");
    // A value with nothing to offer offers nothing, not the files.
    CHECK(bash_completes(script, dir.path, "citegraph check --max-age \"\"") == "\n");
    CHECK(bash_completes(script, dir.path, "citegraph \"\"") == "check\nexport\nreport\nrender\ntrace\nimpact\nhelp\n");
}

TEST_CASE("the zsh completion completes commands, choices and files in an interactive zsh") {
    scratch_dir dir;
    const auto functions = dir.path / "functions";
    std::filesystem::create_directories(functions);
    REQUIRE(run_citegraph("--print-completion zsh > '" + (functions / "_citegraph").string() + "'").exit == 0);
    REQUIRE(shell_output("command -v zsh") != "");  // scripts/bootstrap installs it
    CHECK(shell_output("zsh -n '" + (functions / "_citegraph").string() + "' 2>&1 && echo parsed") == "parsed\n");
    citegraph::testing::write(dir.path / "mali.txt", "x");
    const std::string driver = std::string(CITEGRAPH_TEST_DATA) + "/../completion/complete.zsh";
    auto zsh_completes = [&](const std::string& line) {
        return shell_output("cd '" + dir.path.string() + "' && timeout 60 zsh -f '" + driver + "' '" +
                            functions.string() + "' '" + line + "' 2>&1");
    };
    CHECK(zsh_completes("citegraph ch") == "check\n");
    CHECK(zsh_completes("citegraph export --format ") == "json\ngraphml\ndot\nprov-json\nprovn\n");
    CHECK(zsh_completes("citegraph check --policy s") == "scholarly\n");
    CHECK(zsh_completes("citegraph check ma") == "mali.txt\n");
}

TEST_CASE("a shell without a completion script is a usage error") {
    const auto r = run_citegraph("--print-completion fish");
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("expected one shell, bash or zsh") != std::string::npos);
}

}  // TEST_SUITE
