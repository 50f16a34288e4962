// XML input shared by the JATS and TEI importers: errors with positions, no entity
// expansion, a depth limit, and the root element that picks an importer.
#include <doctest/doctest.h>

#include <string>

#include "citegraph/diagnostics.hpp"
#include "importers/common/xml_input.hpp"

using namespace citegraph;

namespace {

std::string error_of(const std::string& bytes) {
    try {
        xml_input input(bytes, "in.xml");
    } catch (const input_error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_SUITE("xml input") {

TEST_CASE("malformed XML is refused at its line and column") {
    CHECK(error_of("<article>\n  <p>text</q>\n</article>") ==
          "in.xml:2:12: error: malformed XML: end tag does not match its start tag, or the input ends inside an element");
    CHECK(error_of("").find("in.xml:1:1: error: not an XML document") == 0);
    CHECK(error_of("<article><p>cut off") .find("in.xml:1:") == 0);
}

TEST_CASE("XML that is not UTF-8 text is refused as any input is, before parsing") {
    CHECK(error_of("<article><p>bad \xFF byte</p></article>") == "in.xml:1:17: error: invalid UTF-8");
    CHECK(error_of(std::string("<article>\0</article>", 20)) == "in.xml:1:10: error: NUL byte");
    CHECK(error_of("\xFF\xFE<\0a\0/\0>\0").find("in.xml:1:1: error: UTF-16 text;") == 0);
}

TEST_CASE("a declared entity is never expanded and nothing is fetched") {
    const std::string laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>\n<lolz>&lol2;&ext;</lolz>";
    xml_input input(laughs, "in.xml");
    CHECK(std::string(input.root().child_value()) == "&lol2;&ext;");
    CHECK(input.where(input.root()) == location{3, 1});
}

TEST_CASE("elements nested too deep are refused where the limit is passed") {
    std::string deep;
    for (std::size_t i = 0; i < deepest_xml_nesting + 5; ++i) deep += "<a>";
    for (std::size_t i = 0; i < deepest_xml_nesting + 5; ++i) deep += "</a>";
    const std::string column = std::to_string(3 * deepest_xml_nesting + 1);
    CHECK(error_of(deep) == "in.xml:1:" + column + ": error: elements nested more than " +
                                std::to_string(deepest_xml_nesting) + " levels deep");
    std::string fine;
    for (int i = 0; i < 50; ++i) fine += "<a>";
    for (int i = 0; i < 50; ++i) fine += "</a>";
    CHECK(error_of(fine).empty());
}

TEST_CASE("the root element name skips BOM, declaration, comments and DOCTYPE") {
    CHECK(xml_root_name("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE article PUBLIC "
                        "\"-//NLM//DTD JATS\" \"JATS.dtd\" [<!ENTITY x '>'>]>\n<article xmlns=\"x\">") ==
          "article");
    CHECK(xml_root_name("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">") == "TEI");
    CHECK(xml_root_name("<tei:TEI>") == "TEI");
    CHECK(xml_root_name("<root/>") == "root");
    CHECK(xml_root_name("plain text").empty());
    CHECK(xml_root_name("<!-- never closed").empty());
}

}  // TEST_SUITE
