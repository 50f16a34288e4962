#include "callouts.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "importers/common/number_groups.hpp"
#include "text/utf8_text.hpp"
#include "printed_callout.hpp"
#include "tei_nodes.hpp"

namespace citegraph::tei_import {

namespace {

void collect_refs(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (is_bibliographic_ref(child)) out.push_back(child);
        else collect_refs(child, out);
    }
}

// How often callouts print each number for one id, in the order first seen.
struct printed_votes {
    std::vector<std::pair<int, int>> counts;  // number, callouts
    void add(int number) {
        for (auto& [n, count] : counts)
            if (n == number) {
                ++count;
                return;
            }
        counts.emplace_back(number, 1);
    }
    // The number most callouts print; the first seen among equals.
    int chosen() const {
        auto best = counts.begin();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (it->second > best->second) best = it;
        return best->first;
    }
};

// The one number a callout with a single target prints; 0 unless it prints exactly one.
int single_printed_number(const printed_callout& printed, const std::vector<std::string>& ids) {
    if (!printed.numeric || printed.numbers.size() != 1 || ids.size() != 1) return 0;
    return printed.numbers.front();
}

// true for text that only separates callouts: spaces, commas, semicolons, dashes.
bool only_separators(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = text::space_length(text, at);
        if (length == 0) length = text::dash_length(text, at);
        if (length == 0 && (text[at] == ',' || text[at] == ';')) length = 1;
        if (length == 0) return false;
        at += length;
    }
    return true;
}

// The numbered callout printed next to ref (after it if forward, else before it) with
// nothing but separators between; an empty node if there is none.
pugi::xml_node neighbour(pugi::xml_node ref, bool forward) {
    for (pugi::xml_node at = forward ? ref.next_sibling() : ref.previous_sibling(); at;
         at = forward ? at.next_sibling() : at.previous_sibling()) {
        if (is_bibliographic_ref(at)) return read_printed_callout(folded_text(at)).numeric ? at : pugi::xml_node{};
        if (at.type() != pugi::node_pcdata || !only_separators(at.value())) return {};
    }
    return {};
}

char closing_bracket(std::string_view lead) {
    if (lead.ends_with('[')) return ']';
    if (lead.ends_with('(')) return ')';
    return '\0';
}

location moved(location where, std::size_t columns) {
    if (where.line != 0) where.column += columns;
    return where;
}

}  // namespace

bool is_bibliographic_ref(pugi::xml_node node) {
    return is_element(node, "ref") && attribute_value(node, "type") == "bibr";
}

std::vector<pugi::xml_node> bibliographic_refs(pugi::xml_node root) {
    std::vector<pugi::xml_node> refs;
    collect_refs(root, refs);
    return refs;
}

std::vector<std::string> target_ids(pugi::xml_node ref) {
    std::vector<std::string> ids;
    std::string_view targets = attribute_value(ref, "target");
    while (!targets.empty()) {
        const std::size_t end = std::min(targets.find(' '), targets.size());
        std::string_view id = targets.substr(0, end);
        if (id.starts_with('#')) id.remove_prefix(1);
        if (!id.empty()) ids.emplace_back(id);
        targets.remove_prefix(end == targets.size() ? end : end + 1);
    }
    return ids;
}

callout_numbers::callout_numbers(const xml_input& input, std::size_t entry_count, diagnostics& warnings)
    : input_(input), warnings_(warnings) {
    refs_ = bibliographic_refs(input.root());
    std::size_t numeric = 0;
    for (pugi::xml_node ref : refs_) {
        const printed_callout printed = read_printed_callout(folded_text(ref));
        const auto in_list = [&](int n) { return entry_count == 0 || n <= static_cast<int>(entry_count); };
        if (printed.numeric && std::all_of(printed.numbers.begin(), printed.numbers.end(), in_list)) ++numeric;
    }
    if (refs_.size() - numeric > numeric) style_ = citation_style::author_year;
}

std::vector<int> callout_numbers::number_entries(const std::vector<std::string>& ids,
                                                 const std::vector<location>& entry_places) {
    std::map<std::string, printed_votes, std::less<>> votes;
    if (style_ == citation_style::numbered)
        for (pugi::xml_node ref : refs_) {
            const std::vector<std::string> targets = target_ids(ref);
            if (int n = single_printed_number(read_printed_callout(folded_text(ref)), targets))
                votes[targets.front()].add(n);
        }

    // Numbers callouts print first. A run of entries no callout prints, between entries
    // printed p and q, takes p+1, p+2, ... when it fits the numbers between (so an entry
    // whose callouts GROBID left untagged keeps the number it is printed with); a run after
    // the last printed entry likewise. A run that does not fit (a lettered "34a", an entry
    // GROBID split in two) takes numbers past the highest, none that another entry prints.
    std::vector<int> numbers(ids.size(), 0);
    std::set<int> used;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (style_ == citation_style::author_year) numbers[i] = static_cast<int>(i) + 1;
        else if (auto vote = votes.find(ids[i]); vote != votes.end()) numbers[i] = vote->second.chosen();
        if (numbers[i] != 0) used.insert(numbers[i]);
    }
    std::vector<std::size_t> unplaced;
    for (std::size_t begin = 0; begin < ids.size();) {
        if (numbers[begin] != 0) {
            ++begin;
            continue;
        }
        std::size_t end = begin;
        while (end < ids.size() && numbers[end] == 0) ++end;
        const int before = begin == 0 ? 0 : numbers[begin - 1];
        const bool fits = end == ids.size() || numbers[end] <= before ||
                          static_cast<std::size_t>(numbers[end] - before - 1) >= end - begin;
        for (std::size_t i = begin; i < end; ++i) {
            const int number = before + 1 + static_cast<int>(i - begin);
            if (fits && !used.contains(number)) {
                numbers[i] = number;
                used.insert(number);
            } else {
                unplaced.push_back(i);
            }
        }
        begin = end;
    }
    // Past the highest while that stays a reference number, else the smallest free one.
    int next = used.empty() ? 1 : *used.rbegin() + 1;
    const bool past_fits = static_cast<std::size_t>(next - 1) + unplaced.size() <=
                           static_cast<std::size_t>(largest_reference_number);
    for (std::size_t i : unplaced) {
        if (!past_fits)
            for (next = 1; used.contains(next);) ++next;
        numbers[i] = next;
        used.insert(next++);
    }
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!ids[i].empty()) number_of_id_.emplace(ids[i], numbers[i]);

    // A callout that prints another number than most callouts for its entry.
    for (pugi::xml_node ref : refs_) {
        const printed_callout printed = read_printed_callout(folded_text(ref));
        const std::vector<std::string> targets = target_ids(ref);
        const int n = style_ == citation_style::numbered ? single_printed_number(printed, targets) : 0;
        if (n == 0) continue;
        auto known = number_of_id_.find(targets.front());
        if (known != number_of_id_.end() && known->second != n)
            warn(ref, "callout prints " + std::to_string(n) + " but points to #" + targets.front() +
                          ", which other callouts print as " + std::to_string(known->second));
    }

    std::map<int, std::size_t> first_with;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        auto [it, fresh] = first_with.emplace(numbers[i], i);
        if (!fresh)
            warnings_.warn(input_.path(), entry_places[i],
                           "reference number " + std::to_string(numbers[i]) + " is given to '" +
                               ids[it->second] + "' and to '" + ids[i] + "'");
    }
    list_numbers_ = numbers;
    std::sort(list_numbers_.begin(), list_numbers_.end());
    return numbers;
}

char callout_numbers::numbered_bracket() const {
    if (style_ != citation_style::numbered) return '\0';
    std::size_t parentheses = 0;
    std::size_t brackets = 0;
    for (pugi::xml_node ref : refs_) {
        const printed_callout printed = read_printed_callout(folded_text(ref));
        if (!printed.numeric) continue;
        if (printed.lead.ends_with('(')) ++parentheses;
        else if (printed.lead.ends_with('[')) ++brackets;
    }
    if (parentheses == 0 && brackets == 0) return '\0';
    return parentheses > brackets ? '(' : '[';
}

bool callout_numbers::has_number(int number) const {
    return std::binary_search(list_numbers_.begin(), list_numbers_.end(), number);
}

void callout_numbers::warn(pugi::xml_node ref, const std::string& message) const {
    warnings_.warn(input_.path(), input_.where(ref), message);
}

std::vector<int> callout_numbers::target_numbers(pugi::xml_node ref) const {
    std::vector<int> numbers;
    for (const std::string& id : target_ids(ref)) {
        auto known = number_of_id_.find(id);
        if (known != number_of_id_.end()) numbers.push_back(known->second);
        else if (!list_numbers_.empty()) warn(ref, "callout target #" + id + " is not in the reference list");
    }
    return numbers;
}

void callout_numbers::write(pugi::xml_node ref, cited_text& out) const {
    const std::string text = folded_text(ref);
    const location where = text_place(input_, ref);
    const printed_callout printed = read_printed_callout(text);
    const std::vector<int> targets = target_numbers(ref);
    if (style_ == citation_style::numbered && printed.numeric) {
        std::vector<int> cited = printed.numbers;
        // Without a list every number dangles alike; import_tei warns once for that.
        if (!list_numbers_.empty() && std::none_of(cited.begin(), cited.end(), [&](int n) { return has_number(n); })) {
            if (targets.empty()) {
                warn(ref, "callout '" + text + "' names no entry of the reference list");
                out.append(text, where);
                return;
            }
            warn(ref, "callout '" + text + "' prints no number of the reference list; citing its target");
            cited = targets;
        }
        // GROBID writes "[10–14]" as "[10][11][12][13][14]": brackets that close one
        // callout and open the next are dropped, so the run prints as one group.
        std::string_view lead = printed.lead;
        std::string_view trail = printed.trail;
        if (pugi::xml_node before = neighbour(ref, false)) {
            const printed_callout previous = read_printed_callout(folded_text(before));
            if (char close = closing_bracket(lead); close != '\0' && previous.trail.starts_with(close))
                lead.remove_suffix(1);
        }
        if (pugi::xml_node after = neighbour(ref, true)) {
            const printed_callout next = read_printed_callout(folded_text(after));
            if (char close = closing_bracket(next.lead); close != '\0' && trail.starts_with(close))
                trail.remove_prefix(1);
        }
        out.append(lead, where);
        out.cite(std::move(cited));
        out.append(trail, moved(where, text.size() - printed.trail.size()));
        return;
    }
    out.append(text, where);
    if (!targets.empty()) out.cite_in_words(targets);
    else if (attribute_value(ref, "target").empty() && !list_numbers_.empty())
        warn(ref, "callout '" + text + "' is not linked to the reference list");
}

}  // namespace citegraph::tei_import
