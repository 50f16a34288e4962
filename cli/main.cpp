// citegraph: one exit point. main calls run; every error reaches one place that prints it.
#include <cerrno>
#include <csignal>
#include <iostream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "citegraph/exports.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/import.hpp"
#include "citegraph/render.hpp"
#include "citegraph/stale_analysis.hpp"
#include "citegraph/triage.hpp"
#include "config_file.hpp"
#include "exports/fd_buffer.hpp"
#include "kept_until_exit.hpp"
#include "heap_setup.hpp"
#include "options.hpp"
#include "progress.hpp"
#include "retraction_input.hpp"

namespace citegraph::cli {

namespace {

// Warnings on standard error, unless --quiet, written at once: standard error is
// unbuffered, and a line at a time took two writes each (14,767 system calls for the
// near misses of 500 generated reports).
void warn(const config& cfg, const std::vector<diagnostic>& warnings) {
    if (cfg.quiet || warnings.empty()) return;
    std::string lines;
    for (const diagnostic& w : warnings) lines.append(format_warning(w)).push_back('\n');
    std::cerr.write(lines.data(), static_cast<std::streamsize>(lines.size()));
}

corpus load(const config& cfg, progress_line& progress, const input_files& inputs) {
    std::vector<document> documents;
    warn(cfg, inputs.skipped.items());
    // Read on every core; warnings and the first error come out in input order.
    std::vector<import_result> results =
        import_files(inputs.files, cfg.from, 0, [&](std::size_t read) { progress.documents_read(read); });
    progress.phase("linking sources");
    for (import_result& result : results) {
        if (!result.warnings.empty()) progress.finish();
        warn(cfg, result.warnings.items());
        if (result.error) {
            progress.finish();
            std::rethrow_exception(result.error);
        }
        documents.push_back(std::move(*result.doc));
    }
    // Linking and assessing free much of what they make, and the memory of every command
    // peaks as the assessment ends: mimalloc's delay before it hands freed pages back kept
    // 1.6-4.8 MB more resident on 500 reports and 8 MB on 2000. The exports' time did not
    // change; check's grew 1-5% (bench/README.md). Reading keeps the delay: refaulting pages
    // there cost time.
    hand_back_freed_pages_at_once();
    return build_corpus(std::move(documents), cfg.links);
}

// Standard output, written through a buffer that keeps the reason a write failed, for as
// long as the object lives; on destruction what is left is flushed and std::cout gets its
// own buffer back before anything static is destroyed.
class standard_output {
public:
    standard_output() : previous_(std::cout.rdbuf(&buffer_)) {}
    standard_output(const standard_output&) = delete;
    standard_output& operator=(const standard_output&) = delete;
    ~standard_output() {
        std::cout.flush();
        std::cout.rdbuf(previous_);
    }

private:
    fd_buffer buffer_{1};
    std::streambuf* previous_;
};

// A listing on standard output that did not all arrive (a full disk, `> /dev/full`) is an
// error like an unwritable -o file, not a silent success.
void flush_standard_output() {
    std::cout.flush();
    if (!std::cout) throw std::runtime_error(standard_output_failure());
}

// The command's writer, to the -o file (written whole or not at all) or standard output.
void write_with(const config& cfg, const corpus& c, const corpus_assessment& a,
                const triaged_findings* findings = nullptr) {
    diagnostics notes;
    writer_input in{c, a, cfg.what == command::export_graph ? select_vertices(c, a, cfg.view) : vertex_filter{},
                    cfg.target, &notes, cfg.colour};
    in.findings = findings;
    in.show_hashes = cfg.show_hashes;
    in.shown = cfg.findings;
    if (cfg.what == command::export_graph || cfg.what == command::report) {
        write_output(cfg.output, [&](std::ostream& out) { cfg.output_writer->write(out, in); });
    } else {
        cfg.output_writer->write(std::cout, in);
        flush_standard_output();
    }
    if (!cfg.quiet)
        for (const diagnostic& note : notes.items()) std::cerr << "citegraph: warning: " << printable(note.message) << '\n';
}

void render_picture(const config& cfg, const corpus& c, const corpus_assessment& a) {
    const std::string picture = render_graph(c, a, select_vertices(c, a, cfg.view), cfg.picture);
    write_output(cfg.output, [&](std::ostream& out) {
        out.write(picture.data(), static_cast<std::streamsize>(picture.size()));
    });
}

// check: the findings triaged by suppressions and baseline, listed, the baseline written if
// asked; exit 1 if --fail-on finds a listed claim bad enough.
int run_check(const config& cfg, const corpus& c, const corpus_assessment& a) {
    // Freed pages are still handed back at once (see load): check's memory peaks again here,
    // as its findings are triaged and listed, and the delay kept 3-13 MB more resident at
    // 500 to 2000 reports, where handing them back at once cost this phase no time measured.
    warn(cfg, near_miss_warnings(c));
    const triaged_findings findings = triage(c, a, cfg.acknowledged);
    warn(cfg, findings.warnings);
    write_with(cfg, c, a, &findings);
    if (!cfg.write_baseline.empty())
        write_output(cfg.write_baseline, [&](std::ostream& out) { write_baseline(out, c, findings); });
    if (cfg.fail_on && worst_listed_severity(a, findings) >= severity(*cfg.fail_on)) return exit_findings;
    return exit_ok;
}

int run(int argc, char** argv) {
    const standard_output redirected;
    parse_result parsed = parse_command_line(argc, argv);
    if (!parsed.run) {
        (parsed.exit == exit_ok ? std::cout : std::cerr)
            << (parsed.exit == exit_ok ? "" : "citegraph: ") << parsed.message << '\n';
        return parsed.exit;
    }
    config& cfg = *parsed.run;
    try {
        load_settings(cfg);
        const input_files inputs = expand_inputs(cfg.inputs, cfg.recursive, cfg.output);
        progress_line progress(!cfg.quiet && standard_error_is_terminal(), inputs.files.size());
        const corpus& c = kept_until_exit([&] { return load(cfg, progress, inputs); });
        diagnostics notice_warnings;
        const retraction_list notices = read_retractions(cfg.retractions, c, notice_warnings);
        warn(cfg, notice_warnings.items());
        progress.phase("assessing");
        const corpus_assessment& a = kept_until_exit([&] { return assess(c, cfg.policy, notices); });
        // Writing an export or a picture with freed pages handed back at once cost it 5-15%;
        // check's listing, where its memory peaks again, showed no cost from it.
        if (cfg.what != command::check) hand_back_freed_pages_after_a_delay();
        // A listing on standard output would mix with the line; a file being written shows it.
        if (cfg.output != "-" && cfg.what != command::check) progress.phase("writing " + cfg.output);
        else progress.finish();
        if (cfg.what == command::render) {
            render_picture(cfg, c, a);
            return exit_ok;
        }
        if (cfg.what != command::check) {
            write_with(cfg, c, a);
            progress.finish();
            return exit_ok;
        }
        return run_check(cfg, c, a);
    } catch (const graph_too_large& e) {
        std::cerr << "citegraph: " << printable(e.what())
                  << "; narrow it with --only stale, --section NAME, --claim ID or --reference N\n";
        return exit_usage;
    } catch (const usage_error& e) {
        std::cerr << "citegraph: " << printable(e.what()) << '\n';
        return exit_usage;
    } catch (const view_error& e) {
        std::cerr << "citegraph: " << printable(e.what()) << '\n';
        return exit_usage;
    } catch (const input_error& e) {
        std::cerr << e.what() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "citegraph: " << printable(e.what()) << '\n';
    }
    return exit_input;
}

}  // namespace

}  // namespace citegraph::cli

int main(int argc, char** argv) {
    // A closed pipe (citegraph check ... | head) ends the program quietly, not with a crash report.
    std::signal(SIGPIPE, SIG_DFL);
    citegraph::cli::set_up_heap();
    return citegraph::cli::run(argc, argv);
}
