// Sources across a corpus: references are united when they share a key (DOI, then URL,
// then title and year) in a union-find over every reference of every document. Each key
// is hashed once and each reference is compared only with the first reference that had
// its key, so the cost grows with the number of references, not with their pairs.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "citegraph/provenance.hpp"
#include "source_keys.hpp"
#include "text/parallel_indices.hpp"
#include "text/utf8_text.hpp"
#include "text/work_titles.hpp"

namespace citegraph {

std::string_view to_string(match_basis basis) {
    switch (basis) {
        case match_basis::none: return "";
        case match_basis::doi: return "doi";
        case match_basis::url: return "url";
        case match_basis::title: return "title";
    }
    return "";
}

namespace {

// The keys of one reference.
struct reference_keys {
    std::string doi;
    std::vector<std::string> urls;
    std::string title;  // title_key of the reference's title; "" if none
    int year = 0;       // the year it was published; 0 if undated
    int month = 0;      // its month; 0 if unknown
};

// Groups of references; a group holds at most one DOI, so two works with different DOIs
// are never one source however else they agree.
class reference_groups {
public:
    explicit reference_groups(const std::vector<reference_keys>& keys)
        : parent_(keys.size()), doi_(keys.size()), basis_(keys.size(), match_basis::none) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            parent_[i] = i;
            doi_[i] = keys[i].doi;
        }
    }

    std::size_t find(std::size_t i) {
        while (parent_[i] != i) {
            parent_[i] = parent_[parent_[i]];  // path halving: no recursion, near-constant depth
            i = parent_[i];
        }
        return i;
    }

    // Unites the groups of a and b unless they hold different DOIs. The group remembers the
    // weakest basis any of its unions rested on.
    void unite(std::size_t a, std::size_t b, match_basis basis) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (!doi_[a].empty() && !doi_[b].empty() && doi_[a] != doi_[b]) return;
        if (b < a) std::swap(a, b);  // the earlier reference stays the root
        parent_[b] = a;
        if (doi_[a].empty()) doi_[a] = std::move(doi_[b]);
        basis_[a] = std::max({basis_[a], basis_[b], basis});
    }

    const std::string& doi(std::size_t root) const { return doi_[root]; }
    match_basis basis(std::size_t root) const { return basis_[root]; }

private:
    std::vector<std::size_t> parent_;
    std::vector<std::string> doi_;
    std::vector<match_basis> basis_;
};

// A title key in a year: one work's edition. Compared and hashed as it is, with no
// "title|2017" string made for each reference; the title is a key of `reference_keys`,
// which outlives every map of these.
struct title_in_year {
    std::string_view title;
    int year;
    std::size_t document = 0;  // when editions are told apart by the document that cites them
    bool operator==(const title_in_year&) const = default;
};

struct title_in_year_hash {
    std::size_t operator()(const title_in_year& key) const {
        return std::hash<std::string_view>{}(key.title) ^ (static_cast<std::size_t>(key.year) * 0x9e3779b97f4a7c15ULL) ^
               (key.document * 0xc2b2ae3d27d4eb4fULL);
    }
};

// Unites every reference with the first one that had the same key (a DOI or a URL key of
// `reference_keys`, which outlives the map).
void unite_by(reference_groups& groups, std::unordered_map<std::string_view, std::size_t>& first,
              std::string_view key, std::size_t reference, match_basis basis) {
    if (key.empty()) return;
    auto [slot, inserted] = first.emplace(key, reference);
    if (!inserted) groups.unite(slot->second, reference, basis);
}

// The identity of the corpus documents, each key naming the first document that has it.
struct document_index {
    std::unordered_map<std::string, std::size_t> by_doi, by_url, by_title;
    // Of each title key, the word that the fewest title keys hold (the longer on a tie): an
    // entry whose words hold none of these names no document by its segments. Views of the
    // keys in by_title, whose nodes stay where they are.
    std::unordered_set<std::string_view> title_marks;

    document_index(const document_index&) = delete;
    document_index& operator=(const document_index&) = delete;

    explicit document_index(const std::vector<document>& documents) {
        for (std::size_t d = 0; d < documents.size(); ++d) {
            const document& doc = documents[d];
            if (std::string key = doi_key(doc.doi); !key.empty()) by_doi.emplace(std::move(key), d);
            if (std::string key = url_key(doc.url); !key.empty()) by_url.emplace(std::move(key), d);
            if (std::string key = title_key(doc.title); key_words(key) >= 3) by_title.emplace(std::move(key), d);
        }
        std::unordered_map<std::string_view, std::size_t> keys_holding;
        for (const auto& [key, d] : by_title) {
            std::vector<std::string_view> words = key_word_list(key);
            std::sort(words.begin(), words.end());
            words.erase(std::unique(words.begin(), words.end()), words.end());
            for (std::string_view word : words) ++keys_holding[word];
        }
        for (const auto& [key, d] : by_title) {
            std::string_view mark;
            for (std::string_view word : key_word_list(key))
                if (mark.empty() || keys_holding[word] < keys_holding[mark] ||
                    (keys_holding[word] == keys_holding[mark] && word.size() > mark.size()))
                    mark = word;
            title_marks.emplace(mark);
        }
    }

    // False if no segment of an entry whose entry_key this is can be a document's title:
    // a segment's words are words of the entry, and a title's key holds its mark. Asked of
    // every reference, so the key's words are looked up where they lie.
    bool may_name_by_title(std::string_view entry_key) const {
        return !text::for_each_spaced_piece(entry_key, [&](std::string_view word) { return !title_marks.contains(word); });
    }
};

// The corpus document a reference names and how: by DOI, one of its URLs, or a segment
// (or the whole entry) whose folded title is the document's, in the year the document
// was published when both give one. {-1, none} if it names none but its own document.
std::pair<std::optional<std::size_t>, match_basis> named_document(const std::vector<document>& documents, const document_index& index,
                                            std::size_t own, const reference& r, const reference_keys& keys) {
    auto other = [own](const std::unordered_map<std::string, std::size_t>& map, const std::string& key) {
        const auto found = map.find(key);
        return found == map.end() || found->second == own ? std::nullopt : std::optional(found->second);
    };
    if (!keys.doi.empty())
        if (const auto d = other(index.by_doi, keys.doi)) return {d, match_basis::doi};
    for (const std::string& url : keys.urls)
        if (const auto d = other(index.by_url, url)) return {d, match_basis::url};
    if (index.by_title.empty()) return {std::nullopt, match_basis::none};
    // Another document whose title has this key, published in the reference's year when
    // both name one.
    auto titled = [&](const std::string& key) {
        const auto d = other(index.by_title, key);
        if (!d) return d;
        const date& published = documents[*d].published;
        return !r.published.known() || !published.known() || published.year == r.published.year ? d : std::nullopt;
    };
    // The title the importer found, then each segment of the entry and the whole entry: a
    // document's title may be printed in any of them.
    if (!r.title.empty())
        if (const auto d = titled(keys.title.empty() ? title_key(r.title) : keys.title)) return {d, match_basis::title};
    const std::vector<found_url> urls = find_urls(r.text);
    const std::string whole = entry_key(r.text, urls);
    if (!index.may_name_by_title(whole)) return {std::nullopt, match_basis::none};
    const entry_segment_views segments(r.text, urls);
    for (const std::string_view segment : segments.segments())
        if (const auto d = titled(title_key(segment))) return {d, match_basis::title};
    if (const auto d = titled(whole)) return {d, match_basis::title};
    return {std::nullopt, match_basis::none};
}

// Kinds whose entries are public works with a title. Embassy reporting and e-mails share
// a heading ("U.S. Embassy- Bamako. Reporting. February 14, 2020.") but are each their own.
bool has_public_title(reference_kind kind) {
    return kind != reference_kind::internal_reporting && kind != reference_kind::personal_communication;
}

reference_keys keys_of(const reference& r) {
    reference_keys keys;
    keys.doi = doi_key(r.doi);
    for (const std::string& url : r.urls)
        if (std::string key = url_key(url); !key.empty()) keys.urls.push_back(std::move(key));
    if (has_public_title(r.kind) && r.published.known()) {
        keys.title = title_key(r.title);
        keys.year = r.published.year;
        keys.month = r.published.month;
    }
    return keys;
}

// Same title, different years, in different documents and sources: for each pair of
// neighbouring years, one near miss between a reference of each (the first of its year
// in its document). Inside one document such editions are the stale analysis' affair.
// root_of: each reference's group, one per source.
std::vector<near_miss> find_near_misses(const std::vector<reference_keys>& keys,
                                        const std::vector<reference_place>& places,
                                        const std::vector<std::size_t>& root_of) {
    struct edition {
        int year;
        std::size_t document;
        std::size_t reference;  // flat index of its first reference
        auto operator<=>(const edition&) const = default;
    };
    std::unordered_map<std::string_view, std::vector<edition>> editions_of;
    // Each edition once per document.
    std::unordered_set<title_in_year, title_in_year_hash> seen;
    std::vector<std::string_view> titles;  // in order of first appearance, so the report is stable
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].title.empty()) continue;
        if (!seen.insert({keys[i].title, keys[i].year, places[i].document}).second) continue;
        auto [slot, inserted] = editions_of.try_emplace(keys[i].title);
        if (inserted) titles.push_back(keys[i].title);
        slot->second.push_back({keys[i].year, places[i].document, i});
    }
    std::vector<near_miss> misses;
    for (const std::string_view title : titles) {
        auto& editions = editions_of.at(title);
        std::sort(editions.begin(), editions.end());
        // [from, to): the editions of one year, each in a different document.
        std::size_t from = 0;
        while (from < editions.size()) {
            std::size_t to = from;
            while (to < editions.size() && editions[to].year == editions[from].year) ++to;
            std::size_t after = to;
            while (after < editions.size() && editions[after].year == editions[to].year) ++after;
            if (to == editions.size()) break;
            // Two documents of the older year, or one of each year that differ.
            const edition* older = &editions[from];
            const edition* newer = nullptr;
            for (std::size_t k = to; k < after && !newer; ++k)
                if (editions[k].document != older->document) newer = &editions[k];
            if (!newer && to - from > 1) {
                older = &editions[from + 1];
                newer = &editions[to];
            }
            if (newer && root_of[older->reference] != root_of[newer->reference])
                misses.push_back({places[older->reference], places[newer->reference],
                                  "same title, years " + std::to_string(older->year) + " and " +
                                      std::to_string(newer->year)});
            from = to;
        }
    }
    return misses;
}

}  // namespace

provenance link_sources(const std::vector<document>& documents, const link_options& options) {
    provenance links;
    std::vector<reference_place> places;
    std::size_t references = 0;
    for (const document& d : documents) references += d.references.size();
    places.reserve(references);
    for (std::size_t d = 0; d < documents.size(); ++d)
        for (std::size_t i = 0; i < documents[d].references.size(); ++i) places.push_back({d, i});

    // Each reference's keys, and the corpus document it names, depend on that reference
    // alone: found on every core, each into its own slot.
    const document_index index(documents);
    std::vector<reference_keys> keys(places.size());
    std::vector<std::pair<std::optional<std::size_t>, match_basis>> named(places.size());
    text::for_each_index_in_parallel(places.size(), [&](std::size_t i) {
        const reference& r = documents[places[i].document].references[places[i].reference];
        keys[i] = keys_of(r);
        named[i] = named_document(documents, index, places[i].document, r, keys[i]);
    });
    links.names_document.resize(documents.size());
    for (std::size_t d = 0; d < documents.size(); ++d) links.names_document[d].reserve(documents[d].references.size());
    for (std::size_t i = 0; i < places.size(); ++i) links.names_document[places[i].document].push_back(named[i].first);

    reference_groups groups(keys);
    if (options.merge) {
        // Strongest key first, so a group's DOI is known before weaker keys try to join it.
        std::unordered_map<std::string_view, std::size_t> first;
        for (std::size_t i = 0; i < keys.size(); ++i) unite_by(groups, first, keys[i].doi, i, match_basis::doi);
        first.clear();
        for (std::size_t i = 0; i < keys.size(); ++i)
            for (const std::string& url : keys[i].urls) unite_by(groups, first, url, i, match_basis::url);
        std::unordered_map<title_in_year, std::size_t, title_in_year_hash> first_edition;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i].title.empty()) continue;
            auto [slot, inserted] = first_edition.emplace(title_in_year{keys[i].title, keys[i].year}, i);
            const reference_keys& earlier = keys[slot->second];
            // One title in two months of a year is two issues (news, bulletins), not one work.
            const bool months_differ = earlier.month != 0 && keys[i].month != 0 && earlier.month != keys[i].month;
            if (!inserted && !months_differ) groups.unite(slot->second, i, match_basis::title);
        }
        // References that name one corpus document name one work, however they spell it.
        std::vector<std::optional<std::size_t>> first_naming(documents.size());
        for (std::size_t i = 0; i < named.size(); ++i) {
            const auto [d, basis] = named[i];
            if (!d) continue;
            std::optional<std::size_t>& seen = first_naming[*d];
            if (!seen) seen = i;
            else groups.unite(*seen, i, basis);
        }
    }

    // The groups are final: each reference's root, read by both jobs below.
    std::vector<std::size_t> root_of(places.size());
    for (std::size_t i = 0; i < places.size(); ++i) root_of[i] = groups.find(i);
    const reference_groups& final_groups = groups;

    // The sources, and beside them on another core the near misses, which need only know
    // whether two references are one source: whether they share a root.
    const auto make_sources = [&] {
        std::vector<long> source_of_root(places.size(), -1);
        // Made to measure, the sources and each source's list of references: a vector of
        // sources grown by doubling copied them over and over, on one core, into fresh pages
        // the kernel had to clear, and lists grown one by one held twice their references' room.
        std::size_t roots = 0;
        std::vector<std::uint32_t> members_of_root(places.size(), 0);
        for (std::size_t i = 0; i < places.size(); ++i) {
            roots += root_of[i] == i ? 1 : 0;
            ++members_of_root[root_of[i]];
        }
        links.sources.reserve(roots);
        links.source_of.resize(documents.size());
        for (std::size_t d = 0; d < documents.size(); ++d) links.source_of[d].reserve(documents[d].references.size());
        for (std::size_t i = 0; i < places.size(); ++i) {
            const std::size_t root = root_of[i];
            const auto [d, r] = places[i];
            const reference& ref = documents[d].references[r];
            if (source_of_root[root] < 0) {
                source_of_root[root] = static_cast<long>(links.sources.size());
                source s;
                s.number = static_cast<std::uint32_t>(links.sources.size() + 1);
                s.title = ref.title;
                s.doi = final_groups.doi(root);
                s.matched_by = final_groups.basis(root);
                s.references.reserve(members_of_root[root]);
                links.sources.push_back(std::move(s));
            }
            const auto index_of_source = static_cast<std::size_t>(source_of_root[root]);
            source& s = links.sources[index_of_source];
            s.references.push_back(places[i]);
            if (s.url.empty() && !ref.urls.empty()) s.url = ref.urls.front();
            if (ref.published.known() && (!s.published.known() || earlier_start(s.published, ref.published)))
                s.published = ref.published;
            if (!s.document && named[i].first) s.document = static_cast<std::uint32_t>(*named[i].first);
            links.source_of[d].push_back(index_of_source);
        }
    };
    std::vector<near_miss> near_misses;
    text::run_side_by_side([&] { near_misses = find_near_misses(keys, places, root_of); }, make_sources);
    links.near_misses = std::move(near_misses);
    return links;
}

}  // namespace citegraph
