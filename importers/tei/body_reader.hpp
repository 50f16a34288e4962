// Sections and claims from the TEI text: <div><head> sections, <p> paragraphs split into
// sentences (GROBID's own <s> when it marked them), figure captions, tables.
#pragma once

#include <cstddef>
#include <string>

#include <pugixml.hpp>

#include "callouts.hpp"
#include "citegraph/model.hpp"
#include "importers/common/cited_text.hpp"
#include "importers/common/structured_claims.hpp"
#include "importers/common/xml_input.hpp"
#include "importers/common/untagged_callouts.hpp"

namespace citegraph::tei_import {

class body_reader {
public:
    // Appends to doc.sections and doc.claims; doc.sections must hold section 0. Call
    // callouts.number_entries first: untagged callouts are judged against its numbers.
    body_reader(const xml_input& input, const callout_numbers& callouts, document& doc);

    // The header's <abstract> as a section "Abstract"; nothing for an empty node.
    void read_abstract(pugi::xml_node abstract);

    // The <text> element: <front>, <body>, <back>; reference lists and block formulas are
    // skipped, a <head> starts a section (prefixed with its n= number: "2.1 Methods").
    void read_text(pugi::xml_node text);

private:
    const xml_input& input_;
    const callout_numbers& callouts_;
    untagged_callouts untagged_;  // numbered callouts in the text between tags
    document& doc_;

    std::size_t current_ = 0;  // the section claims go to

    // Reads the children of a container: blocks in turn, running text between them as
    // paragraphs.
    void blocks(pugi::xml_node container);
    void block(pugi::xml_node element);
    void start_section(pugi::xml_node head);
    void figure(pugi::xml_node element);
    void table(pugi::xml_node element);
    void sentence(pugi::xml_node s);
    void flush(cited_text& paragraph);
    // Appends the text and callouts below node (or of node, a text node) to out.
    void inline_content(pugi::xml_node node, cited_text& out) const;
    void inline_node(pugi::xml_node node, cited_text& out) const;
};

}  // namespace citegraph::tei_import
