#include "callouts.hpp"

#include <algorithm>

#include "citation_group.hpp"
#include "superscripts.hpp"

namespace citegraph::text_import {

namespace {

constexpr int max_new_number_gap = 3;
constexpr std::size_t min_superscripts = 3;

// The blocks that may hold callouts: prose and table cells, not headings.
bool may_cite(const block& b) { return b.kind != block_kind::heading; }

}  // namespace

superscript_callouts superscript_callouts::for_footnotes(const std::vector<block>& blocks,
                                                          const footnote_layout& notes) {
    std::vector<std::size_t> note_page;  // by note number
    for (std::size_t i = 0; i < notes.notes.size(); ++i) {
        auto number = static_cast<std::size_t>(notes.notes[i].number);
        if (note_page.size() <= number) note_page.resize(number + 1, notes.page_starts.size());
        note_page[number] = notes.note_pages[i];
    }
    superscript_callouts callouts;
    for (const block& b : blocks) {
        if (!may_cite(b)) continue;
        for (const glued_number& g : glued_numbers(b.run.text())) {
            const auto number = static_cast<std::size_t>(g.number);
            const std::size_t offset = b.run.offset_at(g.begin);
            if (number < note_page.size() && note_page[number] == page_of(notes.page_starts, offset))
                callouts.offsets_.push_back(offset);
        }
    }
    std::sort(callouts.offsets_.begin(), callouts.offsets_.end());
    return callouts;
}

superscript_callouts superscript_callouts::for_reference_list(const std::vector<block>& blocks,
                                                               const citation_policy& list) {
    superscript_callouts callouts;
    int highest = 0;
    for (const block& b : blocks) {
        if (!may_cite(b)) continue;
        for (const glued_number& g : glued_numbers(b.run.text())) {
            if (!list.known(g.number) || g.number > highest + max_new_number_gap) continue;
            highest = std::max(highest, g.number);
            callouts.offsets_.push_back(b.run.offset_at(g.begin));
        }
    }
    std::sort(callouts.offsets_.begin(), callouts.offsets_.end());
    return callouts;
}

bool superscript_callouts::accepts(std::size_t offset) const {
    return std::binary_search(offsets_.begin(), offsets_.end(), offset);
}

std::size_t count_bracket_citations(const std::vector<block>& blocks, const citation_policy& list) {
    std::size_t count = 0;
    for (const block& b : blocks) {
        if (!may_cite(b)) continue;
        const std::string& text = b.run.text();
        for (auto group = next_citation_group(text, 0); group; group = next_citation_group(text, group->end))
            count += list.judge(*group) == citation_verdict::citation;
    }
    return count;
}

callout_style list_callout_style(std::size_t bracket_citations, std::size_t superscripts) {
    return superscripts >= min_superscripts && superscripts > 2 * bracket_citations ? callout_style::superscript
                                                                                    : callout_style::bracket;
}

}  // namespace citegraph::text_import
