// Suppressions and a baseline applied to check's findings.
#include "citegraph/triage.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <unordered_map>

#include "graph/ordered_findings.hpp"
#include "graph/source_keys.hpp"
#include "sha256.hpp"
#include "text/parallel_indices.hpp"
#include "text/text_chars.hpp"

namespace citegraph {

// A check of a corpus holds one per finding.
static_assert(sizeof(triaged_finding) == 20);

namespace {

std::string hex_digest(std::string_view bytes, std::size_t digits) {
    static constexpr char hex[] = "0123456789abcdef";
    const auto digest = exports_detail::sha256(bytes);
    std::string out;
    for (std::size_t i = 0; out.size() < digits; ++i) out += {hex[digest[i] >> 4], hex[digest[i] & 15]};
    out.resize(digits);
    return out;
}

// Appends the text with each run of whitespace made one space and none at either end.
void append_folded_space(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    bool gap = false;
    for (char ch : text) {
        if (is_space(ch)) {
            gap = out.size() > start;
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += ch;
    }
}

// True when folding whitespace would leave the text as it is, as it leaves every claim's
// text (importers fold it): such a text is hashed as it stands, uncopied.
bool is_folded(std::string_view text) {
    if (text.empty()) return true;
    if (is_space(text.front()) || is_space(text.back())) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ') {
            if (text[i + 1] == ' ') return false;  // the last byte is no space, so i + 1 is inside
        } else if (is_space(text[i])) {
            return false;
        }
    }
    return true;
}

std::string_view text_of(const corpus& c, const finding& f) {
    const document& d = c.documents[f.document];
    return names_reference(f) ? d.references[f.item].text : d.claims[f.item].text;
}

// The reference's identity: its DOI, else its first URL that names a page, else its text.
std::string reference_identity(const reference& r) {
    if (!r.doi.empty()) return "doi:" + doi_key(r.doi);
    for (const std::string& url : r.urls)
        if (std::string key = url_key(url); !key.empty()) return "url:" + key;
    std::string identity = "text:";
    append_folded_space(identity, r.text);
    return identity;
}

bool suppresses_reference(const suppression& s, const reference& r, const std::string& hash) {
    if (s.reference == hash) return true;
    if (const std::string doi = doi_key(s.reference); !doi.empty()) return !r.doi.empty() && doi_key(r.doi) == doi;
    const std::string url = url_key(s.reference);
    if (url.empty()) return false;
    for (const std::string& own : r.urls)
        if (url_key(own) == url) return true;
    return false;
}

// hash: the finding's text_hash, which triage computes for every finding while a suppression is live.
bool matches(const suppression& s, const corpus& c, const triaged_finding& t, const std::string& hash) {
    if (!s.rule.empty() && s.rule != t.f.name()) return false;
    if (names_reference(t.f))
        return !s.reference.empty() && suppresses_reference(s, c.documents[t.f.document].references[t.f.item], hash);
    return !s.claim.empty() && s.claim == hash;
}

bool expired(const suppression& s, const date& today) {
    return s.expires.known() && today.known() && to_iso(s.expires) < to_iso(today);
}

std::string what_it_names(const suppression& s) {
    return s.reference.empty() ? "claim \"" + s.claim + "\"" : "reference \"" + s.reference + "\"";
}

}  // namespace

std::string text_hash(std::string_view text) {
    if (is_folded(text)) return hex_digest(text, 12);
    std::string folded;
    append_folded_space(folded, text);
    return hex_digest(folded, 12);
}

std::string finding_fingerprint(const corpus& c, const finding& f) {
    const document& d = c.documents[f.document];
    std::string key(f.name());
    key += '\n';
    key += std::filesystem::path(d.path).lexically_normal().native();
    key += '\n';
    if (names_reference(f)) {
        key += reference_identity(d.references[f.item]);
    } else {
        key += "claim:";
        append_folded_space(key, d.claims[f.item].text);
    }
    return hex_digest(key, 16);
}

std::string hash_of(const corpus& c, const triaged_findings& t, std::size_t i) {
    return i < t.keys.size() && !t.keys[i].hash.empty() ? t.keys[i].hash : text_hash(text_of(c, t.findings[i].f));
}

std::string fingerprint_of(const corpus& c, const triaged_findings& t, std::size_t i) {
    return i < t.keys.size() && !t.keys[i].fingerprint.empty() ? t.keys[i].fingerprint
                                                               : finding_fingerprint(c, t.findings[i].f);
}

triaged_findings triage(const corpus& c, const corpus_assessment& a, const acknowledgements& ack) {
    triaged_findings out;
    out.with_baseline = ack.baseline.has_value();
    if (!ack.suppressions.empty()) out.suppressions = &ack.suppressions;
    if (ack.suppressions.size() >= triaged_finding::not_suppressed)
        throw std::length_error("more than 2^32 - 1 suppressions");
    std::vector<std::uint32_t> live;  // places in ack.suppressions
    for (std::size_t i = 0; i < ack.suppressions.size(); ++i) {
        const suppression& s = ack.suppressions[i];
        if (!expired(s, ack.today)) {
            live.push_back(static_cast<std::uint32_t>(i));
            continue;
        }
        out.warnings.push_back({s.file, s.where,
                                "suppression of " + what_it_names(s) + " expired on " + to_iso(s.expires) +
                                    " and no longer applies (reason: " + s.reason + ")"});
    }
    // SHA-256 of every finding's text was a tenth of check's time: hash only for what
    // compares hashes here; the writers that show them compute the rest (hash_of).
    const bool need_hash = !live.empty();
    // ordered_findings, made in place.
    findings_detail::fill_ordered_findings(out.findings, c, a, [](auto& t) -> auto& { return t.f; });
    // Each finding's keys and the first live suppression that matches it, on every core:
    // with a baseline, the fingerprints on one core took longer than the rest of the run.
    // Without suppressions or a baseline there is nothing to work out.
    if (need_hash || ack.baseline) {
        out.keys.resize(out.findings.size());
        text::for_each_index_in_parallel(out.findings.size(), [&](std::size_t k) {
            triaged_finding& t = out.findings[k];
            finding_keys& keys = out.keys[k];
            if (need_hash) keys.hash = text_hash(text_of(c, t.f));
            if (ack.baseline) keys.fingerprint = finding_fingerprint(c, t.f);
            for (std::size_t i = 0; i < live.size() && t.suppression == triaged_finding::not_suppressed; ++i)
                if (matches(ack.suppressions[live[i]], c, t, keys.hash)) t.suppression = live[i];
        });
    }
    // Which suppressions matched, and the baseline's counts spent in listing order.
    std::vector<bool> used(ack.suppressions.size(), false);  // by place in ack.suppressions
    for (const triaged_finding& t : out.findings)
        if (t.suppression != triaged_finding::not_suppressed) used[t.suppression] = true;
    if (ack.baseline) {
        // Looked up by hashing, not by comparing fingerprints down a tree; the map's keys
        // outlive the views.
        std::unordered_map<std::string_view, std::size_t> baseline_left(ack.baseline->begin(), ack.baseline->end());
        for (std::size_t k = 0; k < out.findings.size(); ++k) {
            triaged_finding& t = out.findings[k];
            if (t.suppression != triaged_finding::not_suppressed) continue;
            if (auto left = baseline_left.find(out.keys[k].fingerprint); left != baseline_left.end() && left->second > 0) {
                --left->second;
                t.baselined = true;
            }
        }
    }
    for (std::uint32_t i : live) {
        const suppression& s = ack.suppressions[i];
        if (!used[i]) out.warnings.push_back({s.file, s.where, "suppression of " + what_it_names(s) + " matches no finding"});
    }
    // In the order the file lists them.
    std::stable_sort(out.warnings.begin(), out.warnings.end(),
                     [](const diagnostic& x, const diagnostic& y) { return x.where.line < y.where.line; });
    return out;
}

int worst_listed_severity(const corpus_assessment& a, const triaged_findings& t) {
    int worst = 0;
    for (const triaged_finding& one : t.findings)
        if (one.listed() && one.f.kind == finding_kind::claim)
            worst = std::max(worst, severity(a.documents[one.f.document].claims[one.f.item].verdict));
    return worst;
}

}  // namespace citegraph
