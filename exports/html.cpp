#include "html.hpp"

#include <array>
#include <cstring>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "ordered_parallel_text.hpp"
#include "pugi_string_writer.hpp"
#include "text.hpp"

namespace citegraph::exports_detail::html {

namespace {

// Elements that never have content or a closing tag in HTML.
bool is_void(const char* name) {
    static constexpr std::array<const char*, 13> names{"area", "base", "br",    "col",   "embed",
                                                       "hr",   "img",  "input", "link",  "meta",
                                                       "source", "track", "wbr"};
    for (const char* v : names)
        if (std::strcmp(name, v) == 0) return true;
    return false;
}

// Gives every childless non-void HTML element an empty text child, so the serialiser
// writes "<div></div>"; SVG elements may stay self-closing, as HTML allows there.
void close_empty_elements(pugi::xml_node node) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element || std::strcmp(child.name(), "svg") == 0) continue;
        if (!child.first_child() && !is_void(child.name())) child.append_child(pugi::node_pcdata);
        else close_empty_elements(child);
    }
}

bool is_event_handler(const pugi::xml_attribute& attr) {
    const char* name = attr.name();
    return (name[0] == 'o' || name[0] == 'O') && (name[1] == 'n' || name[1] == 'N');
}

// Removes what could run code from a copied SVG element and everything under it.
void strip_active_content(pugi::xml_node node) {
    for (pugi::xml_attribute attr = node.first_attribute(); attr;) {
        const pugi::xml_attribute next = attr.next_attribute();
        if (is_event_handler(attr)) node.remove_attribute(attr);
        attr = next;
    }
    for (pugi::xml_node child = node.first_child(); child;) {
        const pugi::xml_node next = child.next_sibling();
        if (child.type() == pugi::node_element) {
            if (std::strcmp(child.name(), "script") == 0 || std::strcmp(child.name(), "foreignObject") == 0)
                node.remove_child(child);
            else
                strip_active_content(child);
        }
        child = next;
    }
}

}  // namespace

void set(pugi::xml_node node, const char* name, std::string_view value) {
    pugi::xml_attribute attr = node.attribute(name);
    if (!attr) attr = node.append_attribute(name);
    std::string storage;
    const std::string_view clean = clean_view(value, storage);
    attr.set_value(std::string(clean).c_str());
}

void text(pugi::xml_node parent, std::string_view text) {
    if (text.empty()) return;
    std::string storage;
    const std::string_view clean = clean_view(text, storage);
    parent.append_child(pugi::node_pcdata).set_value(std::string(clean).c_str());
}

pugi::xml_node element(pugi::xml_node parent, const char* name, attributes attrs) {
    pugi::xml_node node = parent.append_child(name);
    for (const auto& [key, value] : attrs) set(node, key, value);
    return node;
}

pugi::xml_node element(pugi::xml_node parent, const char* name, std::string_view content, attributes attrs) {
    pugi::xml_node node = element(parent, name, attrs);
    text(node, content);
    return node;
}

pugi::xml_node raw_text_element(pugi::xml_node parent, const char* name, std::string_view content) {
    if (content.find_first_of("<>&") != std::string_view::npos)
        throw std::invalid_argument(std::string("<") + name + "> content holds '<', '>' or '&'");
    pugi::xml_node node = parent.append_child(name);
    node.append_child(pugi::node_pcdata).set_value(std::string(content).c_str());
    return node;
}

pugi::xml_node append_svg(pugi::xml_node parent, std::string_view svg) {
    pugi::xml_document source;
    const pugi::xml_parse_result parsed = source.load_buffer(svg.data(), svg.size());
    if (!parsed) throw std::invalid_argument(std::string("the graph is not well-formed SVG: ") + parsed.description());
    const pugi::xml_node root = source.document_element();
    if (std::strcmp(root.name(), "svg") != 0) throw std::invalid_argument("the graph's root element is not <svg>");
    pugi::xml_node copy = parent.append_copy(root);
    strip_active_content(copy);
    return copy;
}

void save(std::ostream& out, pugi::xml_document& page) {
    close_empty_elements(page);
    out << "<!DOCTYPE html>\n";
    page.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    out << '\n';
}

namespace {

// A deferred list's place: a comment no text or attribute can hold, since the serialiser
// escapes '<' in both; the SVG copied in keeps no comments (pugixml drops them on parsing).
std::string placeholder(std::size_t list) { return "citegraph-deferred-list-" + std::to_string(list); }

}  // namespace

void streamed_page::defer(pugi::xml_node parent, std::size_t count, item_maker make) {
    parent.append_child(pugi::node_comment).set_value(placeholder(lists_.size()).c_str());
    lists_.push_back({count, std::move(make)});
}

void streamed_page::save(std::ostream& out) {
    std::ostringstream skeleton;
    html::save(skeleton, page_);
    const std::string text = skeleton.str();
    std::size_t at = 0;
    for (std::size_t list = 0; list < lists_.size(); ++list) {
        const std::string mark = "<!--" + placeholder(list) + "-->";
        const std::size_t found = text.find(mark, at);
        if (found == std::string::npos) throw std::logic_error("the page lost the place of list " + std::to_string(list));
        out.write(text.data() + at, static_cast<std::streamsize>(found - at));
        // Each run of items is made and printed on some core into a string of its own, in
        // a document of its own; the runs are written here in order. On one core, the
        // lists of 500 reports took four of the report's five seconds. An item (a finding
        // with its sources, a reference with the claims resting on it) prints kilobytes, so
        // runs are short: memory holds a window of runs at once.
        constexpr std::size_t report_items_per_run = 16;
        const item_maker& make = lists_[list].make;
        write_printed_runs_in_order_in_parallel(
            out, lists_[list].count,
            [&](std::size_t first, std::size_t last) {
                std::string printed;
                string_writer writer(printed);
                pugi::xml_document item;
                for (std::size_t i = first; i < last; ++i) {
                    item.reset();
                    make(item, i);
                    close_empty_elements(item);
                    item.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
                }
                return printed;
            },
            report_items_per_run);
        at = found + mark.size();
    }
    out.write(text.data() + at, static_cast<std::streamsize>(text.size() - at));
}

}  // namespace citegraph::exports_detail::html
