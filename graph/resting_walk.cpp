#include "resting_walk.hpp"

#include <utility>

namespace citegraph {

citing_index::citing_index(const corpus& c) : c_(c) {
    const std::size_t documents = c.documents.size();
    first_reference_.resize(documents + 1, 0);
    first_claim_.resize(documents, 0);
    std::size_t claims = 0;
    for (const document& d : c.documents) claims += d.claims.size();
    claim_document_.reserve(claims);
    for (std::size_t doc = 0; doc < documents; ++doc) {
        first_reference_[doc + 1] = first_reference_[doc] + c.documents[doc].references.size();
        first_claim_[doc] = claim_document_.size();
        claim_document_.insert(claim_document_.end(), c.documents[doc].claims.size(), static_cast<std::uint32_t>(doc));
    }

    // Each claim's cited references (its cites edges) counted per reference first, then
    // placed claim by claim, so each reference's run is ascending and no list of
    // (reference, claim) pairs is held: on a large corpus that list was the heap's peak.
    const auto for_each_citation = [&](auto&& take) {
        for (std::size_t doc = 0; doc < documents; ++doc)
            for (std::size_t i = 0; i < c.documents[doc].claims.size(); ++i)
                for_each_cited_reference(c, doc, i, [&](std::size_t ref) {
                    take(first_reference_[doc] + ref, first_claim_[doc] + i);
                });
    };
    citing_start_.assign(first_reference_[documents] + 1, 0);
    for_each_citation([&](std::size_t ref, std::size_t) { ++citing_start_[ref + 1]; });
    for (std::size_t r = 0; r + 1 < citing_start_.size(); ++r) citing_start_[r + 1] += citing_start_[r];
    citing_.resize(citing_start_.back());
    std::vector<std::size_t> next(citing_start_.begin(), citing_start_.end() - 1);
    for_each_citation(
        [&](std::size_t ref, std::size_t claim) { citing_[next[ref]++] = static_cast<claim_number>(claim); });
}

resting_walk::resting_walk(const citing_index& index, document_links links)
    : index_(index),
      links_(std::move(links)),
      claim_round_(index.claim_count(), 0),
      document_round_(links_.named_by.size(), 0),
      via_(index.claim_count()),
      direct_(index.claim_count(), false),
      document_first_(links_.named_by.size(), 0) {}

void resting_walk::reach_citing(const reference_place& reference, bool direct) {
    const std::size_t number = index_.reference_number(reference);
    for (std::size_t claim : index_.citing(number)) {
        if (claim_round_[claim] == round_) continue;
        claim_round_[claim] = round_;
        via_[claim] = static_cast<std::uint32_t>(number);
        direct_[claim] = direct;
        reached_.push_back(claim);
    }
}

const std::vector<std::size_t>& resting_walk::run(const std::vector<reference_place>& targets) {
    ++round_;
    reached_.clear();
    for (const reference_place& t : targets) reach_citing(t, true);
    // A claim reached makes its document reached: the references naming the document, and
    // the claims citing those, rest on it too.
    for (std::size_t at = 0; at < reached_.size(); ++at) {
        const std::size_t doc = index_.document_of(reached_[at]);
        if (document_round_[doc] == round_) continue;
        document_round_[doc] = round_;
        document_first_[doc] = reached_[at];
        for (const reference_place& naming : links_.named_by[doc]) reach_citing(naming, false);
    }
    return reached_;
}

}  // namespace citegraph
