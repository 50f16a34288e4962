// The one table of importers: a new format is one more row.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "citegraph/import.hpp"
#include "common/cite_lists.hpp"
#include "common/repeated_notes.hpp"
#include "common/xml_input.hpp"
#include "jats/import_jats.hpp"
#include "markdown/import_markdown.hpp"
#include "pdf/import_pdf.hpp"
#include "html/import_html.hpp"
#include "tei/import_tei.hpp"
#include "text/import_text.hpp"
#include "text/counted.hpp"
#include "text/text_chars.hpp"

namespace citegraph {

namespace {

constexpr std::array<std::string_view, 2> text_extensions{".txt", ".text"};
constexpr std::array<std::string_view, 2> jats_extensions{".nxml", ".jats"};
constexpr std::array<std::string_view, 1> tei_extensions{".tei"};
constexpr std::array<std::string_view, 2> markdown_extensions{".md", ".markdown"};
constexpr std::array<std::string_view, 2> html_extensions{".html", ".htm"};
constexpr std::array<std::string_view, 1> pdf_extensions{".pdf"};

const std::array<importer, 6> importer_table{{
    {"text", text_extensions, "", import_text},
    {"jats", jats_extensions, "article", import_jats},
    {"tei", tei_extensions, "TEI", import_tei},
    {"markdown", markdown_extensions, "", import_markdown},
    {"html", html_extensions, "html", import_html},
    {"pdf", pdf_extensions, "", import_pdf},
}};

// Everything left in a stream. size_hint (the file's size, if known) sizes the string
// once; a stringstream would grow its buffer step by step and then copy it out. Pipes
// and files whose size is not known in advance still read whole.
std::string read_all(std::istream& in, std::streamoff size_hint) {
    std::string bytes;
    if (size_hint > 0) bytes.reserve(static_cast<std::size_t>(size_hint));
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// "-" is standard input.
std::string read_whole_file(const std::string& path) {
    if (path == "-") {
        std::string bytes = read_all(std::cin, 0);
        if (std::cin.bad()) throw input_error(path, {}, "cannot read standard input");
        return bytes;
    }
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw input_error(path, {}, "is a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw input_error(path, {}, "cannot open file");
    const auto size = std::filesystem::file_size(path, error);
    std::string bytes = read_all(in, error ? 0 : static_cast<std::streamoff>(size));
    if (in.bad()) throw input_error(path, {}, "cannot read file");
    return bytes;
}

// "text, jats, tei, ...": the names --from takes, for messages.
std::string importer_names() {
    std::string names;
    for (const auto& entry : importer_table) {
        if (!names.empty()) names += ", ";
        names += entry.name;
    }
    return names;
}

}  // namespace

std::span<const importer> importers() { return importer_table; }

const importer* find_importer(std::string_view name) {
    for (const auto& entry : importer_table)
        if (entry.name == name) return &entry;
    return nullptr;
}

const importer* importer_for_path(std::string_view path) {
    const std::string extension = ascii_lowered(std::filesystem::path(path).extension().string());
    for (const auto& entry : importer_table)
        for (auto known : entry.extensions)
            if (known == extension) return &entry;
    return nullptr;
}

const importer* importer_for_xml_root(std::string_view root) {
    if (root.empty()) return nullptr;
    for (const auto& entry : importer_table)
        if (entry.xml_root == root) return &entry;
    return nullptr;
}

const importer* importer_for_file(std::string_view path, std::string_view head) {
    if (const importer* by_extension = importer_for_path(path)) return by_extension;
    if (ascii_lowered(std::filesystem::path(path).extension().string()) != ".xml") return nullptr;
    return importer_for_xml_root(xml_root_name(head));
}

document import_file(const std::string& path, std::string_view format, diagnostics& warnings) {
    const importer* chosen = format.empty() ? importer_for_path(path) : find_importer(format);
    if (chosen == nullptr && !format.empty())
        throw input_error(path, {}, "unknown format '" + std::string(format) + "'");
    const std::string bytes = read_whole_file(path);
    if (chosen == nullptr) {
        // A ".xml" file or standard input: the root element says what the document is.
        const std::string extension = ascii_lowered(std::filesystem::path(path).extension().string());
        if (extension == ".xml" || path == "-") {
            const std::string_view root = xml_root_name(bytes);
            chosen = importer_for_xml_root(root);
            if (chosen == nullptr && !root.empty())
                throw input_error(path, {}, "no importer takes XML whose root element is <" +
                                                std::string(root) + ">; name the format with --from (" +
                                                importer_names() + ")");
        }
    }
    if (chosen == nullptr)
        throw input_error(path, {}, "cannot tell the format of this input; name it with --from (" +
                                        importer_names() + ")");
    document doc = chosen->read(bytes, import_options{path}, warnings);
    check_citation_cap(path, doc.claims, bytes.size());
    resolve_repeated_notes(doc.references);
    // Every format alike: a list nothing cites usually means callouts the importer did not
    // recognise, so say so rather than report every claim uncited without a word.
    const bool cites_something =
        std::any_of(doc.claims.begin(), doc.claims.end(), [](const claim& c) { return !c.cites.empty(); });
    if (!doc.references.empty() && !cites_something)
        warnings.warn(path, {}, text::counted(doc.references.size(), "reference but no claim cites it",
                                                "references but no claim cites any of them"));
    // The documents of a corpus are all held until the end, so the room their vectors grew
    // into and never used stays too (3% of check's heap at its peak).
    doc.claims.shrink_to_fit();
    doc.references.shrink_to_fit();
    doc.sections.shrink_to_fit();
    return doc;
}

}  // namespace citegraph
