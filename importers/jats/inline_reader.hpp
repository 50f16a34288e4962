// Reads the running text of a JATS paragraph or table cell into cited_text: words with
// their input positions, bibliographic <xref> elements as callouts.
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "callout_targets.hpp"
#include "citegraph/diagnostics.hpp"
#include "importers/common/cited_text.hpp"
#include "importers/common/xml_input.hpp"

namespace citegraph::jats_import {

class inline_reader {
public:
    inline_reader(const xml_input& input, const callout_targets& targets, diagnostics& warnings)
        : input_(input), targets_(targets), warnings_(warnings) {}

    // Appends the content of node to out. <xref ref-type="bibr"> cites the numbers its rid
    // names: a callout printing only numbers ("12", "[3]") adds no text, one printing words
    // ("Smith et al., 2019") keeps them; an id not in the reference list is a warning and
    // the callout is plain text. Footnote markers (<sup>a</sup>, table-fn and fn xrefs) are
    // left out; figure and table xrefs ("Table 2") are words. Display formulas and TeX source
    // are left out, inline MathML keeps its text. Blocks inside a paragraph (figures, tables, lists, quotes,
    // footnotes) are set aside for take_blocks() when set_aside_blocks, else read inline.
    void read(pugi::xml_node node, cited_text& out, bool set_aside_blocks);

    // The blocks set aside since the last call, in document order.
    std::vector<pugi::xml_node> take_blocks();

    // The rid of each figure, table or supplement xref read since the last call.
    std::vector<std::string> take_float_ids();

private:
    void text(pugi::xml_node node, cited_text& out) const;
    void xref(pugi::xml_node node, cited_text& out);
    void bibliographic(pugi::xml_node node, cited_text& out);

    const xml_input& input_;
    const callout_targets& targets_;
    diagnostics& warnings_;
    std::vector<pugi::xml_node> blocks_;
    std::vector<std::string> float_ids_;
    bool warned_no_list_ = false;
};

}  // namespace citegraph::jats_import
