// HTML built as a pugixml DOM, so every text and attribute value is escaped by construction,
// and serialised so that an HTML parser reads back the same tree.
#pragma once

#include <initializer_list>
#include <iosfwd>
#include <string_view>
#include <utility>

#include <pugixml.hpp>

namespace citegraph::exports_detail::html {

using attributes = std::initializer_list<std::pair<const char*, std::string_view>>;

// Appends an element with the given attributes; values are cleaned to valid UTF-8.
pugi::xml_node element(pugi::xml_node parent, const char* name, attributes attrs = {});

// Appends an element holding text (cleaned to valid UTF-8; "" gives an empty element).
pugi::xml_node element(pugi::xml_node parent, const char* name, std::string_view text, attributes attrs);

// Appends text cleaned to valid UTF-8; nothing for "".
void text(pugi::xml_node parent, std::string_view text);

// Sets an attribute, replacing one of the same name; the value is cleaned to valid UTF-8.
void set(pugi::xml_node node, const char* name, std::string_view value);

// Appends a <script> or <style> element whose content the HTML parser reads as raw text:
// the content must hold no '<', '>' or '&' (the serialiser would escape them and the parser
// would not unescape them); throws std::invalid_argument if it does.
pugi::xml_node raw_text_element(pugi::xml_node parent, const char* name, std::string_view content);

// Copies an SVG document's root <svg> element under parent, without <script> or
// <foreignObject> elements and without event-handler ("on…") attributes. Throws
// std::invalid_argument if svg is not well-formed XML with an <svg> root.
pugi::xml_node append_svg(pugi::xml_node parent, std::string_view svg);

// Writes "<!DOCTYPE html>" and the tree. A childless element outside SVG is written with a
// closing tag ("<div></div>"), except the void elements (meta, input, br, ...), since an
// HTML parser reads "<div/>" as an unclosed <div>.
void save(std::ostream& out, pugi::xml_document& page);

}  // namespace citegraph::exports_detail::html
