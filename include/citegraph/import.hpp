// Reading input files into the document model.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"

namespace citegraph {

struct import_options {
    std::string path;  // named in the document and in every message
};

// Every importer has this shape: bytes in, one document out; throws input_error.
using import_function = document (*)(std::string_view bytes, const import_options&, diagnostics&);

struct importer {
    std::string_view name;                         // what --from takes
    std::span<const std::string_view> extensions;  // with the dot: ".txt"
    std::string_view xml_root;                     // the root element it takes in a ".xml" file or on stdin; "" for none
    import_function read;
};

// The table of importers, in the order --help lists them.
std::span<const importer> importers();

// The importer called name; nullptr if there is none.
const importer* find_importer(std::string_view name);

// The importer for a path's extension (case-insensitive); nullptr if none claims it.
const importer* importer_for_path(std::string_view path);

// The importer for an XML root element name ("article" -> jats); nullptr if none takes it.
const importer* importer_for_xml_root(std::string_view root);

// The importer for a file found in a directory: by its extension, and for ".xml" by the root
// element its first bytes (`head`) name ("TEI" in a GROBID "*.tei.xml"); nullptr if none
// takes it.
const importer* importer_for_file(std::string_view path, std::string_view head);

// Reads a file and imports it with the named importer when format is not "". Otherwise
// the extension decides, and for ".xml" (or standard input) the root element does.
// Throws input_error for an unreadable file, an unknown or undecidable format (naming
// --from) or malformed content. Warns when the document has references but no claim
// cites any of them. In every format, a note that only repeats a source named before
// ("Ibid.", "Id. at 5", "supra note 3") takes that source's title, links, dates and kind.
document import_file(const std::string& path, std::string_view format, diagnostics& warnings);

// One file's import: its document, or the error that stopped it, and its warnings.
struct import_result {
    std::optional<document> doc;   // nullopt when error is set
    diagnostics warnings;
    std::exception_ptr error;      // the input_error (or other exception) import_file threw
};

// Imports the files as import_file does, on up to `workers` threads at once (0: one per
// core), results in the order of paths: replaying them in order gives the warnings and
// the first error a one-by-one read would. progress, if set, is called after each file
// with the number read so far, from the thread that read it.
std::vector<import_result> import_files(const std::vector<std::string>& paths, std::string_view format,
                                        unsigned workers = 0,
                                        const std::function<void(std::size_t)>& progress = {});

}  // namespace citegraph
