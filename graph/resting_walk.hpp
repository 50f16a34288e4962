// The claims that cite each reference of a corpus, indexed once, and the one walk against
// the direction of resting (a reference -> the claims citing it -> their document -> the
// references naming that document -> ...) that counting (resting_claims) and impact paths
// (find_impact) share.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "citation_graph.hpp"
#include "document_graph.hpp"
#include "citegraph/provenance_analysis.hpp"

namespace citegraph {

// Claims and references numbered across the corpus, document by document, in corpus order;
// for each reference, the claims citing it (each once, ascending). Linear in the corpus.
class citing_index {
public:
    // A claim's number among all the corpus' claims. 32 bits, as vertices are: the index is
    // made beside check's writing, at the peak of its memory.
    using claim_number = std::uint32_t;

    // Reads each claim's cites; c must outlive the index.
    explicit citing_index(const corpus& c);

    const corpus& source() const { return c_; }
    std::size_t claim_count() const { return claim_document_.size(); }
    std::size_t reference_number(const reference_place& r) const { return first_reference_[r.document] + r.reference; }
    // The reference with number `number`: the last document whose first number is at most it.
    reference_place reference_of(std::size_t number) const {
        const auto after = std::upper_bound(first_reference_.begin(), first_reference_.end(), number);
        const auto doc = static_cast<std::size_t>(after - first_reference_.begin()) - 1;
        return {doc, number - first_reference_[doc]};
    }
    std::size_t document_of(std::size_t claim) const { return claim_document_[claim]; }
    claim_place place_of(std::size_t claim) const {
        const std::size_t doc = claim_document_[claim];
        return {doc, claim - first_claim_[doc]};
    }
    // The claims citing reference number `reference`, ascending; empty if none does.
    std::span<const claim_number> citing(std::size_t reference) const {
        return {citing_.data() + citing_start_[reference], citing_start_[reference + 1] - citing_start_[reference]};
    }

private:
    const corpus& c_;
    std::vector<std::size_t> first_reference_;  // per document (and one past the last): number of its first reference
    std::vector<std::size_t> first_claim_;      // per document: number of its first claim
    std::vector<std::uint32_t> claim_document_;  // per claim number: its document
    // Claims citing each reference number: citing_[citing_start_[r] .. citing_start_[r + 1]).
    std::vector<std::size_t> citing_start_;
    std::vector<claim_number> citing_;
};

// Breadth first from a set of references against the direction of resting. A claim is
// reached through the first reference that reaches it; a document through the first of its
// claims taken from the queue; so the way down from every claim is a shortest one. The walk
// keeps its state between runs, so a run costs only what it visits.
class resting_walk {
public:
    // The index must outlive the walk; links: link_documents(index.source(), true).
    resting_walk(const citing_index& index, document_links links);

    // The claims resting on any of the targets, each once, in the order reached; empty for
    // no targets. Valid until the next run.
    const std::vector<std::size_t>& run(const std::vector<reference_place>& targets);

    // For a claim of the last run: the reference it cites on its way down, and whether that
    // reference is one of the targets.
    reference_place via(std::size_t claim) const { return index_.reference_of(via_[claim]); }
    bool direct(std::size_t claim) const { return direct_[claim]; }
    // For a document a claim of the last run belongs to: the number of its claim taken first.
    std::size_t first_claim_of(std::size_t document) const { return document_first_[document]; }

    const document_links& links() const { return links_; }

private:
    void reach_citing(const reference_place& reference, bool direct);

    const citing_index& index_;
    document_links links_;
    std::uint32_t round_ = 0;  // runs are fewer than references, as claims are fewer than vertices
    std::vector<std::uint32_t> claim_round_, document_round_;  // the run that last reached each
    std::vector<std::uint32_t> via_;  // per claim: the number of its reference on the way down
    std::vector<bool> direct_;
    std::vector<std::size_t> document_first_;
    std::vector<std::size_t> reached_;
};

}  // namespace citegraph
