// HTML built as a pugixml DOM, so every text and attribute value is escaped by construction,
// and serialised so that an HTML parser reads back the same tree.
#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <string_view>
#include <utility>
#include <vector>

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

// A page whose long lists are made while it is written: each list holds its place in the
// page, and save writes the page around it, making the list's items one at a time in a small
// document of their own, writing each and dropping it. A report of 500 documents is a
// quarter of a gigabyte of HTML; as one tree it took four times that in memory.
class streamed_page {
public:
    // Appends one item of a list under `parent` (an empty document).
    using item_maker = std::function<void(pugi::xml_node parent, std::size_t index)>;

    pugi::xml_document& document() { return page_; }

    // Holds a place under parent, after what it holds now, for the elements make(parent, i)
    // appends for each i in [0, count), made only when save writes them.
    void defer(pugi::xml_node parent, std::size_t count, item_maker make);

    // Writes what save(out, document()) would write had every deferred list been made in place.
    void save(std::ostream& out);

private:
    struct deferred {
        std::size_t count;
        item_maker make;
    };
    pugi::xml_document page_;
    std::vector<deferred> lists_;
};

}  // namespace citegraph::exports_detail::html
