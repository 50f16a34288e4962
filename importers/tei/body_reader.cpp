#include "body_reader.hpp"

#include <string_view>

#include "tei_nodes.hpp"
#include "tei_table.hpp"

namespace citegraph::tei_import {

namespace {

// Elements that hold no prose of the document: reference and organisation lists,
// formulas (GROBID's text of them is garbled glyphs), graphics, page breaks.
bool is_skipped(pugi::xml_node element) {
    const std::string_view name = local_name(element);
    return name == "listBibl" || name == "listOrg" || name == "formula" || name == "graphic" ||
           name == "pb" || name == "facsimile" ||
           (name == "div" && attribute_value(element, "type") == "references");
}

// Elements that hold paragraphs, sentences or other blocks rather than running text.
bool is_block(pugi::xml_node element) {
    constexpr std::string_view blocks[] = {"div", "head", "p",    "ab",    "figure", "table", "note",
                                           "s",   "list", "item", "front", "body",   "back"};
    const std::string_view name = local_name(element);
    for (std::string_view block : blocks)
        if (name == block) return true;
    return false;
}

}  // namespace

body_reader::body_reader(const xml_input& input, const callout_numbers& callouts, document& doc)
    : input_(input),
      callouts_(callouts),
      untagged_(callouts.numbered_bracket(), callouts.list_numbers()),
      doc_(doc) {}

void body_reader::read_abstract(pugi::xml_node abstract) {
    if (!abstract) return;
    doc_.sections.push_back({"Abstract", input_.where(abstract)});
    current_ = doc_.sections.size() - 1;
    blocks(abstract);
}

void body_reader::read_text(pugi::xml_node text) {
    // Text before the first heading of the body belongs to section 0, not to the abstract.
    current_ = 0;
    blocks(text);
}

void body_reader::blocks(pugi::xml_node container) {
    cited_text loose;
    for (pugi::xml_node child : container.children()) {
        if (child.type() == pugi::node_element && is_block(child) && !is_skipped(child)) {
            flush(loose);
            block(child);
        } else {
            inline_node(child, loose);
        }
    }
    flush(loose);
}

void body_reader::block(pugi::xml_node element) {
    const std::string_view name = local_name(element);
    if (name == "head") start_section(element);
    else if (name == "s") sentence(element);
    else if (name == "figure") figure(element);
    else if (name == "table") table(element);
    else blocks(element);
}

void body_reader::start_section(pugi::xml_node head) {
    std::string title = folded_text(head);
    if (title.empty()) return;
    const std::string_view number = attribute_value(head, "n");
    if (!number.empty()) title = std::string(number) + " " + title;
    doc_.sections.push_back({std::move(title), input_.where(head)});
    current_ = doc_.sections.size() - 1;
}

void body_reader::figure(pugi::xml_node element) {
    // GROBID gathers figures at the end of the body: a caption with a heading ("Fig. 3",
    // "Table 1") is a section of its own, so it is not read as part of the last section.
    const std::size_t surrounding = current_;
    if (const std::string title = folded_text(child_element(element, "head")); !title.empty()) {
        doc_.sections.push_back({title, input_.where(element)});
        current_ = doc_.sections.size() - 1;
    }
    // The caption's text is prose; <head> and <label> only repeat its number.
    for (pugi::xml_node child : element.children()) {
        if (is_element(child, "figDesc") || is_element(child, "note")) blocks(child);
        else if (is_element(child, "table")) table(child);
    }
    current_ = surrounding;
}

void body_reader::table(pugi::xml_node element) {
    const std::vector<table_row> rows = read_table_rows(
        element, [this](pugi::xml_node cell, cited_text& out) { inline_content(cell, out); });
    if (rows.empty()) blocks(element);  // a table GROBID kept as running text
    else add_table_claims(rows, current_, doc_.claims);
}

void body_reader::sentence(pugi::xml_node s) {
    cited_text text;
    inline_content(s, text);
    add_sentence_claim(text, current_, doc_.claims);
}

void body_reader::flush(cited_text& paragraph) {
    if (!paragraph.empty()) add_paragraph_claims(paragraph, current_, doc_.claims);
    paragraph = cited_text();
}

void body_reader::inline_content(pugi::xml_node node, cited_text& out) const {
    for (pugi::xml_node child : node.children()) inline_node(child, out);
}

void body_reader::inline_node(pugi::xml_node node, cited_text& out) const {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        // Each line of the text at its own place, so claims on later lines say where.
        // Text GROBID tagged as something else (a <ref type="formula">"(3)") holds no callout.
        const bool tagged = is_element(node.parent(), "ref");
        location where = input_.where(node);
        std::string_view value = node.value();
        for (;;) {
            const std::size_t end = value.find('\n');
            if (tagged) out.append(value.substr(0, end), where);
            else untagged_.append(value.substr(0, end), where, out);
            if (end == std::string_view::npos) break;
            out.append("\n", {});
            value.remove_prefix(end + 1);
            if (where.line != 0) where = {where.line + 1, 1};
        }
        return;
    }
    if (node.type() != pugi::node_element || is_skipped(node)) return;
    // A footnote marker ("stroke<ref type="foot">1</ref>") is no word of the sentence.
    if (is_element(node, "ref") && attribute_value(node, "type") == "foot") return;
    if (is_bibliographic_ref(node)) callouts_.write(node, out);
    else if (is_element(node, "lb")) out.append(" ", {});
    else inline_content(node, out);
}

}  // namespace citegraph::tei_import
