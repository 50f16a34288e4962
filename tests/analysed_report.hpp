// A corpus with its assessment under the default policy, and the bundled Mali report so.
#pragma once

#include <string>
#include <vector>

#include "citegraph/import.hpp"
#include "citegraph/provenance.hpp"
#include "citegraph/stale_analysis.hpp"
#include "test_paths.hpp"

namespace citegraph::testing {

struct analysed_report {
    corpus c;
    corpus_assessment a;
};

inline analysed_report analyse(std::vector<document> documents) {
    corpus c = build_corpus(std::move(documents));
    corpus_assessment a = assess(c, {});
    return {std::move(c), std::move(a)};
}

inline document mali_document() {
    diagnostics warnings;
    return import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings);
}

// tests/data/usdol-mali-2021.txt, imported and assessed once per test program.
inline const analysed_report& mali() {
    static const analysed_report report = analyse({mali_document()});
    return report;
}

// Seventeen copies of the Mali report under paths of their own, linked, made once per test
// program: more documents than the writers that work on every core take in one batch (16),
// and relations and findings in many runs.
inline const analysed_report& mali_copies() {
    static const analysed_report copies = [] {
        std::vector<document> documents;
        for (int i = 0; i < 17; ++i) {
            documents.push_back(mali().c.documents[0]);
            documents.back().path = "mali-" + std::to_string(i) + ".txt";
        }
        analysed_report report = analyse(std::move(documents));
        report.c.links = link_sources(report.c.documents);
        return report;
    }();
    return copies;
}

}  // namespace citegraph::testing
