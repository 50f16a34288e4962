// Imports a two-line report through the installed library and prints its one verdict.
#include <citegraph/import.hpp>
#include <citegraph/stale_analysis.hpp>
#include <citegraph/version.hpp>
#include <iostream>

static_assert(CITEGRAPH_VERSION_MAJOR >= 0 && sizeof(CITEGRAPH_VERSION) > 1, "the version header is installed");

int main() {
    const citegraph::importer* text = citegraph::find_importer("text");
    if (text == nullptr) return 1;
    citegraph::diagnostics warnings;
    citegraph::document d = text->read("Children work in mines. (1) They beg. (2)\n\nREFERENCES\n- A report. 2010.\n- A survey. 2020.\n",
                                       {"consumer.txt"}, warnings);
    const citegraph::corpus c = citegraph::build_corpus({d});
    const citegraph::corpus_assessment a = citegraph::assess(c, {});
    std::cout << citegraph::to_string(a.documents[0].claims[0].verdict) << '\n';
}
