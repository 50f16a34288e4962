#include "note_lists.hpp"

#include <algorithm>
#include <charconv>

#include "headings.hpp"
#include "importers/common/number_groups.hpp"
#include "text/text_chars.hpp"

namespace citegraph::html_import {

namespace {

// The reference lists of content, in document order.
std::vector<const GumboNode*> find_lists(const GumboNode* content) {
    std::vector<const GumboNode*> lists;
    std::string heading;
    for_each_element(content, [&](const GumboNode* n) {
        if (heading_level(n) != 0) {
            heading = heading_text(n);
            return false;
        }
        const bool ordered = tag_of(n) == GUMBO_TAG_OL;
        if (ordered && (has_class(n, "references") || is_notes_title(heading))) {
            lists.push_back(n);
            return false;
        }
        if (has_class(n, "footnotes") || attribute(n, "role") == "doc-endnotes") {
            if (const GumboNode* ol = find_element(n, [](const GumboNode* e) { return tag_of(e) == GUMBO_TAG_OL; })) {
                lists.push_back(ol);
                return false;
            }
        }
        return true;
    });
    return lists;
}

// The list items of a list (not those of lists nested in them).
std::vector<const GumboNode*> items_of(const GumboNode* list) {
    std::vector<const GumboNode*> items;
    const GumboVector* children = children_of(list);
    for (unsigned i = 0; i < children->length; ++i) {
        auto* child = static_cast<const GumboNode*>(children->data[i]);
        if (tag_of(child) == GUMBO_TAG_LI) items.push_back(child);
    }
    return items;
}

// An integer attribute; fallback if absent or not a number.
int number_attribute(const GumboNode* node, const char* name, int fallback) {
    std::string_view value = trim(attribute(node, name));
    int number = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    return error == std::errc() && end == value.data() + value.size() && !value.empty() ? number : fallback;
}

// The printed positions of a list's items: <ol start> and <li value> as HTML counts them;
// 0 for a position outside 1..largest_reference_number, which no reference can carry.
std::vector<int> positions_of(const GumboNode* list, const std::vector<const GumboNode*>& items) {
    std::vector<int> positions;
    long next = number_attribute(list, "start", 1);  // long: start="2147483647" counts on
    for (const GumboNode* item : items) {
        next = number_attribute(item, "value", static_cast<int>(std::clamp<long>(next, -1, largest_reference_number + 1)));
        positions.push_back(next >= 1 && next <= largest_reference_number ? static_cast<int>(next) : 0);
        ++next;
    }
    return positions;
}

// Every id a note can be linked by: the item's own and those of anchors inside it
// (full citations' CITEREF ids inside notes are what short notes link to, not callouts).
void collect_anchors(const GumboNode* item, std::size_t list, std::size_t index,
                     std::unordered_map<std::string, std::pair<std::size_t, std::size_t>>& anchors) {
    for_each_element(item, [&](const GumboNode* n) {
        for (const char* name : {"id", "name"}) {
            if (n != item && tag_of(n) != GUMBO_TAG_A && std::string_view(name) == "name") continue;
            std::string_view id = attribute(n, name);
            if (id.empty() || id.starts_with("CITEREF")) continue;
            anchors.emplace(std::string(id), std::pair{list, index});
        }
        return true;
    });
}

// "[5]" -> "5", "[a]" -> "a", "note 3" stays.
std::string bare_label(std::string_view text) {
    text = trim(text);
    if (text.starts_with("[") && text.ends_with("]") && text.size() >= 2) text = trim(text.substr(1, text.size() - 2));
    return std::string(text);
}

bool is_numeral(std::string_view label) {
    return !label.empty() && std::all_of(label.begin(), label.end(), is_digit);
}

// The element holding a note's text: MediaWiki's span.reference-text, else the item.
const GumboNode* note_body(const GumboNode* item) {
    const GumboNode* body = find_element(item, [](const GumboNode* n) { return has_class(n, "reference-text"); });
    return body == nullptr ? item : body;
}

// The note's own id: the item's, else the first anchor inside it.
std::string note_id(const GumboNode* item) {
    if (std::string_view id = attribute(item, "id"); !id.empty()) return std::string(id);
    std::string found;
    find_element(item, [&](const GumboNode* n) {
        std::string_view id = attribute(n, "id");
        if (id.empty() && tag_of(n) == GUMBO_TAG_A) id = attribute(n, "name");
        if (id.empty() || id.starts_with("CITEREF")) return false;
        found = id;
        return true;
    });
    return found;
}

}  // namespace

note_index read_notes(const GumboNode* content, const html_tree& tree, diagnostics& warnings) {
    note_index index;
    const std::vector<const GumboNode*> lists = find_lists(content);
    std::vector<std::vector<const GumboNode*>> items;
    std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> anchors;
    for (std::size_t l = 0; l < lists.size(); ++l) {
        index.lists.insert(lists[l]);
        items.push_back(items_of(lists[l]));
        for (std::size_t i = 0; i < items[l].size(); ++i) collect_anchors(items[l][i], l, i, anchors);
    }
    if (lists.empty()) return index;

    // What the callouts of each list print: the first callout linking into it decides.
    std::vector<std::string> labels(lists.size());
    for_each_element(content, [&](const GumboNode* n) {
        if (index.lists.contains(n)) return false;
        if (tag_of(n) != GUMBO_TAG_A) return true;
        auto found = anchors.find(link_fragment(attribute(n, "href")));
        if (found != anchors.end() && labels[found->second.first].empty())
            labels[found->second.first] = bare_label(plain_text(n));
        return true;
    });
    std::size_t main = 0;
    for (std::size_t l = 0; l < lists.size(); ++l)
        if (is_numeral(labels[l])) {
            main = l;
            break;
        }

    std::vector<std::vector<int>> numbers(lists.size());
    numbers[main] = positions_of(lists[main], items[main]);
    int highest = numbers[main].empty() ? 0 : *std::max_element(numbers[main].begin(), numbers[main].end());
    for (std::size_t l = 0; l < lists.size(); ++l) {
        if (l == main) continue;
        for (std::size_t i = 0; i < items[l].size(); ++i)
            numbers[l].push_back(highest < largest_reference_number ? ++highest : 0);
    }

    std::unordered_map<int, const GumboNode*> seen;
    for (std::size_t l = 0; l < lists.size(); ++l)
        for (std::size_t i = 0; i < items[l].size(); ++i) {
            const int number = numbers[l][i];
            if (number == 0) {
                warnings.warn(tree.path(), tree.where(items[l][i]),
                              "note numbered outside 1 to " + std::to_string(largest_reference_number) +
                                  "; this note is left out");
                continue;
            }
            if (!seen.emplace(number, items[l][i]).second) {
                warnings.warn(tree.path(), tree.where(items[l][i]),
                              "duplicate note number " + std::to_string(number) + "; this note is left out");
                continue;
            }
            entry_reading note = read_entry(note_body(items[l][i]), tree);
            note.entry.where = tree.where(items[l][i]);
            note.entry.number = number;
            if (std::string id = note_id(items[l][i]); !id.empty()) note.entry.extra.edit().id = std::move(id);
            index.notes.push_back(std::move(note));
        }
    for (const auto& [id, place] : anchors) {
        const int number = numbers[place.first][place.second];
        if (number != 0 && seen.at(number) == items[place.first][place.second]) index.number_of.emplace(id, number);
    }
    std::stable_sort(index.notes.begin(), index.notes.end(),
                     [](const entry_reading& a, const entry_reading& b) { return a.entry.number < b.entry.number; });
    return index;
}

}  // namespace citegraph::html_import
