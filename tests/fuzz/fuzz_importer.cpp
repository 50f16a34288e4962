// libFuzzer target: one importer (CITEGRAPH_FUZZ_FORMAT, its --from name) on arbitrary
// bytes, then the graph and the analysis of what it read; with CITEGRAPH_FUZZ_EXPORTS also
// JSON, GraphML, DOT and the HTML report, so the writers meet every odd document an importer
// can produce. The writers take four fifths of the time of a run, so only one target
// (fuzz_exports, over the plain-text importer) pays for them.
// A refusal (input_error) is the expected answer to bad input; any other exception, crash,
// sanitizer report, hang or runaway allocation is a finding.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>
#include <vector>

#include "citegraph/import.hpp"
#include "citegraph/exports.hpp"
#include "citegraph/report.hpp"
#include "citegraph/stale_analysis.hpp"

namespace {

const citegraph::importer& fuzzed_importer() {
    static const citegraph::importer* const chosen = citegraph::find_importer(CITEGRAPH_FUZZ_FORMAT);
    if (chosen == nullptr) __builtin_trap();  // the build names an importer the table lacks
    return *chosen;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace citegraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    diagnostics warnings;
    std::vector<document> documents;
    try {
        documents.push_back(fuzzed_importer().read(bytes, import_options{"fuzz-input"}, warnings));
    } catch (const input_error&) {
        return 0;
    }
    const corpus c = build_corpus(std::move(documents));
    const corpus_assessment a = assess(c, stale_policy{});
    if (!CITEGRAPH_FUZZ_EXPORTS) return 0;
    std::ostringstream out;
    write_json(out, c, a);
    write_graphml(out, c, a);
    write_dot(out, c, a);
    write_html_report(out, c, a, "");
    return 0;
}
