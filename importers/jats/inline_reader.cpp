#include "inline_reader.hpp"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"
#include "xml_names.hpp"

namespace citegraph::jats_import {

namespace {

bool named(pugi::xml_node node, std::initializer_list<std::string_view> names) {
    if (node.type() != pugi::node_element) return false;
    const std::string_view name = local_name(node.name());
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Blocks that may stand inside a paragraph and are read after it.
bool is_block(pugi::xml_node node) {
    return named(node, {"fig", "fig-group", "table-wrap", "table-wrap-group", "list", "def-list",
                        "disp-quote", "boxed-text", "statement", "speech", "verse-group", "fn",
                        "supplementary-material", "code", "preformat", "chem-struct-wrap"});
}

// Elements whose content is no prose: display maths, pictures, markers.
bool is_skipped(pugi::xml_node node) {
    return named(node, {"disp-formula", "disp-formula-group", "graphic", "inline-graphic", "media",
                        "inline-media", "label", "object-id", "target", "tex-math", "hr"});
}

// Elements that separate words: a paragraph in a table cell, a line break.
bool separates_words(pugi::xml_node node) {
    return named(node, {"p", "break", "title", "caption", "list-item", "def-item", "term", "def"});
}

// A footnote marker: one lower-case letter or a footnote symbol, alone in a <sup>.
bool is_footnote_marker(std::string_view text) {
    text = trim(text);
    if (text.size() == 1) return (text[0] >= 'a' && text[0] <= 'z') || text[0] == '*' || text[0] == '#';
    for (std::string_view symbol : {"\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7", "\xC2\xB6", "\xE2\x80\x96"})
        if (text == symbol) return true;  // † ‡ § ¶ ‖
    return false;
}

bool has_letter(std::string_view text) {
    for (std::size_t at = 0; at < text.size(); at += std::max<std::size_t>(1, text::char_length(text, at)))
        if (text::is_letter(text, at)) return true;
    return false;
}

// In <alternatives>, the one rendering read: MathML, else the first that is not a picture
// or TeX source (whose preamble is no prose); an empty node if there is none.
pugi::xml_node chosen_alternative(pugi::xml_node alternatives) {
    if (pugi::xml_node math = child_element(alternatives, "math")) return math;
    for (pugi::xml_node child : alternatives.children())
        if (child.type() == pugi::node_element && !is_skipped(child)) return child;
    return {};
}

}  // namespace

void inline_reader::read(pugi::xml_node node, cited_text& out, bool set_aside_blocks) {
    for (pugi::xml_node child : node.children()) {
        const pugi::xml_node_type type = child.type();
        if (type == pugi::node_pcdata || type == pugi::node_cdata) {
            text(child, out);
            continue;
        }
        if (type != pugi::node_element || is_skipped(child)) continue;
        if (is_block(child) && set_aside_blocks) {
            blocks_.push_back(child);
        } else if (is_element(child, "xref")) {
            xref(child, out);
        } else if (is_element(child, "sup") && is_footnote_marker(folded_text(child)) &&
                   !holds_bibliographic_xref(child)) {
            continue;
        } else if (is_element(child, "alternatives")) {
            if (pugi::xml_node chosen = chosen_alternative(child)) read(chosen, out, set_aside_blocks);
        } else if (is_element(child, "fig") || is_element(child, "table-wrap")) {
            continue;  // a float inside a table cell: not the cell's text
        } else if (separates_words(child)) {
            out.append(" ", {});
            read(child, out, set_aside_blocks);
            out.append(" ", {});
        } else {
            read(child, out, set_aside_blocks);
        }
    }
}

std::vector<pugi::xml_node> inline_reader::take_blocks() { return std::exchange(blocks_, {}); }

std::vector<std::string> inline_reader::take_float_ids() { return std::exchange(float_ids_, {}); }

void inline_reader::text(pugi::xml_node node, cited_text& out) const {
    // One piece per input line, so each keeps its own line:column.
    const std::string_view value = node.value();
    location where = input_.where(node);
    std::size_t at = 0;
    while (at <= value.size()) {
        const std::size_t end = std::min(value.find('\n', at), value.size());
        out.append(value.substr(at, end - at), where);
        if (end >= value.size()) break;
        at = end + 1;
        if (where.line != 0) where = {where.line + 1, 1};
        out.append(" ", {});
    }
}

void inline_reader::xref(pugi::xml_node node, cited_text& out) {
    if (is_bibliographic_xref(node)) {
        bibliographic(node, out);
        return;
    }
    const std::string_view type = attribute_value(node, "ref-type");
    if (type == "fn" || type == "table-fn" || type == "aff" || type == "corresp" || type == "author-notes")
        return;  // a footnote or affiliation marker
    if (const std::string_view id = attribute_value(node, "rid"); !id.empty()) float_ids_.emplace_back(id);
    read(node, out, false);
}

void inline_reader::bibliographic(pugi::xml_node node, cited_text& out) {
    std::vector<std::string> missing;
    std::vector<int> numbers = targets_.numbers(attribute_value(node, "rid"), missing);
    const std::string printed = folded_text(node);
    const std::vector<int> printed_list = printed_numbers(printed);
    // A single xref printing a range ("10–13") its rid names only the ends of.
    if (!printed_list.empty() && !numbers.empty() &&
        std::all_of(numbers.begin(), numbers.end(), [&](int n) {
            return std::find(printed_list.begin(), printed_list.end(), n) != printed_list.end();
        }) &&
        std::all_of(printed_list.begin(), printed_list.end(), [&](int n) { return targets_.has_number(n); }))
        numbers = printed_list;
    if (attribute_value(node, "rid").empty() && numbers.empty())
        for (int n : printed_list)  // no rid: the printed numbers, if the list has them
            if (targets_.has_number(n)) numbers.push_back(n);
    if (targets_.empty()) {
        if (!warned_no_list_)
            warnings_.warn(input_.path(), input_.where(node),
                           "the article cites references but has no reference list");
        warned_no_list_ = true;
    } else {
        for (const std::string& id : missing)
            warnings_.warn(input_.path(), input_.where(node),
                           "citation of \"" + id + "\", which is not in the reference list; ignored");
    }
    const bool in_words = has_letter(printed);
    if (numbers.empty() || in_words) read(node, out, false);
    if (numbers.empty()) return;
    if (in_words) out.cite_in_words(std::move(numbers));
    else out.cite(std::move(numbers));
}

}  // namespace citegraph::jats_import
