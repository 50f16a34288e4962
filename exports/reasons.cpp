#include "reasons.hpp"

#include <algorithm>
#include <span>

#include "graph/citation_graph.hpp"
#include "text.hpp"
#include "text/parallel_indices.hpp"

namespace citegraph::exports_detail {

namespace {

std::string id_of(const corpus& c, const reference_place& r) {
    return c.vertex_id(c.reference_vertex(r.document, r.reference));
}

// One reason other than upstream in words.
std::string own_reason_text(const corpus& c, const reference_assessment& ra, const stale_reason& reason) {
    switch (reason.kind) {
        case stale_reason_kind::superseded: return "superseded by " + std::to_string(ra.superseded_by);
        case stale_reason_kind::superseded_elsewhere: {
            const reference_place& newer = reason.reference;
            return "superseded by " + id_of(c, newer) + " (" +
                   to_iso(c.documents[newer.document].references[newer.reference].published) + ")";
        }
        case stale_reason_kind::too_old: return "older than " + to_string(reason.limit);
        case stale_reason_kind::upstream: break;
    }
    return "";
}

// "stale upstream: d2 "Basin Water Review" → d2:c1 → d2:r1 → d3 → d3:c1 → d3:r1 (2009; older than 3y)":
// the path down from the named document, and the date and reasons of the stale reference it ends at.
std::string upstream_text(const corpus& c, const corpus_assessment& a, const reference_assessment& ra,
                          const stale_reason& reason) {
    const auto& path = ra.upstream_path;
    std::string text = "stale upstream: " + (path.empty() ? std::string() : path.front()) + " \"" +
                       c.documents[reason.document].title + "\"";
    for (std::size_t i = 1; i < path.size(); ++i) text += " → " + path[i];
    const reference_place end = reason.reference;
    text += " (" + iso_or_undated(c.documents[end.document].references[end.reference].published);
    for (const std::string& own : own_stale_reason_texts(c, a, end.document, end.reference)) text += "; " + own;
    return text + ")";
}

// "25 (2018-06-28; superseded by 4; older than 3y)": a stale source a claim cites.
std::string stale_source_text(const corpus& c, const corpus_assessment& a, std::size_t doc, std::size_t ref) {
    const reference& r = c.documents[doc].references[ref];
    std::string text = std::to_string(r.number) + " (" + iso_or_undated(r.published);
    for (const std::string& reason : stale_reason_texts(c, a, doc, ref)) text += "; " + reason;
    return text + ")";
}

}  // namespace

std::string notice_text(const reference_assessment& ra) {
    if (!ra.standing_notice) return "";
    const retraction_notice& n = ra.notices[*ra.standing_notice];
    std::string text = n.kind == notice_kind::retraction              ? "retracted"
                       : n.kind == notice_kind::expression_of_concern ? "expression of concern"
                                                                      : "corrected";
    text += " " + iso_or_undated(n.issued);
    if (!n.notice_doi.empty()) text += ", notice " + n.notice_doi;
    return text;
}

std::vector<std::string> stale_reason_texts(const corpus& c, const corpus_assessment& a, std::size_t doc,
                                            std::size_t ref) {
    const reference_assessment& ra = a.documents[doc].references[ref];
    std::vector<std::string> texts;
    if (std::string notice = notice_text(ra); !notice.empty()) texts.push_back(std::move(notice));
    for (const stale_reason& reason : ra.stale_reasons)
        texts.push_back(reason.kind == stale_reason_kind::upstream ? upstream_text(c, a, ra, reason)
                                                                   : own_reason_text(c, ra, reason));
    return texts;
}

std::vector<std::string> own_stale_reason_texts(const corpus& c, const corpus_assessment& a, std::size_t doc,
                                                std::size_t ref) {
    const reference_assessment& ra = a.documents[doc].references[ref];
    std::vector<std::string> texts;
    for (const stale_reason& reason : ra.stale_reasons)
        if (reason.kind != stale_reason_kind::upstream) texts.push_back(own_reason_text(c, ra, reason));
    return texts;
}

namespace {

bool cites_unsound(const claim_reason& reason) {
    return reason.kind == claim_reason_kind::stale_source || reason.kind == claim_reason_kind::retracted_source ||
           reason.kind == claim_reason_kind::noticed_source;
}

// claim_reason_texts, with `source_text(ref)` giving stale_source_text for the claim's document.
template <class SourceText>
std::vector<std::string> reason_texts(const corpus_assessment& a, std::size_t doc, std::size_t claim,
                                      const SourceText& source_text) {
    const claim_assessment& ca = a.documents[doc].claims[claim];
    const std::span<const claim_reason> reasons = a.documents[doc].reasons_of(claim);
    std::vector<std::string> texts;
    texts.reserve(reasons.size());
    for (const claim_reason& reason : reasons) {
        switch (reason.kind) {
            case claim_reason_kind::uncited: texts.emplace_back("no citation supports it"); break;
            case claim_reason_kind::missing_reference:
                texts.push_back("cites " + std::to_string(reason.number) + ", which the reference list lacks");
                break;
            case claim_reason_kind::stale_source:
            case claim_reason_kind::retracted_source:
            case claim_reason_kind::noticed_source: texts.push_back(source_text(reason.reference)); break;
            case claim_reason_kind::predates:
                texts.push_back("reports " + std::to_string(ca.event_year) + " but every source predates it");
                break;
        }
    }
    return texts;
}

// explain for claim finding `f`, whose claim_reason_texts are `reasons`.
std::string explanation(const corpus& c, const corpus_assessment& a, const finding& f,
                        std::vector<std::string> reasons) {
    const claim_assessment& ca = a.documents[f.document].claims[f.item];
    if (f.kind == finding_kind::anachronism) return reasons.empty() ? "" : reasons.back();
    if (ca.anachronism && !reasons.empty()) reasons.pop_back();  // has a finding of its own
    switch (ca.verdict) {
        case claim_verdict::resting_on_stale:
        case claim_verdict::resting_on_retracted: return "cites " + join(reasons, ", ");
        case claim_verdict::partly_stale:
            return "cites " + join(reasons, ", ") + "; current: " +
                   join(current_sources(c, a, f.document, f.item), ", ");
        case claim_verdict::uncited: return "";
        default: return join(reasons, "; ");
    }
}

}  // namespace

std::vector<std::string> claim_reason_texts(const corpus& c, const corpus_assessment& a, std::size_t doc,
                                            std::size_t claim) {
    return reason_texts(a, doc, claim, [&](std::size_t ref) { return stale_source_text(c, a, doc, ref); });
}

std::string explain(const corpus& c, const corpus_assessment& a, const finding& f) {
    if (names_reference(f)) return "";
    return explanation(c, a, f, claim_reason_texts(c, a, f.document, f.item));
}

claim_reasons::claim_reasons(const corpus& c, const corpus_assessment& a)
    : c_(c), a_(a), source_texts_(c.documents.size()) {
    text::for_each_index_in_parallel(c.documents.size(), [&](std::size_t doc) {
        std::vector<bool> made(c.documents[doc].references.size());
        auto& texts = source_texts_[doc];
        const document_assessment& da = a.documents[doc];
        for (std::size_t claim = 0; claim < da.claims.size(); ++claim)
            for (const claim_reason& reason : da.reasons_of(claim))
                if (cites_unsound(reason) && !made[reason.reference]) {
                    made[reason.reference] = true;
                    texts.emplace_back(reason.reference, stale_source_text(c, a, doc, reason.reference));
                }
        std::sort(texts.begin(), texts.end());
    });
}

const std::string& claim_reasons::source_text(std::size_t doc, std::size_t ref) const {
    const auto& texts = source_texts_[doc];
    const auto found = std::lower_bound(texts.begin(), texts.end(), ref,
                                        [](const auto& made, std::size_t wanted) { return made.first < wanted; });
    return found->second;  // made for every reference a claim cites as unsound
}

std::vector<std::string> claim_reasons::texts(std::size_t doc, std::size_t claim) const {
    return reason_texts(a_, doc, claim, [&](std::size_t ref) -> const std::string& { return source_text(doc, ref); });
}

std::string claim_reasons::explain(const finding& f) const {
    if (names_reference(f)) return "";
    return explanation(c_, a_, f, texts(f.document, f.item));
}

std::string claim_reasons::explain(const finding& f, std::vector<std::string> texts) const {
    return explanation(c_, a_, f, std::move(texts));
}

}  // namespace citegraph::exports_detail
