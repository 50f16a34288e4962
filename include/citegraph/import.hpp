// Reading input files into the document model.
#pragma once

#include <span>
#include <string>
#include <string_view>

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
// cites any of them.
document import_file(const std::string& path, std::string_view format, diagnostics& warnings);

}  // namespace citegraph
