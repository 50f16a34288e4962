#include "options.hpp"

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/version.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <CLI/CLI.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "colour_choice.hpp"
#include "exports/own_output.hpp"
#include "help_command.hpp"

namespace citegraph::cli {

date today() {
    const std::chrono::year_month_day now{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return make_date(static_cast<int>(now.year()), static_cast<int>(static_cast<unsigned>(now.month())),
                     static_cast<int>(static_cast<unsigned>(now.day())));
}

date parse_as_of(const std::string& text) {
    if (text == "today") return today();
    date parsed = parse_iso_date(text);
    if (parsed.precision != date_precision::day)
        throw CLI::ValidationError("--as-of", "expected YYYY-MM-DD or 'today', got '" + text + "'");
    return parsed;
}

namespace {

// A repeatable option takes one value each time it is given. CLI11 lets an option that
// fills a vector take every word after it, which would swallow the input files that follow.
CLI::Option* one_value_each(CLI::Option* option) {
    return option->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

// Exit codes, for the footer of --help: 1 only where --fail-on can make it (check, and the
// overview of every command).
constexpr const char* exit_codes_help =
    "Exit codes: 0 success; 1 findings (with --fail-on); 2 usage error; "
    "3 unreadable or malformed input or unwritable output.";
constexpr const char* exit_codes_help_without_findings =
    "Exit codes: 0 success; 2 usage error; 3 unreadable or malformed input or unwritable output.";

// "a, b, c".
std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

// --max-age values: "3y" (once) sets the limit, "news=1y" or "article=never" a kind's own.
void apply_max_ages(const std::vector<std::string>& values, config& cfg) {
    for (const std::string& value : values) {
        const auto equals = value.find('=');
        if (equals == std::string::npos) {
            if (cfg.given.max_age) throw CLI::ValidationError("--max-age", "the plain age is given twice; a kind's own is KIND=AGE");
            cfg.policy.max_age = parse_age_limit(value);
            cfg.given.max_age = true;
            continue;
        }
        const std::string name = value.substr(0, equals);
        const auto kind = parse_reference_kind(name);
        if (!kind) {
            std::string kinds;
            for (reference_kind k : reference_kinds) kinds += (kinds.empty() ? "" : ", ") + std::string(to_string(k));
            throw CLI::ValidationError("--max-age", "unknown reference kind '" + name + "' (" + kinds + ")");
        }
        if (cfg.policy.max_age_by_kind.contains(*kind))
            throw CLI::ValidationError("--max-age", "the kind " + name + " is given twice");
        cfg.policy.max_age_by_kind[*kind] = parse_kind_age_limit(std::string_view(value).substr(equals + 1));
    }
}

// Options every command shares: inputs, format and the stale policy.
struct shared_options {
    std::string as_of;
    std::vector<const CLI::Option*> as_of_options;  // one per command: given at all, even as ''?
    std::vector<std::string> max_age;   // "3y" and "news=1y", each as given
    std::string sources;                // "" when not given: by-format, or what citegraph.toml says
    bool no_merge = false;
};

void add_shared(CLI::App& app, config& cfg, shared_options& shared) {
    app.add_option("FILE", cfg.inputs, "Input documents or directories of them ('-' reads standard input: XML is known by its root element, other formats need --from)")
        ->required()
        ->type_name("FILE");
    app.add_flag("--recursive,-r", cfg.recursive,
                 "Directories: take the files of their subdirectories too (files with a known extension, and .xml files whose root element an importer takes, in name order)");
    app.add_flag("-q,--quiet", cfg.quiet,
                 "Print no warnings and no progress line on standard error (errors still; the progress line shows only on a terminal, once a run takes a second)");
    app.add_flag("--no-merge", shared.no_merge,
                 "Keep references of different documents apart even when they name one work (by DOI, URL or title and year)");
    std::vector<std::string> formats;
    for (const importer& entry : importers()) formats.emplace_back(entry.name);
    app.add_option("--from", cfg.from, "Input format; default: chosen by file extension, and for .xml by the root element")
        ->check(CLI::IsMember(formats));
    shared.as_of_options.push_back(app.add_option("--as-of", shared.as_of,
                                                  "Date ages are measured at: YYYY-MM-DD or 'today' "
                                                  "(default: the newest date in each document's reference list)"));
    app.add_option("--policy", shared.sources,
                   "Which sources age: report (every dated source but laws), scholarly (articles and books "
                   "only when superseded; news, web pages, data and reports by age), or by-format (default): "
                   "scholarly for JATS, TEI, Markdown and HTML, report for text and PDF")
        ->check(CLI::IsMember({"by-format", "report", "scholarly"}));
    app.add_option("--retractions", cfg.retractions,
                   "The Retraction Watch database (its CSV): references it lists by DOI or PubMed ID are "
                   "retracted, corrected or under an expression of concern, and a claim citing a retracted "
                   "work is resting-on-retracted")
        ->type_name("FILE");
    one_value_each(app.add_option("--max-age", shared.max_age,
                   "A source older than this at the as-of date is stale: 3y, 18m, 90d, 1y6m; "
                   "KIND=AGE gives one kind its own limit, or KIND=never (news=1y, dataset=18m, "
                   "article=never); repeatable")
        ->default_str("3y"));  // shown in help and the man page; apply_max_ages leaves the policy's own
    app.add_option("--config", cfg.config_file,
                   "Read settings and suppressions from this TOML file (default: citegraph.toml in the first "
                   "input's folder or the nearest one above it, up to the repository's top)");
    app.add_flag("--no-config", cfg.no_config, "Read no citegraph.toml");
}

// check --only and --hide: the findings to list, by name, in every format.
void add_finding_filter(CLI::App& check, finding_filter& filter) {
    const std::vector<std::string> names(finding_names.begin(), finding_names.end());
    one_value_each(check.add_option("--only", filter.only,
                     "List only findings of this name (repeatable): " + join_names(names) +
                         "; the summary, --fail-on and --write-baseline still see every finding")
        ->check(CLI::IsMember(names)));
    one_value_each(check.add_option("--hide", filter.hide,
                     "Leave out findings of this name (repeatable), e.g. --hide uncited; the summary, "
                     "--fail-on and --write-baseline still see every finding")
        ->check(CLI::IsMember(names)));
}

// The views export and render share; each option may be given more than once.
void add_view(CLI::App& app, graph_view& view, std::string& only) {
    one_value_each(app.add_option("--claim", view.claims, "Keep this claim and its sources (an id such as d1:c17)"));
    one_value_each(app.add_option("--reference", view.references,
                            "Keep this reference and the claims resting on it (25, or d1:r25 with several documents)"));
    app.add_option("--only", only, "Keep only the stale and partly-stale claims with their sources")
        ->check(CLI::IsMember({"stale"}));
    one_value_each(app.add_option("--section", view.sections,
                            "Keep the claims of sections whose title contains this (case ignored), with their sources"));
}

// The picture format --format names, else the one the output's extension names.
render_format picture_format(const std::string& format, const std::string& output) {
    static const std::map<std::string, render_format> formats{
        {"svg", render_format::svg}, {"png", render_format::png}, {"pdf", render_format::pdf}};
    if (!format.empty()) return formats.at(format);
    std::string extension = std::filesystem::path(output).extension().string();
    for (char& ch : extension) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (const auto found = formats.find(extension.empty() ? "" : extension.substr(1)); found != formats.end())
        return found->second;
    throw CLI::ValidationError("--format", "cannot tell the picture format from '" + output +
                                               "'; name it .svg, .png or .pdf, or give --format");
}


// Whether two names reach one existing file: "a.txt" and "./dir/../a.txt", a symbolic
// link to it or a hard link of it (same device and inode); false if either is missing.
bool same_file(const std::string& a, const std::string& b) {
    std::error_code error;
    const bool same = std::filesystem::equivalent(a, b, error);
    return !error && same;
}

// The first bytes of a file; "" if it cannot be read (the importer then says why).
std::string file_head(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(own_output_signature_bytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
}

// Collects the files of directories: known extensions, and ".xml" files whose root element an
// importer takes, each checked on its own so that one unreadable entry is skipped with a note
// rather than failing the whole directory.
class directory_walk {
public:
    directory_walk(input_files& into, const std::string& output) : into_(into), output_(output) {}

    // The files of `directory` (and with `recursive` of its subdirectories), sorted.
    void read(const std::string& directory, bool recursive) {
        namespace fs = std::filesystem;
        const std::size_t first = into_.files.size();
        const auto hidden = [](const fs::path& path) { return path.filename().string().starts_with('.'); };
        std::error_code error;
        if (recursive) {
            // Unreadable subdirectories are noted and passed over; a link to a directory is
            // not followed, so a loop of them cannot trap the walk.
            fs::recursive_directory_iterator it(directory, error), end;
            if (error) throw fs::filesystem_error("cannot read the directory", directory, error);
            for (; it != end; it.increment(error)) {
                if (error) {
                    skip(it->path().string(), error);
                    continue;
                }
                if (hidden(it->path())) {
                    if (it->is_directory(error)) it.disable_recursion_pending();
                    continue;
                }
                if (it->is_directory(error) && !it->is_symlink(error) &&
                    ::access(it->path().c_str(), R_OK | X_OK) != 0) {
                    it.disable_recursion_pending();
                    skip(it->path().string(), std::error_code(errno, std::generic_category()));
                    continue;
                }
                take(*it);
            }
        } else {
            fs::directory_iterator it(directory, error), end;
            if (error) throw fs::filesystem_error("cannot read the directory", directory, error);
            for (; it != end; it.increment(error)) {
                if (error) throw fs::filesystem_error("cannot read the directory", directory, error);
                if (!hidden(it->path())) take(*it);
            }
        }
        std::sort(into_.files.begin() + static_cast<long>(first), into_.files.end());
        // Notes in name order too, whatever order the directory listed its entries in.
        std::sort(skipped_.begin(), skipped_.end(),
                  [](const diagnostic& x, const diagnostic& y) { return x.path < y.path; });
        for (diagnostic& d : skipped_) into_.skipped.warn(std::move(d.path), d.where, std::move(d.message));
        skipped_.clear();
        if (into_.files.size() == first)
            throw input_error(directory, {}, std::string("is a directory that holds no file with a known extension") +
                                                 (recursive ? "" : " (--recursive walks its subdirectories)"));
    }

private:
    void take(const std::filesystem::directory_entry& entry) {
        const std::string path = entry.path().string();
        // ".xml" is any XML: its root element decides, once the file is known to be readable.
        const bool xml = entry.path().extension() == ".xml" || entry.path().extension() == ".XML";
        if (!xml && !importer_for_path(path)) return;
        std::error_code error;
        const bool regular = entry.is_regular_file(error);
        if (error || (!regular && entry.is_symlink())) {
            // A link loop (ELOOP) or a broken link (ENOENT): nothing to read behind the name.
            skip(path, error ? error : std::make_error_code(std::errc::no_such_file_or_directory));
            return;
        }
        if (!regular) return;
        const std::string head = file_head(path);
        if (xml && !importer_for_file(path, head)) return;  // XML no importer takes: not a document
        const bool is_output = output_ != "-" && same_file(path, output_);
        if (written_by_citegraph(head)) {
            if (!is_output) skipped_.push_back({path, {}, "skipped: citegraph wrote this file, it is not read as input"});
            return;
        }
        if (is_output)
            throw usage_error("--output: '" + path + "' is an input (in a directory given as input); refusing to overwrite it");
        into_.files.push_back(path);
    }

    void skip(const std::string& path, const std::error_code& error) {
        skipped_.push_back({path, {}, "skipped: " + error.message()});
    }

    input_files& into_;
    std::vector<diagnostic> skipped_;  // of the directory being read
    const std::string& output_;
};

}  // namespace

// Keeps the first of the names that reach one file (by device and inode: "a.txt a.txt", a
// file named and also found in a directory, a hard link), with a note for the others: one
// document read twice would cite every source twice over. Names that cannot be examined stay,
// for the importer to say why.
void read_each_once(input_files& inputs) {
    std::set<std::pair<dev_t, ino_t>> seen;
    std::vector<std::string> kept;
    kept.reserve(inputs.files.size());
    for (std::string& path : inputs.files) {
        struct stat status {};
        if (path != "-" && ::stat(path.c_str(), &status) == 0 && !seen.insert({status.st_dev, status.st_ino}).second) {
            inputs.skipped.warn(path, {}, "skipped: named more than once; read once");
            continue;
        }
        kept.push_back(std::move(path));
    }
    inputs.files = std::move(kept);
}

input_files expand_inputs(const std::vector<std::string>& inputs, bool recursive, const std::string& output) {
    input_files result;
    directory_walk walk(result, output);
    for (const std::string& input : inputs) {
        std::error_code error;
        if (input == "-" || !std::filesystem::is_directory(input, error)) {
            result.files.push_back(input);
            continue;
        }
        try {
            walk.read(input, recursive);
        } catch (const std::filesystem::filesystem_error& e) {
            throw input_error(input, {}, "cannot read the directory: " + e.code().message());
        }
    }
    read_each_once(result);
    return result;
}

namespace {

// The writer table's row for a command and the --format it was given; nullptr for render,
// which draws a picture instead.
const writer* chosen_writer(command what, const std::string& export_format, const std::string& listing_format,
                            const std::string& check_format) {
    switch (what) {
        case command::check: return find_writer("check", check_format);
        case command::export_graph: return find_writer("export", export_format);
        case command::report: return find_writer("report", "html");
        case command::trace: return find_writer("trace", listing_format);
        case command::impact: return find_writer("impact", listing_format);
        case command::render: return nullptr;
    }
    return nullptr;
}

}  // namespace

parse_result parse_command_line(int argc, const char* const* argv) {
    CLI::App app{"citegraph: link claims to the numbered references they cite and find the "
                 "claims that rest on stale sources."};
    app.name("citegraph");
    app.set_version_flag("--version", "citegraph " CITEGRAPH_VERSION);
    app.footer(exit_codes_help);
    app.require_subcommand(1);

    config cfg;
    shared_options shared;
    std::string fail_on;
    std::string format = "json";  // export --format
    std::string check_format = "text";  // check --format
    std::string picture;  // render --format
    std::string only;     // --only

    CLI::App* check = app.add_subcommand(
        "check", "List every claim whose sources are stale, missing or absent, worst first, "
                 "as file:line:column: verdict: id, then the stale sources and the undated, unverifiable and "
                 "draft references, with a summary");
    check->footer(exit_codes_help);
    add_shared(*check, cfg, shared);
    check->add_option("--fail-on", fail_on,
                      "Exit 1 if any claim is this bad or worse: resting-on-retracted, dangling, "
                      "resting-on-stale, partly-stale, uncited")
        ->check(CLI::IsMember({"resting-on-retracted", "resting-on-stale", "partly-stale", "dangling", "uncited"}));
    check->add_option("--baseline", cfg.baseline,
                      "List only findings this baseline file (--write-baseline) lacks; --fail-on counts only them");
    check->add_option("--write-baseline", cfg.write_baseline,
                      "Write every finding not suppressed to this file, to pass as --baseline later "
                      "(written whole or not at all)");
    check->add_flag("--hashes", cfg.show_hashes,
                    "End each finding line with the hash a suppression in citegraph.toml takes");
    check->add_option("--format,-f", check_format,
                      "Output format: text (one line per finding), json (findings and summaries, for "
                      "scripts) or sarif (SARIF 2.1.0, for code-scanning dashboards)")
        ->check(CLI::IsMember(writer_names("check")))
        ->capture_default_str();
    std::string colour = "auto";
    check->add_option("--color,--colour", colour,
                      "Colour the verdicts and the summary counts of the text listing: auto (only when "
                      "standard output is a terminal and NO_COLOR is unset or empty), always, never")
        ->check(CLI::IsMember(std::vector<std::string>(std::begin(colour_choices), std::end(colour_choices))))
        ->capture_default_str();
    add_finding_filter(*check, cfg.findings);

    CLI::App* exporter = app.add_subcommand(
        "export", "Write the claim/reference graph with its verdicts as JSON, GraphML, DOT or W3C PROV");
    exporter->footer(exit_codes_help_without_findings);
    add_shared(*exporter, cfg, shared);
    exporter->add_option("--format,-f", format,
                         "Output format: json, graphml, dot, or W3C PROV as prov-json or provn (PROV-N)")
        ->check(CLI::IsMember(writer_names("export")))
        ->capture_default_str();
    exporter->add_option("-o,--output", cfg.output,
                         "Output file, written whole or not at all ('-': standard output)")
        ->capture_default_str()
        ->type_name("FILE");

    CLI::App* report = app.add_subcommand(
        "report", "Write one self-contained HTML page: summary, timeline of reference dates, the "
                  "findings with filters, the references and the graph of stale paths");
    report->footer(exit_codes_help_without_findings);
    add_shared(*report, cfg, shared);
    report->add_option("-o,--output", cfg.output,
                       "Output file, written whole or not at all ('-': standard output)")
        ->capture_default_str()
        ->type_name("FILE");

    CLI::App* render = app.add_subcommand(
        "render", "Draw the graph, or the part a view keeps, as SVG, PNG or PDF (Graphviz, in process)");
    render->footer(exit_codes_help_without_findings);
    add_shared(*render, cfg, shared);
    render->add_option("-o,--output", cfg.output,
                       "Picture file, written whole or not at all; its extension names the format")
        ->required()
        ->type_name("FILE");
    render->add_option("--format,-f", picture, "Picture format: svg, png or pdf (default: from -o)")
        ->check(CLI::IsMember({"svg", "png", "pdf"}));
    render->add_option("--layout", cfg.picture.layout,
                       "Graphviz layout engine (default: dot up to " + std::to_string(dot_layout_limit) +
                           " nodes, sfdp past it; more than " + std::to_string(render_node_limit) +
                           " nodes are refused, more than " + std::to_string(layout_node_limit("fdp")) +
                           " with fdp and " + std::to_string(layout_node_limit("circo")) + " with circo)")
        ->check(CLI::IsMember(layout_engines()));
    add_view(*exporter, cfg.view, only);
    add_view(*render, cfg.view, only);

    std::string listing = "text";  // trace, impact --format
    CLI::App* trace = app.add_subcommand(
        "trace", "Show the tree of sources under one claim: the references it cites, the corpus "
                 "documents they name and their references, down to sources outside the corpus");
    trace->footer(exit_codes_help_without_findings);
    trace->add_option("CLAIM", cfg.target,
                      "The claim: its id (d1:c17), the place check prints (FILE:LINE for the first claim "
                      "starting on that line, FILE:LINE:COLUMN to choose among several), or words of its "
                      "text that no other claim holds (case ignored; quote them)")
        ->required();
    add_shared(*trace, cfg, shared);
    CLI::App* impact = app.add_subcommand(
        "impact", "List every claim that rests on a reference or source, directly or through "
                  "documents that cite each other, with the chain down to it");
    impact->footer(exit_codes_help_without_findings);
    impact->add_option("REF|SOURCE", cfg.target,
                       "A reference (d1:r3; 3 with one document) or a source shared across documents (s4)")
        ->required();
    add_shared(*impact, cfg, shared);
    for (CLI::App* listing_command : {trace, impact})
        listing_command->add_option("--format,-f", listing, "Output format: text or json")
            ->check(CLI::IsMember(writer_names("trace")))
            ->capture_default_str();
    std::string help_topic;
    CLI::App* help = add_help_command(app, help_topic);

    parse_result result;
    try {
        if (std::optional<std::string> generated = generated_page(app, argc, argv)) {
            result.message = std::move(*generated);
            return result;
        }
        if (argc > 1 && argv[1][0] != '-') check_command_name(app, argv[1]);
        if (argc > 2 && help == find_command(app, argv[1]) && argv[2][0] != '-') check_command_name(app, argv[2]);
        app.parse(argc, argv);
        if (help->parsed()) {
            result.message = command_help(app, help_topic);
            return result;
        }
        cfg.what = check->parsed()    ? command::check
                   : report->parsed() ? command::report
                   : render->parsed() ? command::render
                   : trace->parsed()  ? command::trace
                   : impact->parsed() ? command::impact
                                      : command::export_graph;
        cfg.view.only_stale = only == "stale";
        cfg.colour = cfg.what == command::check && check_format == "text" && wants_colour(colour);
        cfg.links.merge = !shared.no_merge;
        if (std::any_of(shared.as_of_options.begin(), shared.as_of_options.end(),
                        [](const CLI::Option* option) { return option->count() > 0; }))
            cfg.policy.as_of = parse_as_of(shared.as_of);
        apply_max_ages(shared.max_age, cfg);
        cfg.given.as_of = cfg.policy.as_of.known();
        cfg.given.sources = !shared.sources.empty();
        if (cfg.no_config && !cfg.config_file.empty())
            throw CLI::ValidationError("--no-config", "--config and --no-config cannot be given together");
        cfg.policy.sources = shared.sources == "report"      ? source_policy::report
                             : shared.sources == "scholarly" ? source_policy::scholarly
                                                             : source_policy::by_format;
        static const std::map<std::string, claim_verdict> verdicts{
            {"resting-on-retracted", claim_verdict::resting_on_retracted},
            {"resting-on-stale", claim_verdict::resting_on_stale},
            {"partly-stale", claim_verdict::partly_stale},
            {"dangling", claim_verdict::dangling},
            {"uncited", claim_verdict::uncited}};
        if (!fail_on.empty()) cfg.fail_on = verdicts.at(fail_on);
        cfg.output_writer = chosen_writer(cfg.what, format, listing, check_format);
        if (cfg.output != "-" && !cfg.retractions.empty() && same_file(cfg.retractions, cfg.output))
            throw CLI::ValidationError("--output", "'" + cfg.retractions + "' is the --retractions file; refusing to overwrite it");
        if (cfg.what != command::check && cfg.output != "-")
            for (const auto& input : cfg.inputs)
                if (same_file(input, cfg.output))
                    throw CLI::ValidationError("--output", "'" + input + "' is an input; refusing to overwrite it");
        if (!cfg.write_baseline.empty())
            for (const auto& input : cfg.inputs)
                if (same_file(input, cfg.write_baseline))
                    throw CLI::ValidationError("--write-baseline", "'" + input + "' is an input; refusing to overwrite it");
        if (cfg.what == command::render) cfg.picture.format = picture_format(picture, cfg.output);
        result.run = std::move(cfg);
    } catch (const CLI::CallForHelp&) {
        result.message = command_help(app, app.get_subcommands().empty() ? "" : app.get_subcommands().front()->get_name());
    } catch (const CLI::CallForAllHelp&) {
        result.message = app.help("", CLI::AppFormatMode::All);
    } catch (const CLI::CallForVersion&) {
        result.message = app.version();
    } catch (const CLI::ParseError& e) {
        // Option values are the user's text: a control character in one is shown escaped.
        result.message = printable(e.what()) + "\nRun with --help for more information.";
        result.exit = exit_usage;
    } catch (const std::invalid_argument& e) {
        result.message = printable(e.what());
        result.exit = exit_usage;
    }
    return result;
}

}  // namespace citegraph::cli
