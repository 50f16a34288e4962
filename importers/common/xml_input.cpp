#include "xml_input.hpp"

#include <vector>

#include "citegraph/diagnostics.hpp"
#include "input_check.hpp"

namespace citegraph {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::size_t bom_length(std::string_view bytes) { return bytes.starts_with(utf8_bom) ? 3 : 0; }

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Offset just past the construct that starts at bytes[at] ("<?…?>", "<!--…-->",
// "<!DOCTYPE … [ … ]>"); npos if it does not end.
std::size_t skip_prolog_item(std::string_view bytes, std::size_t at) {
    if (bytes.compare(at, 2, "<?") == 0) {
        std::size_t end = bytes.find("?>", at + 2);
        return end == std::string_view::npos ? end : end + 2;
    }
    if (bytes.compare(at, 4, "<!--") == 0) {
        std::size_t end = bytes.find("-->", at + 4);
        return end == std::string_view::npos ? end : end + 3;
    }
    // <!DOCTYPE …>, with an internal subset in brackets that may hold '>'.
    bool in_subset = false;
    for (std::size_t i = at + 2; i < bytes.size(); ++i) {
        if (bytes[i] == '[') in_subset = true;
        else if (bytes[i] == ']') in_subset = false;
        else if (bytes[i] == '>' && !in_subset) return i + 1;
    }
    return std::string_view::npos;
}

// Offset of the first "<!ENTITY" in the DOCTYPE's internal subset; npos if the prolog
// has no DOCTYPE or it declares no entity. Reads only the prolog.
std::size_t entity_declaration(std::string_view bytes) {
    std::size_t at = bom_length(bytes);
    for (;;) {
        while (at < bytes.size() && is_xml_space(bytes[at])) ++at;
        if (bytes.compare(at, 2, "<?") != 0 && bytes.compare(at, 2, "<!") != 0) return std::string_view::npos;
        const std::size_t end = skip_prolog_item(bytes, at);
        if (end == std::string_view::npos) return end;
        if (bytes.compare(at, 9, "<!DOCTYPE") == 0) {
            const std::size_t entity = bytes.substr(0, end).find("<!ENTITY", at);
            return entity;
        }
        at = end;
    }
}

const char* describe(pugi::xml_parse_status status) {
    switch (status) {
        case pugi::status_unrecognized_tag: return "malformed XML: unrecognised tag";
        case pugi::status_bad_pi: return "malformed XML: bad processing instruction";
        case pugi::status_bad_comment: return "malformed XML: bad comment";
        case pugi::status_bad_cdata: return "malformed XML: bad CDATA section";
        case pugi::status_bad_doctype: return "malformed XML: bad DOCTYPE";
        case pugi::status_bad_pcdata: return "malformed XML: bad text";
        case pugi::status_bad_start_element: return "malformed XML: bad start tag";
        case pugi::status_bad_attribute: return "malformed XML: bad attribute";
        case pugi::status_bad_end_element: return "malformed XML: bad end tag";
        case pugi::status_end_element_mismatch: return "malformed XML: end tag does not match its start tag, or the input ends inside an element";
        case pugi::status_no_document_element: return "not an XML document: no root element";
        default: return "malformed XML";
    }
}

// The first element nested deeper than the limit; an empty node if there is none.
// Iterative, so the check itself cannot overflow the stack.
pugi::xml_node too_deep(pugi::xml_node root) {
    std::size_t depth = 1;
    pugi::xml_node node = root;
    for (;;) {
        if (depth > deepest_xml_nesting) return node;
        if (pugi::xml_node child = node.first_child()) {
            node = child;
            ++depth;
            continue;
        }
        while (node != root && !node.next_sibling()) {
            node = node.parent();
            --depth;
        }
        if (node == root) return {};
        node = node.next_sibling();
    }
}

}  // namespace

xml_input::xml_input(std::string_view bytes, std::string path, xml_whitespace whitespace)
    : path_(std::move(path)), base_(check_input(bytes, path_)), lines_(bytes) {
    const std::string_view body = bytes.substr(base_);
    // parse_default without parse_doctype: the DOCTYPE is skipped and no entity it
    // declares is ever expanded ("billion laughs" stays text); pugixml fetches nothing.
    const unsigned options =
        pugi::parse_default | (whitespace == xml_whitespace::kept ? pugi::parse_ws_pcdata : 0u);
    const pugi::xml_parse_result result =
        document_.load_buffer(body.data(), body.size(), options, pugi::encoding_utf8);
    if (!result) {
        const std::size_t offset = result.offset < 0 ? 0 : static_cast<std::size_t>(result.offset);
        throw input_error(path_, lines_.locate(base_ + offset), describe(result.status));
    }
    if (!root()) throw input_error(path_, {1, 1}, "not an XML document: no root element");
    entity_declaration_ = entity_declaration(bytes);
    if (pugi::xml_node deep = too_deep(root()))
        throw input_error(path_, where(deep),
                          "elements nested more than " + std::to_string(deepest_xml_nesting) +
                              " levels deep");
}

void xml_input::warn_of_entities(diagnostics& warnings) const {
    if (entity_declaration_ != std::string_view::npos)
        warnings.warn(path_, lines_.locate(entity_declaration_),
                      "the DOCTYPE declares entities; citegraph never expands them, so they stay as text");
}

location xml_input::where(pugi::xml_node node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {};
    // pugixml gives an element's name; its '<' is the byte before.
    if (node.type() == pugi::node_element && offset > 0) --offset;
    return lines_.locate(base_ + static_cast<std::size_t>(offset));
}

std::string_view xml_root_name(std::string_view bytes) {
    std::size_t at = bom_length(bytes);
    for (;;) {
        while (at < bytes.size() && is_xml_space(bytes[at])) ++at;
        if (at >= bytes.size() || bytes[at] != '<') return {};
        if (at + 1 < bytes.size() && (bytes[at + 1] == '?' || bytes[at + 1] == '!')) {
            at = skip_prolog_item(bytes, at);
            if (at == std::string_view::npos) return {};
            continue;
        }
        std::size_t end = at + 1;
        while (end < bytes.size() && !is_xml_space(bytes[end]) && bytes[end] != '>' &&
               bytes[end] != '/')
            ++end;
        std::string_view name = bytes.substr(at + 1, end - at - 1);
        // A namespace prefix does not change what the document is: "tei:TEI".
        if (std::size_t colon = name.rfind(':'); colon != std::string_view::npos)
            name.remove_prefix(colon + 1);
        return name;
    }
}

}  // namespace citegraph
