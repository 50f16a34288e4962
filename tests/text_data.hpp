// A file of the test data as the text reader reads it, for the tests of PDF conversions.
#pragma once

#include <string>

#include "citegraph/diagnostics.hpp"
#include "document_queries.hpp"
#include "importers/text/import_text.hpp"
#include "test_paths.hpp"

namespace citegraph::testing {

// The file at `relative` (say "ieee/iqbal-2010-reference-pages-excerpt.txt") under the
// test data, imported by the text reader; its warnings are dropped.
inline document read_text_data(const std::string& relative) {
    const std::string path = std::string(CITEGRAPH_TEST_DATA) + "/" + relative;
    diagnostics warnings;
    return import_text(read_file(path), import_options{path}, warnings);
}

}  // namespace citegraph::testing
