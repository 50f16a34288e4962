#include "reference_details.hpp"

#include <unordered_set>

#include "text/doi_scanner.hpp"
#include "text/pubmed_id.hpp"
#include "reference_date.hpp"
#include "reference_kind.hpp"
#include "text/reference_segments.hpp"
#include "text/url_scanner.hpp"
#include "text/utf8_text.hpp"
#include "text/work_titles.hpp"

namespace citegraph {

namespace {

std::vector<std::string> unique_urls(const std::vector<found_url>& found) {
    std::vector<std::string> urls;
    std::unordered_set<std::string_view> seen;
    for (const found_url& url : found)
        if (!url.url.empty() && seen.insert(url.url).second) urls.push_back(url.url);
    return urls;
}

bool is_draft(const text::folded_text& body) {
    return body.has_phrase("draft") || body.has_phrase("projet de loi") || body.has_phrase("avant projet");
}

// `found`: find_urls(text); `plain`: without_urls(text, found); `segments`: split_segments(plain).
reference_details read(std::string_view text, const std::vector<found_url>& found, std::string_view plain,
                       std::vector<std::string_view> segments) {
    reference_details details;
    details.urls = unique_urls(found);
    details.doi = find_doi(text);
    details.pmid = find_pmid(text);
    std::vector<found_date> dates = find_dates(plain);
    // Split and folded once here, for both the kind and the draft flag.
    const reference_parts parts = split_reference(plain, std::move(segments));
    const text::folded_text body(text::folded_words(parts.body));
    details.kind = classify_reference(plain, parts, body, dates, details.urls);
    // A DOI, an arXiv identifier or a conference's proceedings mark scholarly literature
    // that the words alone read as a report.
    const bool scholarly_marks = !details.doi.empty() || body.has_phrase("arxiv") ||
                                 body.has_phrase("proceedings of") || body.has_phrase("in proceedings");
    if (scholarly_marks && (details.kind == reference_kind::report || details.kind == reference_kind::other))
        details.kind = reference_kind::article;
    for (const found_date& d : dates) details.dates.push_back({d.value, date_role_in(d.role, details.kind)});
    dated chosen = choose_reference_date(dates, details.kind);
    details.published = chosen.value;
    details.role = chosen.role;
    // The entry is its body and its notes, and a note opens with "Please see", "See also",
    // "Note" or "For more information": the phrase is in one of the two, never across them.
    details.source_on_file = body.has_phrase("source on file") ||
                             (!parts.notes.empty() && text::has_phrase(text::folded_words(parts.notes), "source on file"));
    details.draft = is_draft(body);
    return details;
}

}  // namespace

void fill_from_text(reference& r) {
    // The links, the text without them and its segments serve both the details and the title.
    const std::vector<found_url> found = find_urls(r.text);
    const std::string plain = without_urls(r.text, found);
    std::vector<std::string_view> segments = split_segments(plain);
    reference_details details = read(r.text, found, plain, segments);
    r.urls = std::move(details.urls);
    r.doi = std::move(details.doi);
    if (r.extra->pmid.empty() && !details.pmid.empty()) r.extra.edit().pmid = std::move(details.pmid);  // a tagged one (JATS, TEI) stands
    r.dates = std::move(details.dates);
    r.published = details.published;
    r.role = details.role;
    r.kind = details.kind;
    r.source_on_file = details.source_on_file;
    r.draft = details.draft;
    r.title = entry_title(entry_segment_views(plain, std::move(segments)));
}

reference_details read_reference_details(std::string_view text) {
    const std::vector<found_url> found = find_urls(text);
    const std::string plain = without_urls(text, found);
    return read(text, found, plain, split_segments(plain));
}

}  // namespace citegraph
