// import_pdf for the command: the PDF reader is loaded, with poppler, on the first PDF the
// command reads, from citegraph-pdf.so beside it (importers/pdf/CMakeLists.txt says why).
// Programs that link the library get the reader itself (importers/pdf/import_pdf.cpp);
// the command, defining import_pdf here, never takes that one from the archive.
#include <dlfcn.h>

#include <cstring>
#include <filesystem>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include "citegraph/version.hpp"
#include "importers/pdf/import_pdf.hpp"
#include "importers/pdf/pdf_module.hpp"

namespace citegraph {
namespace {

namespace fs = std::filesystem;

// The reader, or why there is none: the error names every place looked in.
struct loaded_reader {
    const pdf_module* module = nullptr;
    std::string error;
};

// Where the module may be, in order: beside the command, as a build tree has it, then where
// `cmake --install` puts it, CITEGRAPH_PDF_MODULE_FROM_COMMAND from the command's folder.
std::vector<fs::path> module_places() {
    std::error_code failed;
    const fs::path command = fs::read_symlink("/proc/self/exe", failed);
    if (failed) return {};
    const fs::path folder = command.parent_path();
    return {folder / CITEGRAPH_PDF_MODULE_NAME,
            (folder / CITEGRAPH_PDF_MODULE_FROM_COMMAND / CITEGRAPH_PDF_MODULE_NAME).lexically_normal()};
}

loaded_reader load_reader() {
    std::string tried;
    for (const fs::path& place : module_places()) {
        if (!tried.empty()) tried += "; ";
        std::error_code failed;
        if (!fs::exists(place, failed)) {
            tried += place.string() + ": not there";
            continue;
        }
        // Never closed: poppler keeps state of its own until the process ends.
        void* handle = dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            tried += dlerror();
            continue;
        }
        using entry_point = const pdf_module* (*)();
        const auto entry = reinterpret_cast<entry_point>(dlsym(handle, pdf_module_entry));
        if (entry == nullptr) {
            tried += place.string() + ": no " + pdf_module_entry;
            continue;
        }
        const pdf_module* module = entry();
        if (std::strcmp(module->version, CITEGRAPH_VERSION) != 0) {
            tried += place.string() + ": version " + module->version + ", not " + CITEGRAPH_VERSION;
            continue;
        }
        return {module, {}};
    }
    if (tried.empty()) tried = "the command's own path is unknown (/proc/self/exe)";
    return {nullptr, "the PDF reader citegraph-pdf.so could not be loaded (" + tried + ")"};
}

}  // namespace

document import_pdf(std::string_view bytes, const import_options& options, diagnostics& warnings) {
    // Files are read on several threads; the first PDF loads the reader for all.
    static std::once_flag loading;
    static loaded_reader reader;
    std::call_once(loading, [] { reader = load_reader(); });
    if (reader.module == nullptr) throw input_error(options.path, {}, reader.error);
    return reader.module->read(bytes, options, warnings);
}

}  // namespace citegraph
