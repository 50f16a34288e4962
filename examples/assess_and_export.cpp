// citegraph as a library: reads one document, judges its sources under the default policy
// (3 years at the document's own date) and writes the JSON export to standard output, as
// `citegraph export FILE` does.
//   assess_and_export report.txt > report.json
#include <citegraph/exports.hpp>
#include <citegraph/import.hpp>
#include <citegraph/stale_analysis.hpp>

#include <exception>
#include <iostream>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: assess_and_export FILE\n";
        return 2;
    }
    try {
        citegraph::diagnostics warnings;
        std::vector<citegraph::document> documents;
        documents.push_back(citegraph::import_file(argv[1], "", warnings));
        for (const citegraph::diagnostic& w : warnings.items()) std::cerr << citegraph::format_warning(w) << '\n';

        const citegraph::corpus corpus = citegraph::build_corpus(std::move(documents));
        const citegraph::corpus_assessment assessment = citegraph::assess(corpus, {});
        citegraph::write_json(std::cout, corpus, assessment);
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 3;
    }
}
