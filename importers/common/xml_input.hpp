// An XML input parsed with pugixml, with line:column for its nodes and a depth limit,
// shared by the JATS and TEI importers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "line_map.hpp"

namespace citegraph {

// How deep elements may nest. Real articles stay under 40 levels; the importers walk the
// tree recursively, so a pathological input is refused instead of overflowing the stack.
constexpr std::size_t deepest_xml_nesting = 1000;

// Whether text nodes holding only whitespace are kept: mixed content such as
// "<italic>a</italic> <italic>b</italic>" needs the space between its elements.
enum class xml_whitespace { dropped, kept };

class xml_input {
public:
    // Checks bytes as every importer does (check_input: UTF-8 only, a BOM allowed, no NUL,
    // UTF-16 refused with a hint), then parses them. A DOCTYPE is skipped unread, entities other than
    // the five predefined and numeric ones stay as text, and nothing is ever fetched: no
    // external entity or DTD is resolved. Throws input_error naming path:line:col of the
    // first malformed byte, or of an element nested deeper than deepest_xml_nesting.
    xml_input(std::string_view bytes, std::string path,
              xml_whitespace whitespace = xml_whitespace::dropped);

    xml_input(const xml_input&) = delete;
    xml_input& operator=(const xml_input&) = delete;

    // The root element; never empty once constructed.
    pugi::xml_node root() const { return document_.document_element(); }

    // Where a node starts in the input; {} if pugixml cannot say.
    location where(pugi::xml_node node) const;

    const std::string& path() const { return path_; }

    // Warns, at its place, when the DOCTYPE's internal subset declares entities: they are
    // never expanded ("&lol9;" stays text), which a reader should know. Nothing otherwise.
    void warn_of_entities(diagnostics& warnings) const;

private:
    std::string path_;
    std::size_t base_ = 0;  // bytes skipped before parsing (a BOM)
    std::size_t entity_declaration_ = std::string_view::npos;  // offset of the first "<!ENTITY"
    line_map lines_;
    pugi::xml_document document_;
};

// The name of the root element of an XML input ("article", "TEI"), after any BOM,
// declaration, comments, processing instructions and DOCTYPE; "" if bytes do not start
// like XML. Reads only the start of the input.
std::string_view xml_root_name(std::string_view bytes);

}  // namespace citegraph
