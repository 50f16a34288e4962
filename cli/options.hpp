// The command line, parsed and validated into a config before any work starts.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/diagnostics.hpp"
#include "citegraph/exports.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/render.hpp"
#include "citegraph/triage.hpp"
#include "citegraph/provenance.hpp"
#include "citegraph/views.hpp"

namespace citegraph::cli {

enum class command { check, export_graph, report, render, trace, impact };

// Exit codes, documented in --help and README.md.
enum exit_code : int { exit_ok = 0, exit_findings = 1, exit_usage = 2, exit_input = 3 };

struct config {
    command what = command::check;
    std::vector<std::string> inputs;          // files or directories (expand_inputs); "-" is standard input
    bool recursive = false;                   // directories: walk their subdirectories too
    link_options links;                       // --no-merge: every reference its own source
    std::string from;                         // importer name; "" chooses by extension
    stale_policy policy;                      // as_of unknown: each document's own date
    std::optional<claim_verdict> fail_on;     // check: exit 1 when a finding this bad exists
    finding_filter findings;                  // check: --only and --hide, the findings to list
    const writer* output_writer = nullptr;    // every command but render: the format --format names
    std::string output = "-";                 // export, report, render: file or "-" for standard output
    graph_view view;                          // export, render: the part of the graph to keep
    render_options picture;                   // render: format and layout engine
    std::string target;                       // trace: a claim id, file:line[:col] or words; impact: "d1:r3" or "s4"
    bool quiet = false;                       // -q: no warnings, no progress line; errors still
    std::string retractions;                  // --retractions: the Retraction Watch CSV; "" for none
    bool colour = false;                      // check text: ANSI colour (--color, NO_COLOR, a terminal)
    // What the command line set itself, which a citegraph.toml does not override.
    struct given_options {
        bool sources = false;                 // --policy
        bool max_age = false;                 // --max-age AGE (a KIND=AGE is in policy.max_age_by_kind)
        bool as_of = false;                   // --as-of
    } given;
    std::string config_file;                  // --config FILE; "" finds citegraph.toml upward
    bool no_config = false;                   // --no-config: read no citegraph.toml
    std::string settings_file;                // the citegraph.toml read (load_settings); "" if none
    acknowledgements acknowledged;            // check: suppressions (citegraph.toml) and the --baseline
    std::string baseline;                     // check --baseline FILE
    std::string write_baseline;               // check --write-baseline FILE
    bool show_hashes = false;                 // check --hashes
};

// What parsing decided: a config to run, or text to print and an exit code.
struct parse_result {
    std::optional<config> run;
    std::string message;  // help text (exit 0) or a usage error (exit 2)
    int exit = exit_ok;
};

// What the command line names as input, with each directory replaced by its files.
struct input_files {
    std::vector<std::string> files;
    // Entries of a directory left out: unreadable ones, symbolic link loops and broken links
    // with a known extension, and files citegraph wrote itself (the report of an earlier run).
    diagnostics skipped;
};

// A command line that asks for something impossible, found once its inputs are listed.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The inputs with each directory replaced by the files in it that an importer knows by
// extension (with `recursive`, in its subdirectories too; names starting with "." skipped),
// sorted by name so ids are stable; files and "-" stay as given. A file of a directory that
// citegraph wrote is left out with a note in `skipped`, silently when it is `output`, which
// is about to be replaced. Throws input_error for a directory that cannot be read or holds
// no such file, and usage_error when another file of a directory is `output`.
input_files expand_inputs(const std::vector<std::string>& inputs, bool recursive, const std::string& output = "-");

// Today's date by the system clock.
date today();

// "YYYY-MM-DD" or "today"; throws CLI::ValidationError (a std::exception) naming the text otherwise.
date parse_as_of(const std::string& text);

// Parses argv; never exits and never prints. "--as-of today" reads the system clock.
parse_result parse_command_line(int argc, const char* const* argv);

}  // namespace citegraph::cli
