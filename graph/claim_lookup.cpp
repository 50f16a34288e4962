// The claim a reader names for trace: by id, by the place check printed, or by its words.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "citation_graph.hpp"
#include "citegraph/views.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

// At most this many matches are named in the error for an ambiguous quotation.
constexpr std::size_t matches_named = 12;

// The positive number text holds entirely; 0 for anything else.
std::size_t line_number(std::string_view text) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : 0;
}

// "d12:c3" or "c3": the shape of a claim id, whatever the corpus holds.
bool looks_like_claim_id(std::string_view text) {
    if (const std::size_t colon = text.find(':'); colon != std::string_view::npos) {
        if (!text.starts_with('d') || line_number(text.substr(1, colon - 1)) == 0) return false;
        text.remove_prefix(colon + 1);
    }
    return text.size() > 1 && text.front() == 'c' && line_number(text.substr(1)) > 0;
}

std::string claim_id(const corpus& c, std::size_t doc, std::size_t claim) {
    return c.vertex_id(c.claim_vertex(doc, claim));
}

// "d1:c32 (examples/x.txt:53:1)".
std::string claim_and_place(const corpus& c, std::size_t doc, std::size_t claim) {
    const document& d = c.documents[doc];
    const location& at = d.claims[claim].where;
    return claim_id(c, doc, claim) + " (" + d.path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
           ")";
}

// A place check prints, "path:line" or "path:line:column", split; nullopt when the text
// has not that shape. The path is what is left before the numbers.
struct place_named {
    std::string path;
    std::size_t line = 0;
    std::size_t column = 0;  // 0: not given
};

std::optional<place_named> split_place(std::string_view text) {
    const std::size_t last = text.rfind(':');
    if (last == std::string_view::npos || line_number(text.substr(last + 1)) == 0) return std::nullopt;
    const std::size_t before = text.rfind(':', last == 0 ? 0 : last - 1);
    if (before != std::string_view::npos && before < last && line_number(text.substr(before + 1, last - before - 1)) > 0)
        return place_named{std::string(text.substr(0, before)), line_number(text.substr(before + 1, last - before - 1)),
                           line_number(text.substr(last + 1))};
    return place_named{std::string(text.substr(0, last)), line_number(text.substr(last + 1)), 0};
}

// The documents a path names: the one whose path it is (as given, or once "./" and ".."
// are resolved), else those whose path ends in "/" and it.
std::vector<std::size_t> documents_named(const corpus& c, const std::string& path) {
    namespace fs = std::filesystem;
    const fs::path wanted = fs::path(path).lexically_normal();
    std::vector<std::size_t> exact, by_ending;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const std::string& own = c.documents[doc].path;
        if (own == path || fs::path(own).lexically_normal() == wanted) exact.push_back(doc);
        else if (own.size() > path.size() && own.ends_with(path) && own[own.size() - path.size() - 1] == '/')
            by_ending.push_back(doc);
    }
    return exact.empty() ? by_ending : exact;
}

// The claim starting on the line; with a column, the one the column falls in (the last
// starting at or before it). Throws view_error naming the nearest claim lines when none
// starts there.
item_place claim_at(const corpus& c, std::size_t doc, const place_named& at) {
    const document& d = c.documents[doc];
    std::optional<std::size_t> chosen, before, after;
    for (std::size_t i = 0; i < d.claims.size(); ++i) {
        const location& where = d.claims[i].where;
        if (where.line == at.line) {
            if (!chosen || (at.column != 0 && where.column <= at.column)) chosen = i;
            if (at.column == 0) break;
        } else if (where.line < at.line && (!before || where.line >= d.claims[*before].where.line)) {
            before = i;
        } else if (where.line > at.line && (!after || where.line < d.claims[*after].where.line)) {
            after = i;
        }
    }
    if (chosen) return {doc, *chosen};
    std::string message = "no claim starts on line " + std::to_string(at.line) + " of " + d.path;
    std::vector<std::string> nearest;
    if (before) nearest.push_back(claim_and_place(c, doc, *before));
    if (after) nearest.push_back(claim_and_place(c, doc, *after));
    if (nearest.empty()) message += "; it has no claims";
    else message += "; the nearest: " + nearest.front() + (nearest.size() > 1 ? " and " + nearest.back() : "");
    throw view_error(message);
}

// Whitespace runs folded to one space and the ends trimmed, then case and accents folded.
std::string folded_phrase(std::string_view text) {
    std::string spaced;
    for (char ch : text) {
        const bool space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
        if (!space) spaced += ch;
        else if (!spaced.empty() && spaced.back() != ' ') spaced += ' ';
    }
    if (!spaced.empty() && spaced.back() == ' ') spaced.pop_back();
    return text::fold(spaced);
}

// The one claim whose text holds the words; throws view_error listing the matches when
// several do, and saying so when none does.
item_place claim_quoted(const corpus& c, const std::string& words, const std::optional<place_named>& as_place) {
    const std::string needle = folded_phrase(words);
    if (needle.empty()) throw view_error("no claim named by an empty text; give an id, file:line or words of the claim");
    std::vector<item_place> found;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        for (std::size_t i = 0; i < c.documents[doc].claims.size(); ++i)
            if (text::fold(c.documents[doc].claims[i].text).find(needle) != std::string::npos) found.push_back({doc, i});
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        std::string message = "no claim's text contains \"" + words + "\"";
        if (as_place) message += ", and no document is named " + as_place->path;
        throw view_error(message);
    }
    std::string message = std::to_string(found.size()) + " claims contain \"" + words + "\"; name one: ";
    for (std::size_t i = 0; i < std::min(found.size(), matches_named); ++i)
        message += (i == 0 ? "" : ", ") + claim_and_place(c, found[i].document, found[i].item);
    if (found.size() > matches_named) message += " and " + std::to_string(found.size() - matches_named) + " more";
    throw view_error(message);
}

}  // namespace

item_place claim_located(const corpus& c, const std::string& subject) {
    if (looks_like_claim_id(subject)) return claim_named(c, subject);
    const std::optional<place_named> at = split_place(subject);
    if (at) {
        const std::vector<std::size_t> docs = documents_named(c, at->path);
        if (docs.size() == 1) return claim_at(c, docs.front(), *at);
        if (docs.size() > 1) {
            std::string message = at->path + " names " + std::to_string(docs.size()) + " documents; give more of the path:";
            for (std::size_t doc : docs) message += " " + c.documents[doc].path;
            throw view_error(message);
        }
    }
    return claim_quoted(c, subject, at);
}

}  // namespace citegraph
