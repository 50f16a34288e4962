#include "callouts.hpp"

#include <algorithm>
#include <unordered_set>

#include "apart_callouts.hpp"
#include "importers/common/bracketed_numbers.hpp"
#include "importers/common/citation_group.hpp"
#include "importers/common/first_use_callouts.hpp"
#include "superscripts.hpp"

namespace citegraph::text_import {

namespace {


// The blocks that may hold callouts: prose and table cells, not headings.
bool may_cite(const block& b) { return b.kind != block_kind::heading; }

}  // namespace

superscript_callouts superscript_callouts::for_footnotes(const std::vector<block>& blocks,
                                                          const footnote_layout& notes,
                                                          const superscript_marks& marks) {
    // The notes of each series by printed number: the note's index, or none.
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::vector<std::size_t>> series(notes.series_pages.size());
    for (std::size_t i = 0, s = 0; i < notes.notes.size(); ++i) {
        while (s + 1 < notes.series_pages.size() && notes.series_pages[s + 1] <= notes.note_pages[i]) ++s;
        const auto printed = static_cast<std::size_t>(notes.printed[i]);
        if (series[s].size() <= printed) series[s].resize(printed + 1, none);
        series[s][printed] = i;
    }
    // The notes a mark at input offset `offset` names, by index: those printed on its page,
    // in its series; empty unless every number of the mark is one.
    const auto notes_named = [&](std::size_t offset, const std::vector<int>& numbers) {
        const std::size_t page = page_of(notes.page_starts, offset);
        const auto starts = std::upper_bound(notes.series_pages.begin(), notes.series_pages.end(), page);
        const std::vector<std::size_t>& printed = series[static_cast<std::size_t>(starts - notes.series_pages.begin()) - 1];
        std::vector<std::size_t> named;
        for (int n : numbers) {
            const auto number = static_cast<std::size_t>(n);
            const std::size_t note = number < printed.size() ? printed[number] : none;
            if (note == none || notes.note_pages[note] != page) return std::vector<std::size_t>();
            named.push_back(note);
        }
        return named;
    };
    superscript_callouts callouts(marks);
    std::vector<bool> called(notes.notes.size(), false);
    for (const block& b : blocks) {
        if (!may_cite(b)) continue;
        for (const raised_number& r : marks.in_run(b.run)) {
            const std::size_t offset = b.run.offset_at(r.begin);
            accepted callout{offset, {}};
            for (std::size_t note : notes_named(offset, r.numbers)) {
                callout.numbers.push_back(notes.notes[note].number);
                called[note] = true;
            }
            if (!callout.numbers.empty()) callouts.accepted_.push_back(std::move(callout));
        }
    }
    // A note that no glued number calls out may be called by one printed apart; a
    // typesetting's marks are exact and need no such guess.
    if (marks.guessed())
        for (const block& b : blocks) {
            if (!may_cite(b)) continue;
            for (const raised_number& r : numbers_apart(b.run)) {
                const std::size_t offset = b.run.offset_at(r.begin);
                const std::vector<std::size_t> named = notes_named(offset, r.numbers);
                if (named.empty() || called[named.front()]) continue;
                called[named.front()] = true;
                callouts.accepted_.push_back({offset, {notes.notes[named.front()].number}});
            }
        }
    callouts.sort();
    return callouts;
}

superscript_callouts superscript_callouts::for_reference_list(const std::vector<block>& blocks,
                                                               const citation_policy& list,
                                                               const superscript_marks& marks) {
    superscript_callouts callouts(marks);
    first_use_order order(list);
    accepted jumped{0, {}};
    for (const block& b : blocks) {
        if (!may_cite(b)) continue;
        for (const raised_number& r : marks.in_run(b.run)) {
            const accepted candidate{b.run.offset_at(r.begin), r.numbers};
            switch (order.take(r.numbers)) {
                case first_use_order::verdict::rejected: break;
                case first_use_order::verdict::jumped: jumped = candidate; break;
                case first_use_order::verdict::taken_both: callouts.accepted_.push_back(jumped); [[fallthrough]];
                case first_use_order::verdict::taken: callouts.accepted_.push_back(candidate); break;
            }
        }
    }
    callouts.sort();
    return callouts;
}

void superscript_callouts::sort() {
    std::sort(accepted_.begin(), accepted_.end(),
              [](const accepted& a, const accepted& b) { return a.offset < b.offset; });
}

std::size_t superscript_callouts::numbers_named() const {
    std::unordered_set<int> named;
    for (const accepted& a : accepted_) named.insert(a.numbers.begin(), a.numbers.end());
    return named.size();
}

std::vector<raised_number> superscript_callouts::in_run(const text_run& run) const {
    std::vector<raised_number> found;
    std::vector<raised_number> candidates = marks_->in_run(run);
    if (marks_->guessed()) {
        // Only a footnoted report accepts numbers printed apart (for_footnotes).
        for (raised_number& r : numbers_apart(run)) candidates.push_back(std::move(r));
        std::sort(candidates.begin(), candidates.end(),
                  [](const raised_number& a, const raised_number& b) { return a.begin < b.begin; });
    }
    for (raised_number& r : candidates) {
        const std::size_t offset = run.offset_at(r.begin);
        const auto at = std::lower_bound(accepted_.begin(), accepted_.end(), offset,
                                         [](const accepted& a, std::size_t o) { return a.offset < o; });
        if (at == accepted_.end() || at->offset != offset) continue;
        r.numbers = at->numbers;
        found.push_back(std::move(r));
    }
    return found;
}

bool numbers_an_equation(const block& b, std::size_t begin, std::size_t end) {
    return b.kind == block_kind::prose && b.run.inner_piece(begin, end);
}

std::vector<std::vector<judged_group>> judge_groups(const std::vector<block>& blocks, const citation_policy& list) {
    std::vector<std::vector<judged_group>> judged(blocks.size());
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const block& b = blocks[k];
        if (!may_cite(b)) continue;
        const std::string& text = b.run.text();
        std::vector<citation_group> groups;
        for (auto group = next_citation_group(text, 0); group; group = next_citation_group(text, group->end))
            groups.push_back(std::move(*group));
        const std::vector<bool> marker = list_markers(text, groups);
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (marker[i]) continue;
            const citation_group& group = groups[i];
            judged_group& j = judged[k].emplace_back();
            j.begin = group.begin;
            j.end = group.end;
            j.verdict = list.judge(group);
            j.square = text[group.begin] == '[';
            if (!j.square) j.numbers_equation = numbers_an_equation(b, group.begin, group.end);
            if (j.verdict != citation_verdict::citation) continue;
            j.numbers = list.numbers(group);
            if (!j.square && !j.numbers_equation) j.quantity = bracketed_numbers_are_text(text, group, j.numbers.size());
        }
    }
    return judged;
}

bracket_groups count_bracket_groups(const std::vector<std::vector<judged_group>>& judged) {
    bracket_groups counted;
    std::unordered_set<int> named_by_square, named;
    for (const std::vector<judged_group>& groups : judged)
        for (const judged_group& group : groups) {
            if (group.verdict != citation_verdict::citation || group.numbers_equation || group.quantity) continue;
            ++(group.square ? counted.square : counted.parenthesised);
            for (int n : group.numbers) {
                named.insert(n);
                if (group.square) named_by_square.insert(n);
            }
        }
    counted.named_by_square = named_by_square.size();
    counted.named = named.size();
    return counted;
}

bracket_callouts choose_bracket_callouts(const bracket_groups& groups, const citation_policy& list) {
    bracket_callouts callouts;
    const bool squares_name_the_list = list.has_list() && 2 * groups.named_by_square >= list.list_size();
    callouts.parentheses_cite =
        !(squares_name_the_list || (groups.square >= 3 && groups.square > 2 * groups.parenthesised));
    if (callouts.parentheses_cite && groups.parenthesised > groups.square) callouts.style = callout_style::parenthesis;
    return callouts;
}

std::optional<superscript_callouts> choose_superscript_callouts(const std::vector<block>& blocks,
                                                                const footnote_layout* footnotes,
                                                                const citation_policy& list,
                                                                const superscript_marks& marks,
                                                                const bracket_groups& brackets) {
    if (footnotes) return superscript_callouts::for_footnotes(blocks, *footnotes, marks);
    if (!list.has_list()) return std::nullopt;
    superscript_callouts glued = superscript_callouts::for_reference_list(blocks, list, marks);
    const other_callouts others{brackets.square + brackets.parenthesised, brackets.named};
    if (superscripts_are_the_callouts(glued.size(), glued.numbers_named(), others, list)) return glued;
    return std::nullopt;
}

}  // namespace citegraph::text_import
