// Provenance across a corpus: which references in different documents name the same work
// (a source), and which references name a document that is itself in the corpus.
// Plain data computed from the documents alone (graph/source_links.cpp); the corpus graph
// draws it as source vertices with same-as edges and reference -> document derived-from edges.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

// One reference of one document of the corpus.
struct reference_place {
    std::size_t document = 0;   // index into the corpus' documents
    std::size_t reference = 0;  // index into that document's references
    friend bool operator==(const reference_place&, const reference_place&) = default;
};

// What made two references one source, strongest first.
enum class match_basis : std::uint8_t { none, doi, url, title };

// "doi", "url", "title"; "" for none.
std::string_view to_string(match_basis basis);

// One work that references name: every reference that names it, in corpus order.
// Its title and URL are views into the references it was made from, not copies: valid
// while the documents link_sources read keep their reference lists, as a corpus's do.
// 120 bytes; a corpus holds one per work its references name.
struct source {
    std::string doi;                         // lower-case; "" if no member names one
    std::string_view title;                  // as the first reference prints it; "" if none read
    std::string_view url;                    // the first URL a member prints; "" if none prints one
    date published;                          // the newest date any member gives the work
    std::vector<reference_place> references; // never empty
    std::uint32_t number = 0;                // 1, 2, ... in order of first reference
    match_basis matched_by = match_basis::none;  // the weakest key that merged its members; none for one reference
    std::optional<std::uint32_t> document;   // the corpus document that is this work, if any

    // "s1", "s2", ...: "s" and its number, made when asked.
    std::string id() const { return "s" + std::to_string(number); }
};

// Two references of different documents with the same normalised title whose years
// differ: reported, not merged. first is the older edition.
struct near_miss {
    reference_place first;
    reference_place second;
    std::string reason;  // "same title, years 2017 and 2020"
};

struct provenance {
    std::vector<source> sources;
    // Per document, per reference: index into sources.
    std::vector<std::vector<std::size_t>> source_of;
    // Per document, per reference: the corpus document it names, if any. A document never
    // names itself here.
    std::vector<std::vector<std::optional<std::size_t>>> names_document;
    std::vector<near_miss> near_misses;
};

struct link_options {
    bool merge = true;  // false (--no-merge): every reference is its own source
};

// Groups the references of the documents into sources and links references to the
// documents they name. Matching is by DOI, then normalised URL, then normalised title and
// year; it hashes keys, so its cost grows with the number of references, not their pairs.
// An empty corpus gives empty results.
provenance link_sources(const std::vector<document>& documents, const link_options& options = {});
// Deleted: the sources would view the titles and URLs of documents gone at the statement's end.
provenance link_sources(std::vector<document>&& documents, const link_options& options = {}) = delete;

}  // namespace citegraph
