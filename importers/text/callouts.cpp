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
                                                          const footnote_layout& notes,
                                                          const superscript_marks& marks) {
    std::vector<std::size_t> note_page;  // by note number
    for (std::size_t i = 0; i < notes.notes.size(); ++i) {
        auto number = static_cast<std::size_t>(notes.notes[i].number);
        if (note_page.size() <= number) note_page.resize(number + 1, notes.page_starts.size());
        note_page[number] = notes.note_pages[i];
    }
    superscript_callouts callouts(marks);
    for (const block& b : blocks) {
        if (!may_cite(b)) continue;
        for (const raised_number& r : marks.in_run(b.run)) {
            const std::size_t offset = b.run.offset_at(r.begin);
            const std::size_t page = page_of(notes.page_starts, offset);
            const bool on_page = std::all_of(r.numbers.begin(), r.numbers.end(), [&](int n) {
                const auto number = static_cast<std::size_t>(n);
                return number < note_page.size() && note_page[number] == page;
            });
            if (on_page) callouts.offsets_.push_back(offset);
        }
    }
    std::sort(callouts.offsets_.begin(), callouts.offsets_.end());
    return callouts;
}

superscript_callouts superscript_callouts::for_reference_list(const std::vector<block>& blocks,
                                                               const citation_policy& list,
                                                               const superscript_marks& marks) {
    superscript_callouts callouts(marks);
    int highest = 0;
    for (const block& b : blocks) {
        if (!may_cite(b)) continue;
        for (const raised_number& r : marks.in_run(b.run)) {
            const bool fits = std::all_of(r.numbers.begin(), r.numbers.end(), [&](int n) {
                return list.known(n) && n <= highest + max_new_number_gap;
            });
            if (!fits) continue;
            highest = std::max(highest, *std::max_element(r.numbers.begin(), r.numbers.end()));
            callouts.offsets_.push_back(b.run.offset_at(r.begin));
        }
    }
    std::sort(callouts.offsets_.begin(), callouts.offsets_.end());
    return callouts;
}

bool superscript_callouts::accepts(std::size_t offset) const {
    return std::binary_search(offsets_.begin(), offsets_.end(), offset);
}

std::vector<raised_number> superscript_callouts::in_run(const text_run& run) const {
    std::vector<raised_number> found = marks_->in_run(run);
    std::erase_if(found, [&](const raised_number& r) { return !accepts(run.offset_at(r.begin)); });
    return found;
}

namespace {

// The number of bracket and parenthesis groups in the blocks that cite the list.
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

}  // namespace

std::optional<superscript_callouts> choose_superscript_callouts(const std::vector<block>& blocks,
                                                                const footnote_layout* footnotes,
                                                                const citation_policy& list,
                                                                const superscript_marks& marks) {
    if (footnotes) return superscript_callouts::for_footnotes(blocks, *footnotes, marks);
    if (!list.has_list()) return std::nullopt;
    superscript_callouts glued = superscript_callouts::for_reference_list(blocks, list, marks);
    if (glued.size() >= min_superscripts && glued.size() > 2 * count_bracket_citations(blocks, list)) return glued;
    return std::nullopt;
}

}  // namespace citegraph::text_import
