// A corpus with its assessment under the default policy, and the bundled Mali report so.
#pragma once

#include <string>
#include <vector>

#include "citegraph/import.hpp"
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

}  // namespace citegraph::testing
