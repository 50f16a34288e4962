// GraphML nodes printed through one pugixml element per shape (exports/graphml_shapes)
// against the same nodes built anew, as the writer built every node before.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <pugixml.hpp>

#include "exports/graphml_shapes.hpp"

using citegraph::exports_detail::graphml_node_printer;
using citegraph::exports_detail::string_writer;

namespace {

using value = std::variant<std::string, long long>;

struct node {
    std::string id;
    std::vector<std::pair<const char*, value>> data;
};

// The node as a fresh pugixml element, printed at the depth the writer prints nodes at.
std::string built_anew(const node& n) {
    pugi::xml_document xml;
    pugi::xml_node element = xml.append_child("node");
    element.append_attribute("id").set_value(n.id.c_str());
    for (const auto& [key, v] : n.data) {
        pugi::xml_node data = element.append_child("data");
        data.append_attribute("key").set_value(key);
        if (const auto* text = std::get_if<std::string>(&v)) data.text().set(text->data(), text->size());
        else data.text().set(std::get<long long>(v));
    }
    std::string out;
    string_writer writer(out);
    element.print(writer, "  ", pugi::format_indent, pugi::encoding_utf8, 2);
    return out;
}

std::string printed(graphml_node_printer& printer, const node& n) {
    printer.start(n.id);
    for (const auto& [key, v] : n.data) {
        if (const auto* text = std::get_if<std::string>(&v)) printer.add(key, *text);
        else printer.add(key, std::get<long long>(v));
    }
    std::string out = "kept before ";
    printer.print(out, "  ", pugi::format_indent, 2);
    return out;
}

}  // namespace

TEST_CASE("GraphML nodes printed through shared shapes read as nodes built anew, whatever came before") {
    static const char* const kind = "kind";
    static const char* const label = "label";
    static const char* const line = "line";
    static const char* const flags = "flags";
    const std::vector<node> nodes = {
        {"d1:c1", {{kind, std::string("claim")}, {label, std::string("Child labor <15%> & \"worst\" forms")}, {line, 12LL}}},
        // The same shape: every value replaced, a shorter label and a larger number.
        {"d1:c2", {{kind, std::string("claim")}, {label, std::string("x")}, {line, 123456789012LL}}},
        // A shape that starts like the first and goes on.
        {"d1:r1", {{kind, std::string("reference")}, {label, std::string("ILO")}, {line, 7LL}, {flags, std::string("undated,draft")}}},
        // Back to the first shape, with an empty value where it had text, and a negative number.
        {"d1:c3", {{kind, std::string("claim")}, {label, std::string()}, {line, -1LL}}},
        // The same keys in another order are another shape.
        {"d1:c4", {{label, std::string("ordre inversé ]]>")}, {kind, std::string("claim")}, {line, 0LL}}},
        {"d2", {}},
        {"d1:c5", {{kind, std::string("claim")}, {label, std::string("a\nsecond line\tand a tab")}, {line, 40LL}}},
    };
    graphml_node_printer printer;
    for (const node& n : nodes) {
        CAPTURE(n.id);
        CHECK(printed(printer, n) == "kept before " + built_anew(n));
    }
}
