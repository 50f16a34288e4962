// What citegraph-pdf.so, the PDF reader built as a module, gives the command that loads it
// (importers/pdf/CMakeLists.txt says why it is a module).
#pragma once

#include <string_view>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

struct pdf_module {
    // The version it was built as (citegraph/version.hpp): the model it fills is that
    // version's, so a command of another version must not use it.
    const char* version;
    document (*read)(std::string_view bytes, const import_options& options, diagnostics& warnings);
};

// The module's one visible symbol, looked up by this name.
inline constexpr const char* pdf_module_entry = "citegraph_pdf_module";

}  // namespace citegraph

extern "C" {
// The module's reader; never null.
const citegraph::pdf_module* citegraph_pdf_module();
}
