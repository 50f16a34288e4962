// The entry point of citegraph-pdf.so: the reader compiled into the module with it.
#include "pdf_module.hpp"

#include "citegraph/version.hpp"
#include "import_pdf.hpp"

extern "C" __attribute__((visibility("default"))) const citegraph::pdf_module* citegraph_pdf_module() {
    static const citegraph::pdf_module module{CITEGRAPH_VERSION, citegraph::import_pdf};
    return &module;
}
