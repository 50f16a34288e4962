#include "entry_text.hpp"

#include <algorithm>

#include "importers/common/cited_text.hpp"
#include "text/date_scanner.hpp"
#include "importers/common/reference_date.hpp"
#include "importers/common/reference_details.hpp"
#include "importers/common/reference_kind.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph::html_import {

namespace {

// A stretch of the entry's text that its markup says holds a date of a given role.
struct role_span {
    std::size_t begin;
    std::size_t end;  // std::string::npos: to the end of the text, first date only
    date_role role;
};

// Elements that start a new line or block: their text never runs into the text before.
bool breaks_line(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_BR: case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

// The value of key in a URL query ("a=1&rft.date=1992&b"), '+' and %XX decoded; "" if absent.
std::string query_value(std::string_view query, std::string_view key) {
    std::size_t at = 0;
    while (at < query.size()) {
        std::size_t end = query.find('&', at);
        if (end == std::string_view::npos) end = query.size();
        std::string_view pair = query.substr(at, end - at);
        if (pair.starts_with("amp;")) pair.remove_prefix(4);
        if (pair.size() > key.size() && pair.starts_with(key) && pair[key.size()] == '=') {
            std::string value = link_fragment("#" + std::string(pair.substr(key.size() + 1)));
            std::replace(value.begin(), value.end(), '+', ' ');
            return value;
        }
        at = end + 1;
    }
    return {};
}

// The date a COinS span (<span class="Z3988" title="...&rft.date=1992&...">, which cite
// templates print beside every citation) tags: "1992", "1988-07" or "2015-03-16";
// unknown for ranges ("2000/2006") or anything else.
date coins_date(std::string_view title) {
    const std::string value = query_value(title, "rft.date");
    const date parsed = parse_iso_date(value);
    return to_iso(parsed) == value ? parsed : date{};
}

// Makes the tagged date the entry's published date, as a tagged <year> is in JATS.
void tag_published(reference& r, const date& tagged) {
    auto same = std::find_if(r.dates.begin(), r.dates.end(), [&](const role_date& d) {
        return d.value == tagged && (d.role == date_role::none || d.role == date_role::published);
    });
    if (same == r.dates.end()) r.dates.insert(r.dates.begin(), {tagged, date_role::published});
    else same->role = date_role::published;
    r.published = tagged;
    r.role = date_role::published;
}

// The kind a Wikipedia citation template names in its class: <cite class="citation
// journal">, "book", "web", "news", "report"; other for the rest ("encyclopaedia", ...).
reference_kind cite_template_kind(const GumboNode* cite) {
    if (has_class(cite, "journal") || has_class(cite, "conference")) return reference_kind::article;
    if (has_class(cite, "book")) return reference_kind::book;
    if (has_class(cite, "web")) return reference_kind::web_page;
    if (has_class(cite, "news") || has_class(cite, "magazine")) return reference_kind::news;
    if (has_class(cite, "report") || has_class(cite, "techreport")) return reference_kind::report;
    return reference_kind::other;
}

class entry_reader {
public:
    void read(const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            text_.append(node->v.text.text, {});
            return;
        }
        if (!is_element(node) || is_invisible(node) || is_back_link(node)) return;
        // A callout inside a note (a note citing another note) is not part of its text.
        if (has_class(node, "reference") && tag_of(node) == GUMBO_TAG_SUP) return;
        // Maintenance tags ("[self-published source]") are the wiki's, not the entry's.
        if (has_class(node, "noprint") || has_class(node, "Inline-Template")) return;
        if (tag_of(node) == GUMBO_TAG_CITE && has_class(node, "citation") && tagged_kind_ == reference_kind::other)
            tagged_kind_ = cite_template_kind(node);
        if (breaks_line(tag_of(node))) text_.append(" ", {});
        if (tag_of(node) == GUMBO_TAG_A) note_link(node);
        if (has_class(node, "Z3988") && !tagged_.known()) tagged_ = coins_date(attribute(node, "title"));
        const std::size_t begin = text_.text().size();
        const GumboVector* children = children_of(node);
        for (unsigned i = 0; i < children->length; ++i) read(static_cast<const GumboNode*>(children->data[i]));
        if (has_class(node, "reference-accessdate"))
            spans_.push_back({begin, text_.text().size(), date_role::accessed});
    }

    entry_reading finish() {
        entry_reading out;
        reference& r = out.entry;
        r.text = text_.text();
        fill_from_text(r);
        std::vector<std::string> urls = std::move(urls_);
        for (std::string& url : r.urls)
            if (std::find(urls.begin(), urls.end(), url) == urls.end()) urls.push_back(std::move(url));
        r.urls = std::move(urls);
        mark_roles(r);
        if (tagged_.known()) tag_published(r, tagged_);
        r.kind = markup_kind_over(r.kind, tagged_kind_);
        out.links = std::move(links_);
        return out;
    }

private:
    void note_link(const GumboNode* a) {
        const std::string_view href = attribute(a, "href");
        if (is_web_url(href)) {
            std::string url(trim(href));
            if (std::find(urls_.begin(), urls_.end(), url) == urls_.end()) urls_.push_back(std::move(url));
        } else if (std::string fragment = link_fragment(href); !fragment.empty()) {
            if (std::find(links_.begin(), links_.end(), fragment) == links_.end())
                links_.push_back(std::move(fragment));
        }
        // cite templates print "Archived from the original on DATE" with "Archived" as a link.
        if (text::equals_ascii_folded(plain_text(a), "archived"))
            spans_.push_back({text_.text().size(), std::string::npos, date_role::archived});
    }

    // Gives the dates the markup places the role it says, then picks the entry's date again.
    void mark_roles(reference& r) const {
        bool changed = false;
        for (const role_span& span : spans_) {
            if (span.begin >= r.text.size()) continue;
            const std::size_t length = span.end == std::string::npos ? std::string::npos : span.end - span.begin;
            std::vector<found_date> found = find_dates(std::string_view(r.text).substr(span.begin, length));
            if (span.end == std::string::npos && found.size() > 1) found.resize(1);
            for (const found_date& d : found) {
                auto same = std::find_if(r.dates.begin(), r.dates.end(), [&](const role_date& rd) {
                    return rd.value == d.value && rd.role != date_role::published && rd.role != date_role::enacted;
                });
                if (same == r.dates.end()) r.dates.push_back({d.value, span.role});
                else same->role = span.role;
                changed = true;
            }
        }
        if (!changed) return;
        std::vector<found_date> all;
        for (const role_date& d : r.dates) all.push_back({d.value, d.role, 0, 0});
        const dated chosen = choose_reference_date(all, r.kind);
        r.published = chosen.value;
        r.role = chosen.role;
    }

    cited_text text_;
    date tagged_;  // the date a COinS span tags, if any
    reference_kind tagged_kind_ = reference_kind::other;  // the kind a cite template's class names
    std::vector<std::string> urls_;
    std::vector<std::string> links_;
    std::vector<role_span> spans_;
};

}  // namespace

entry_reading read_entry(const GumboNode* node, const html_tree& tree) {
    entry_reader reader;
    reader.read(node);
    entry_reading out = reader.finish();
    out.entry.where = tree.where(node);
    return out;
}

bool is_back_link(const GumboNode* node) {
    if (has_class(node, "mw-cite-backlink") || has_class(node, "footnote-back") ||
        has_class(node, "footnote-backref") || has_class(node, "reversefootnote") ||
        attribute(node, "role") == "doc-backlink")
        return true;
    if (tag_of(node) != GUMBO_TAG_A || !attribute(node, "href").starts_with("#")) return false;
    const std::string text = plain_text(node);
    return text == "^" || text == "\xE2\x86\x91" || text.starts_with("\xE2\x86\xA9");  // ↑, ↩
}

bool is_invisible(const GumboNode* node) {
    switch (tag_of(node)) {
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
        return true;
    default:
        break;
    }
    if (has_class(node, "cs1-maint") || has_class(node, "cs1-hidden-error")) return true;
    std::string style;
    for (char c : attribute(node, "style"))
        if (!is_space(c)) style += c;
    return text::fold(style).find("display:none") != std::string::npos;
}

std::string link_fragment(std::string_view href) {
    href = trim(href);
    // Parsoid (Wikipedia's REST HTML) links within the page as "./Duck#cite_note-1".
    if (href.starts_with("./")) {
        const std::size_t hash = href.find('#');
        if (hash == std::string_view::npos) return {};
        href.remove_prefix(hash);
    }
    if (!href.starts_with("#") || href.size() < 2) return {};
    std::string out;
    auto hex = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (std::size_t at = 1; at < href.size(); ++at) {
        if (href[at] == '%' && at + 2 < href.size() && hex(href[at + 1]) >= 0 && hex(href[at + 2]) >= 0) {
            out += static_cast<char>(hex(href[at + 1]) * 16 + hex(href[at + 2]));
            at += 2;
        } else {
            out += href[at];
        }
    }
    return out;
}

bool is_web_url(std::string_view href) {
    href = trim(href);
    return text::starts_with_ascii_folded(href, 0, "http://") ||
           text::starts_with_ascii_folded(href, 0, "https://");
}

}  // namespace citegraph::html_import
