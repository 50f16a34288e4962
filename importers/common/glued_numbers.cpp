#include "glued_numbers.hpp"

#include <array>
#include <optional>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

constexpr std::string_view right_double_quote = "\xE2\x80\x9D";  // ”
constexpr std::string_view right_single_quote = "\xE2\x80\x99";  // ’
constexpr std::size_t min_word_letters = 3;
constexpr std::size_t max_digits = 3;
constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr int max_range_span = 30;  // "13-15"; a longer range is a quantity ("10-80")
constexpr std::size_t max_parenthesis_look_back = 300;  // about a sentence

// Length of the closing quote that ends at text[end - 1], 0 if none.
std::size_t closing_quote_before(std::string_view text, std::size_t end) {
    if (end >= 1 && (text[end - 1] == '"' || text[end - 1] == '\'')) return 1;
    for (std::string_view quote : {right_double_quote, right_single_quote})
        if (end >= quote.size() && text.substr(end - quote.size(), quote.size()) == quote) return quote.size();
    return 0;
}

bool is_closing_punctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '%';
}

// What the digits at text[begin] are glued to.
enum class glue { none, word, punctuation_after_word, punctuation_after_number };

glue glued_to(std::string_view text, std::size_t begin) {
    if (begin == 0) return glue::none;
    if (is_lower(text[begin - 1])) {
        std::size_t letters = 0;
        std::size_t at = begin;
        while (at > 0 && (is_lower(text[at - 1]) || is_upper(text[at - 1]))) --at, ++letters;
        // "profits14": a word; "COVID19", "m2", "H2O", "x3": names and units.
        bool word = letters >= min_word_letters && !is_upper(text[begin - 2]) && (at == 0 || !is_digit(text[at - 1]));
        return word ? glue::word : glue::none;
    }
    std::size_t mark = closing_quote_before(text, begin);
    if (mark == 0 && is_closing_punctuation(text[begin - 1])) mark = 1;
    if (mark == 0 || begin == mark) return glue::none;
    std::size_t before = begin - mark;
    // "2005.1", "1,200": a separator between digits may be a decimal point or a thousands
    // comma, so the caller asks more of what follows.
    if (mark == 1 && text[begin - 1] != ')' && text[begin - 1] != ']' && text[begin - 1] != '%' &&
        is_digit(text[before - 1]))
        return glue::punctuation_after_number;
    // A quote may follow the punctuation or precede it: ".”2" and "”.2".
    if (std::size_t quote = closing_quote_before(text, before); quote && before > quote) before -= quote;
    else if (before > 1 && is_closing_punctuation(text[before - 1])) --before;
    char c = text[before - 1];
    if (is_alnum(c) || c == '%' || c == ')' || closing_quote_before(text, before)) return glue::punctuation_after_word;
    return glue::none;
}

// Units whose symbol starts with a capital, so that a decimal before them ("J = 10.38 Hz",
// "2.5 V") looks like a number glued to a full stop before a sentence.
constexpr std::array<std::string_view, 14> capital_units{"Hz", "kHz", "MHz", "GHz", "Da", "kDa", "Pa",
                                                        "kPa", "MPa", "Gy", "Bq", "Sv", "Wb", "THz"};

// true if the word at text[at] opens a sentence: a capital, and a word of two or more
// letters that is no unit ("EIA", "The"; not "V", "Hz").
bool opens_sentence(std::string_view text, std::size_t at) {
    if (at >= text.size() || !is_upper(text[at])) return false;
    std::size_t end = at;
    while (end < text.size() && (is_upper(text[end]) || is_lower(text[end]))) ++end;
    const std::string_view word = text.substr(at, end - at);
    if (word.size() < 2) return false;
    for (std::string_view unit : capital_units)
        if (word == unit) return false;
    return true;
}

// true if what follows the digits at text[end] lets them be a mark.
bool may_follow(std::string_view text, std::size_t end, glue kind) {
    // "2005.1 EIA": only a new sentence after it tells a mark from a decimal ("3.75",
    // "10.38 Hz").
    // A line break is a space: Markdown reads a paragraph's lines as one text.
    if (kind == glue::punctuation_after_number) {
        std::size_t next = end;
        while (next < text.size() && is_space(text[next])) ++next;
        return next > end && next < text.size() && opens_sentence(text, next);
    }
    if (end == text.size()) return true;
    char c = text[end];
    if (is_space(c) || is_upper(c) || closing_quote_before(text, end + 1)) return true;
    if (c == '.' || c == ',' || c == ';' || c == ':')
        return end + 1 == text.size() || !is_digit(text[end + 1]);
    return c == ')' || c == ']';
}

// The number of 1 to 3 digits at text[at], not starting with 0 and with no digit after;
// `end` is moved past it. 0 if there is none (`end` is then past the digits read).
int number_at(std::string_view text, std::size_t& end) {
    const std::size_t begin = end;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end - begin > max_digits || text[begin] == '0') return 0;
    int value = 0;
    for (std::size_t at = begin; at < end; ++at) value = value * 10 + (text[at] - '0');
    return value;
}

// The group of numbers starting with `first` at text[begin, end), made in `group`: further
// numbers joined to it by a comma (and perhaps a space), or a range by a hyphen or en dash,
// each larger than the last. A group of one number when nothing joins. `group` keeps its
// room from one candidate to the next: most are turned down (every "3,5" of a bracketed
// citation is one), and a vector made for each was an allocation.
void group_at(std::string_view text, std::size_t begin, std::size_t end, int first, glued_number& group) {
    group.begin = begin;
    group.end = end;
    group.numbers.assign(1, first);
    while (group.end < text.size()) {
        std::size_t joint = 0;
        bool range = false;
        if (text.substr(group.end, 2) == ", ") joint = 2;
        else if (text[group.end] == ',' || text[group.end] == '-') joint = 1, range = text[group.end] == '-';
        else if (text.substr(group.end, en_dash.size()) == en_dash) joint = en_dash.size(), range = true;
        if (joint == 0 || group.end + joint >= text.size() || !is_digit(text[group.end + joint])) break;
        std::size_t next_end = group.end + joint;
        const int next = number_at(text, next_end);
        const int last = group.numbers.back();
        if (next <= last || (range && next - last > max_range_span)) break;
        for (int n = range ? last + 1 : next; n <= next; ++n) group.numbers.push_back(n);
        group.end = next_end;
    }
}

// true if a '(' is open at text[at]: one comes after the last ')' before it, looking back
// no further than max_parenthesis_look_back bytes.
bool parenthesis_open_at(std::string_view text, std::size_t at) {
    const std::size_t stop = at > max_parenthesis_look_back ? at - max_parenthesis_look_back : 0;
    for (std::size_t back = at; back > stop; --back) {
        if (text[back - 1] == ')') return false;
        if (text[back - 1] == '(') return true;
    }
    return false;
}

// `end` moved past a ')' that closes the superscript at text[begin, end) itself, as some
// journals print them ("support1, 2). Gait"): one that no '(' before it opened.
std::size_t past_closing_parenthesis(std::string_view text, std::size_t begin, std::size_t end) {
    return end < text.size() && text[end] == ')' && !parenthesis_open_at(text, begin) ? end + 1 : end;
}

// Words a year follows in running text ("by 2030", "since 1930"). Counts follow others too
// ("of 20152 people", "to 20152"), so a year glued to its mark is read only after these.
constexpr std::array<std::string_view, 10> year_prepositions{"in",     "by",    "since", "until", "till",
                                                             "from",   "after", "before", "during", "through"};

// true if the word before text[at] (one space between) is one of year_prepositions.
bool after_year_preposition(std::string_view text, std::size_t at) {
    if (at < 2 || !is_space(text[at - 1])) return false;
    std::size_t begin = at - 1;
    while (begin > 0 && (is_lower(text[begin - 1]) || is_upper(text[begin - 1]))) --begin;
    const std::string_view word = text.substr(begin, at - 1 - begin);
    for (std::string_view preposition : year_prepositions)
        if (text::equals_ascii_folded(word, preposition)) return true;
    return false;
}

// "by 20505, safeguarding", "since 193033.": a superscript of 1 or 2 digits glued to a year
// (1800-2099) that a preposition introduces, the digits text[begin, end). nullopt if the
// digits are no such year and mark.
std::optional<glued_number> mark_after_year(std::string_view text, std::size_t begin, std::size_t end) {
    constexpr std::size_t year_digits = 4;
    if (end - begin <= year_digits || end - begin > year_digits + 2 || !after_year_preposition(text, begin))
        return std::nullopt;
    const int century = (text[begin] - '0') * 10 + (text[begin + 1] - '0');
    const std::size_t mark = begin + year_digits;
    if (century < 18 || century > 20 || text[mark] == '0' || !may_follow(text, end, glue::word)) return std::nullopt;
    std::size_t mark_end = mark;
    return glued_number{mark, end, {number_at(text, mark_end)}};
}

}  // namespace

std::vector<glued_number> glued_numbers(std::string_view text) {
    std::vector<glued_number> found;
    glued_number group;  // the candidate group being judged
    for (std::size_t at = next_digit(text, 0); at < text.size(); at = next_digit(text, at)) {
        std::size_t end = at;
        const int value = number_at(text, end);
        if (value > 0) {
            glue kind = glued_to(text, at);
            if (kind != glue::none) {
                group_at(text, at, end, value, group);
                group.end = past_closing_parenthesis(text, at, group.end);
                if (group.numbers.size() > 1 && may_follow(text, group.end, kind)) {
                    found.push_back(group);
                    at = found.back().end;
                    continue;
                }
                const std::size_t mark_end = past_closing_parenthesis(text, at, end);
                if (may_follow(text, mark_end, kind)) found.push_back({at, mark_end, {value}});
            }
        } else if (auto mark = mark_after_year(text, at, end)) {
            found.push_back(std::move(*mark));
        }
        while (end < text.size() && is_digit(text[end])) ++end;
        at = end;
    }
    return found;
}

}  // namespace citegraph
