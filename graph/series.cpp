#include "series.hpp"

#include <algorithm>
#include <unordered_map>

#include "text/parallel_indices.hpp"
#include "text/text_chars.hpp"

namespace citegraph {

namespace {

bool has_editions(reference_kind kind) {
    return kind != reference_kind::legislation && kind != reference_kind::personal_communication &&
           kind != reference_kind::internal_reporting;
}

// True if a URL or a <...> starts at text[at].
bool url_starts(std::string_view text, std::size_t at) {
    return text[at] == '<' || (text[at] == 'h' && text.substr(at, 4) == "http");
}

// The text with URLs (a run starting "http" up to white space) and <...> removed. The text
// between them is copied a run at a time.
std::string without_urls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        // A URL or a <...> starts at a '<' or an 'h'.
        std::size_t next = next_byte_of<'<', 'h'>(text, i);
        while (next < text.size() && !url_starts(text, next)) next = next_byte_of<'<', 'h'>(text, next + 1);
        out.append(text, i, next - i);
        i = next;
        while (i < text.size() && text[i] != ' ' && text[i] != '>') ++i;
        if (i < text.size() && text[i] == '>') ++i;
    }
    return out;
}

std::string_view longest_segment(std::string_view text) {
    std::string_view longest;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(". ", start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view segment = text.substr(start, end - start);
        if (segment.size() > longest.size()) longest = segment;
        start = end + 2;
    }
    return longest;
}

// Lower-cased ASCII letters (non-ASCII bytes kept) with everything else folded to one space.
// Written where room was made for it: a letter is one byte, and a space stands for at least
// one byte that is not a letter.
std::string fold(std::string_view text) {
    std::string out(text.size(), ' ');
    std::size_t used = 0;
    bool space = false;
    for (char raw : text) {
        const auto c = static_cast<unsigned char>(raw);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (!letter) {
            space = used > 0;
            continue;
        }
        if (space) out[used++] = ' ';
        space = false;
        out[used++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    out.resize(used);
    return out;
}

}  // namespace

std::string edition_title(const reference& r) {
    if (!r.title.empty()) return r.title;
    const std::string text = without_urls(r.text);  // the segment is a view into it
    std::string_view segment = longest_segment(text);
    while (!segment.empty() && (segment.back() == ' ' || segment.back() == '.')) segment.remove_suffix(1);
    while (!segment.empty() && segment.front() == ' ') segment.remove_prefix(1);
    return std::string(segment);
}

std::string series_key(const reference& r) {
    std::string key = fold(longest_segment(without_urls(r.text)));
    std::size_t words = key.empty() ? 0 : 1;
    for (char c : key) words += c == ' ';
    return words >= 3 ? key : std::string();
}

namespace {

// The series key of a reference that comes in editions and is dated; "" otherwise.
std::string edition_key(const reference& r) {
    return has_editions(r.kind) && r.published.known() ? series_key(r) : std::string();
}

}  // namespace

std::vector<long> find_superseding_editions(const std::vector<reference>& references) {
    // series key -> index of its newest edition so far
    std::unordered_map<std::string, long> newest;
    std::vector<std::string> keys(references.size());
    for (std::size_t i = 0; i < references.size(); ++i) {
        const reference& r = references[i];
        keys[i] = edition_key(r);
        if (keys[i].empty()) continue;
        auto [slot, inserted] = newest.emplace(keys[i], static_cast<long>(i));
        if (!inserted && earlier_start(references[slot->second].published, r.published))
            slot->second = static_cast<long>(i);
    }
    std::vector<long> superseded_by(references.size(), -1);
    for (std::size_t i = 0; i < references.size(); ++i) {
        if (keys[i].empty()) continue;
        const long latest = newest.at(keys[i]);
        // Strictly newer by year: two entries of one year are companions, not editions.
        if (references[static_cast<std::size_t>(latest)].published.year > references[i].published.year)
            superseded_by[i] = latest;
    }
    return superseded_by;
}

namespace {

// Across documents the key must come from the title that carries the edition: the first
// ". "-separated segment naming the entry's year ("Global Report on Food Crises 2017"),
// folded, of three words or more; "" if none. A publisher's name ("National Water Office")
// is the longest segment of many entries and would make editions of unrelated works.
std::string edition_title_key(const reference& r) {
    if (!has_editions(r.kind) || !r.published.known()) return "";
    const std::string year = std::to_string(r.published.year);
    const std::string text = without_urls(r.text);
    std::string_view rest = text;
    while (!rest.empty()) {
        const std::size_t end = std::min(rest.find(". "), rest.size());
        const std::string_view segment = rest.substr(0, end);
        if (segment.find(year) != std::string_view::npos) {
            const std::string key = fold(segment);
            const std::size_t words = key.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' '));
            return words >= 3 ? key : std::string();
        }
        rest.remove_prefix(std::min(end + 2, rest.size()));
    }
    return "";
}

}  // namespace

std::vector<std::vector<reference_place>> find_superseding_editions(const std::vector<document>& documents,
                                                                    const std::vector<date>& as_of) {
    const auto published = [&](const reference_place& p) -> const date& {
        return documents[p.document].references[p.reference].published;
    };
    // series key -> every edition the corpus cites, oldest first (corpus order among equals)
    std::unordered_map<std::string, std::vector<reference_place>> editions;
    // A reference's key depends on it alone: the keys are found on every core, then
    // gathered in corpus order.
    std::vector<std::vector<std::string>> keys(documents.size());
    text::for_each_index_in_parallel(documents.size(), [&](std::size_t doc) {
        const auto& refs = documents[doc].references;
        keys[doc].resize(refs.size());
        for (std::size_t i = 0; i < refs.size(); ++i) keys[doc][i] = edition_title_key(refs[i]);
    });
    for (std::size_t doc = 0; doc < documents.size(); ++doc)
        for (std::size_t i = 0; i < keys[doc].size(); ++i)
            if (!keys[doc][i].empty()) editions[keys[doc][i]].push_back({doc, i});
    for (auto& [key, places] : editions)
        std::stable_sort(places.begin(), places.end(), [&](const reference_place& a, const reference_place& b) {
            return earlier_start(published(a), published(b));
        });
    std::vector<std::vector<reference_place>> superseded_by(documents.size());
    for (std::size_t doc = 0; doc < documents.size(); ++doc) {
        superseded_by[doc].assign(documents[doc].references.size(), no_edition);
        for (std::size_t i = 0; i < keys[doc].size(); ++i) {
            if (keys[doc][i].empty()) continue;
            const auto& places = editions.at(keys[doc][i]);
            // The newest edition out by the as-of date: one not starting after it.
            auto end = places.end();
            if (as_of[doc].known())
                end = std::upper_bound(places.begin(), places.end(), as_of[doc],
                                       [&](const date& day, const reference_place& p) {
                                           return earlier_start(day, published(p));
                                       });
            if (end == places.begin()) continue;
            const reference_place newest = *std::prev(end);
            if (published(newest).year > documents[doc].references[i].published.year)
                superseded_by[doc][i] = newest;
        }
    }
    return superseded_by;
}

}  // namespace citegraph
