// citegraph: one exit point. main calls run; every error reaches one place that prints it.
#include <cerrno>
#include <csignal>
#include <iostream>
#include <stdexcept>
#include <system_error>

#include "chains.hpp"
#include "check.hpp"
#include "citegraph/import.hpp"
#include "exports/exports.hpp"
#include "exports/fd_buffer.hpp"
#include "exports/render.hpp"
#include "exports/report.hpp"
#include "graph/stale_analysis.hpp"
#include "options.hpp"

namespace citegraph::cli {

namespace {

corpus load(const config& cfg) {
    std::vector<document> documents;
    const input_files inputs = expand_inputs(cfg.inputs, cfg.recursive, cfg.output);
    for (const auto& w : inputs.skipped.items()) std::cerr << format_warning(w) << '\n';
    for (const auto& path : inputs.files) {
        diagnostics warnings;
        documents.push_back(import_file(path, cfg.from, warnings));
        for (const auto& w : warnings.items()) std::cerr << format_warning(w) << '\n';
    }
    return build_corpus(std::move(documents), cfg.links);
}

// Works that two documents cite under one title but in different years: not merged, and
// worth a look (a newer edition, or a wrong year).
void warn_near_misses(const corpus& c) {
    for (const near_miss& miss : c.links.near_misses) {
        const reference& first = c.documents[miss.first.document].references[miss.first.reference];
        const document& other = c.documents[miss.second.document];
        const reference& second = other.references[miss.second.reference];
        std::string message = "near miss: reference " + std::to_string(first.number) + " and " +
                              c.graph[c.reference_vertex(miss.second.document, miss.second.reference)].id +
                              " (" + other.path + ":" + std::to_string(second.where.line) + "): " + miss.reason +
                              "; not merged";
        std::cerr << format_warning({c.documents[miss.first.document].path, first.where, std::move(message)}) << '\n';
    }
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

void export_graph(const config& cfg, const corpus& c, const corpus_assessment& a) {
    const vertex_filter keep = select_vertices(c, a, cfg.view);
    write_output(cfg.output, [&](std::ostream& out) {
        switch (cfg.format) {
            case export_format::json: write_json(out, c, a, keep); break;
            case export_format::graphml: write_graphml(out, c, a, keep); break;
            case export_format::dot: write_dot(out, c, a, keep); break;
            case export_format::prov_json: write_prov_json(out, c, a, keep); break;
            case export_format::provn: write_provn(out, c, a, keep); break;
        }
    });
}

void render_picture(const config& cfg, const corpus& c, const corpus_assessment& a) {
    const std::string picture = render_graph(c, a, select_vertices(c, a, cfg.view), cfg.picture);
    write_output(cfg.output, [&](std::ostream& out) {
        out.write(picture.data(), static_cast<std::streamsize>(picture.size()));
    });
}

// The report with the picture of its stale paths; a graph too large to draw is left out.
void write_report(const config& cfg, const corpus& c, const corpus_assessment& a) {
    graph_view stale;
    stale.only_stale = true;
    const vertex_filter keep = select_vertices(c, a, stale);
    std::string svg;
    try {
        if (kept_count(c, keep) > 0) svg = render_graph(c, a, keep, {});
    } catch (const graph_too_large& e) {
        std::cerr << "citegraph: warning: " << printable(e.what()) << "; the report leaves the graph out\n";
    }
    write_output(cfg.output, [&](std::ostream& out) { write_html_report(out, c, a, svg); });
}

int run(int argc, char** argv) {
    const standard_output redirected;
    parse_result parsed = parse_command_line(argc, argv);
    if (!parsed.run) {
        (parsed.exit == exit_ok ? std::cout : std::cerr)
            << (parsed.exit == exit_ok ? "" : "citegraph: ") << parsed.message << '\n';
        return parsed.exit;
    }
    const config& cfg = *parsed.run;
    try {
        const corpus c = load(cfg);
        const corpus_assessment a = assess(c, cfg.policy);
        if (cfg.what == command::export_graph) {
            export_graph(cfg, c, a);
            return exit_ok;
        }
        if (cfg.what == command::render) {
            render_picture(cfg, c, a);
            return exit_ok;
        }
        if (cfg.what == command::report) {
            write_report(cfg, c, a);
            return exit_ok;
        }
        if (cfg.what == command::trace || cfg.what == command::impact) {
            (cfg.what == command::trace ? write_trace : write_impact)(std::cout, c, a, cfg.target, cfg.listing);
            flush_standard_output();
            return exit_ok;
        }
        warn_near_misses(c);
        const check_counts counts = write_check_report(std::cout, c, a);
        flush_standard_output();
        if (cfg.fail_on && counts.worst_severity >= severity(*cfg.fail_on)) return exit_findings;
        return exit_ok;
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
    return citegraph::cli::run(argc, argv);
}
