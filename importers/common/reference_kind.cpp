#include "reference_kind.hpp"

#include <algorithm>
#include <array>

#include "text/reference_segments.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

using namespace std::string_view_literals;

constexpr auto personal_phrases = text::phrases(std::array{
    "e mail"sv, "email"sv, "personal communication"sv, "interview with"sv, "interview by"sv,
    "interviews with"sv, "telephone"sv, "phone call"sv, "correspondence with"sv,
    "letter to the author"sv, "communication personnelle"sv, "entretien avec"sv,
});

constexpr auto dataset_words = text::phrases(std::array{
    "statistics"sv, "survey"sv, "surveys"sv, "database"sv, "databases"sv, "dataset"sv,
    "datasets"sv, "data set"sv, "data sets"sv, "indicators"sv, "indicator"sv,
});

// Legislative words that are also ordinary English words count only when capitalised
// ("Labor Code", "Act", "Bill"), the others in any case ("projet de loi", "décret").
constexpr std::array capitalised_legislation = {
    "law"sv, "code"sv, "act"sv, "bill"sv, "circular"sv,
};
constexpr std::array any_case_legislation = {
    "loi"sv, "decree"sv, "decret"sv, "ordonnance"sv, "ordinance"sv, "arrete"sv,
    "constitution"sv, "statute"sv, "circulaire"sv, "portant"sv,
};

// Capital cities and places that print before a date the way a periodical does.
constexpr auto places = text::phrases(std::array{
    "d c"sv, "washington"sv, "new york"sv, "london"sv, "paris"sv, "geneva"sv, "geneve"sv,
    "rome"sv, "brussels"sv, "bruxelles"sv, "vienna"sv, "berlin"sv, "the hague"sv,
    "ottawa"sv, "oxford"sv, "cambridge"sv, "bamako"sv, "dakar"sv, "abidjan"sv,
    "ouagadougou"sv, "niamey"sv, "nairobi"sv, "addis ababa"sv, "accra"sv, "abuja"sv,
    "pretoria"sv, "tokyo"sv, "beijing"sv, "new delhi"sv, "bangkok"sv, "canberra"sv,
});

template <std::size_t N>
bool has_any(const text::folded_text& words, const std::array<text::phrase, N>& phrases) {
    return std::any_of(phrases.begin(), phrases.end(), [&](const text::phrase& p) { return words.has_phrase(p); });
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

template <std::size_t N>
bool equals_one_folded(const std::array<std::string_view, N>& list, std::string_view ascii_word) {
    return std::any_of(list.begin(), list.end(),
                       [&](std::string_view w) { return text::equals_ascii_folded(ascii_word, w); });
}

// Runs on every word of every title: an ASCII word, nearly all of them, folds to its lower
// case and is compared without making it.
bool legislative_word(std::string_view word) {
    const bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
    if (text::is_ascii(word))
        return equals_one_folded(any_case_legislation, word) ||
               (capitalised && equals_one_folded(capitalised_legislation, word));
    std::string folded = text::fold(word);
    if (contains(any_case_legislation, folded)) return true;
    return capitalised && contains(capitalised_legislation, folded);
}

// True if the segment's only word is "reporting", in any case: folded_words(segment) ==
// " reporting ", without folding every segment of every entry.
bool is_reporting_alone(std::string_view segment) {
    std::size_t words = 0;
    bool reporting = false;
    for (std::size_t at = 0; at < segment.size();) {
        if (!text::is_word_char(segment, at)) {
            at += text::char_length(segment, at);
            continue;
        }
        const std::size_t end = text::word_end(segment, at);
        const std::string_view word = segment.substr(at, end - at);
        reporting = text::is_ascii(word) ? text::equals_ascii_folded(word, "reporting") : text::fold(word) == "reporting";
        if (++words > 1 || !reporting) return false;
        at = end;
    }
    return reporting;
}

// True if any word of text is legislative; with only_first, just its first word.
bool names_legislation(std::string_view text, bool only_first) {
    for (std::size_t at = 0; at < text.size();) {
        if (!text::is_word_char(text, at)) {
            at += text::char_length(text, at);
            continue;
        }
        std::size_t end = text::word_end(text, at);
        if (legislative_word(text.substr(at, end - at))) return true;
        if (only_first) return false;
        at = end;
    }
    return false;
}

bool is_personal_communication(const text::folded_text& body_words) {
    return has_any(body_words, personal_phrases);
}

bool is_internal_reporting(const text::folded_text& body_words, const reference_parts& parts) {
    if (body_words.has_phrase("cable") || body_words.has_phrase("cables")) return true;
    bool mission = body_words.has_phrase("embassy") || body_words.has_phrase("consulate");
    if (mission && body_words.has_phrase("reporting")) return true;
    return std::any_of(parts.segments.begin() + std::min<std::size_t>(1, parts.segments.size()),
                       parts.segments.end(), is_reporting_alone);
}

bool is_legislation(const reference_parts& parts, const std::vector<found_date>& dates) {
    if (std::any_of(dates.begin(), dates.end(),
                    [](const found_date& d) { return d.role == date_role::enacted; }))
        return true;
    if (names_legislation(parts.title, false)) return true;
    // An entry without an author segment starts with its title: "Law No. 5 of 2017. ..."
    return parts.segments.size() >= 2 && names_legislation(parts.segments[0], true);
}

// "Mining Technology" before ", July 2, 2017", but not "Washington, D.C." or a long title.
bool is_periodical_name(std::string_view name) {
    if (name.empty() || (name[0] >= 'a' && name[0] <= 'z') || name.find(':') != name.npos)
        return false;
    const text::folded_text words(text::folded_words(name));
    if (std::count(words.words().begin(), words.words().end(), ' ') > 7) return false;  // at most six words
    return !has_any(words, places);
}

// The segment right before a full date is a periodical's name followed by a comma.
bool dated_in_periodical(std::string_view text, const reference_parts& parts,
                         const std::vector<found_date>& dates) {
    for (const found_date& d : dates) {
        if (d.value.precision != date_precision::day || (d.role == date_role::accessed || d.role == date_role::archived)) continue;
        std::size_t before = text::skip_spaces_back(text, d.offset);
        if (before == 0 || text[before - 1] != ',') continue;
        const char* comma = text.data() + before - 1;
        for (std::size_t k = 1; k < parts.segments.size(); ++k) {
            std::string_view segment = parts.segments[k];
            if (comma < segment.data() || comma >= segment.data() + segment.size()) continue;
            std::string_view name = segment.substr(0, static_cast<std::size_t>(comma - segment.data()));
            if (is_periodical_name(name)) return true;
        }
    }
    return false;
}

bool all_digits(std::string_view text, std::size_t at, std::size_t count) {
    return text.size() >= at + count && text::digits_end(text, at) == at + count;
}

// A news site: "/2017/06/30/" in the path, or "news" as a word of host or path.
bool news_url(std::string_view url) {
    for (std::size_t at = url.find('/'); at != url.npos; at = url.find('/', at + 1)) {
        if (all_digits(url, at + 1, 4) && url.size() >= at + 11 && url[at + 5] == '/' &&
            all_digits(url, at + 6, 2) && url[at + 8] == '/' && all_digits(url, at + 9, 2) &&
            (url.size() == at + 11 || url[at + 11] == '/'))
            return true;
    }
    return text::has_folded_word(url, "news");
}

}  // namespace

reference_kind markup_kind_over(reference_kind text_kind, reference_kind tagged_kind) {
    const bool text_knows_better = text_kind == reference_kind::legislation ||
                                   text_kind == reference_kind::personal_communication ||
                                   text_kind == reference_kind::internal_reporting;
    return tagged_kind == reference_kind::other || text_knows_better ? text_kind : tagged_kind;
}

reference_kind classify_reference(std::string_view text, const std::vector<found_date>& dates,
                                  const std::vector<std::string>& urls) {
    reference_parts parts = split_reference(text);
    return classify_reference(text, parts, text::folded_text(text::folded_words(parts.body)), dates, urls);
}

reference_kind classify_reference(std::string_view text, const reference_parts& parts,
                                  const text::folded_text& body_words,
                                  const std::vector<found_date>& dates,
                                  const std::vector<std::string>& urls) {
    if (is_personal_communication(body_words)) return reference_kind::personal_communication;
    if (is_internal_reporting(body_words, parts)) return reference_kind::internal_reporting;
    if (is_legislation(parts, dates)) return reference_kind::legislation;
    if (has_any(body_words, dataset_words)) return reference_kind::dataset;
    if (dated_in_periodical(text, parts, dates) || std::any_of(urls.begin(), urls.end(), news_url))
        return reference_kind::news;
    bool accessed_only = !dates.empty() && std::all_of(dates.begin(), dates.end(), [](const found_date& d) {
        return d.role == date_role::accessed || d.role == date_role::archived;
    });
    if (accessed_only && !urls.empty()) return reference_kind::web_page;
    if (!dates.empty() && parts.segments.size() >= 2) return reference_kind::report;
    return reference_kind::other;
}

}  // namespace citegraph
