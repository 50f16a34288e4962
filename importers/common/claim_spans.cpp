#include "claim_spans.hpp"

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

// true if text[from, to) holds a word other than "and" or "or": a clause of its own, not
// the joint of a list of callouts ("cited 1, 2 and 3").
bool has_clause_words(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t at = from; at < to;) {
        if (!text::is_word_char(text, at)) {
            ++at;
            continue;
        }
        const std::size_t begin = at;
        while (at < to && text::is_word_char(text, at)) ++at;
        const std::string_view word = text.substr(begin, at - begin);
        if (word != "and" && word != "or") return true;
    }
    return false;
}

// The end of a clause that stops at `at`, without the spaces, commas and semicolons
// before it: "Anserinae,[15] or" ends "Anserinae".
std::size_t clause_end(std::string_view text, std::size_t begin, std::size_t at) {
    while (at > begin && (is_space(text[at - 1]) || text[at - 1] == ',' || text[at - 1] == ';')) --at;
    return at;
}

// The start of the clause after a callout at `at`: past the spaces, commas and semicolons
// that separated it from the clause before.
std::size_t clause_begin(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && (is_space(text[at]) || text[at] == ',' || text[at] == ';')) ++at;
    return at;
}

// The bracket depth after c, given the depth before it: '(' and '[' open, ')' and ']'
// close; never below 0, so a stray closer does not hide the brackets after it.
int depth_after(char c, int depth) {
    if (c == '(' || c == '[') return depth + 1;
    if ((c == ')' || c == ']') && depth > 0) return depth - 1;
    return depth;
}

// Past the closer that brings `depth` open brackets at text[at] back to none, looking no
// further than limit; npos if they stay open.
std::size_t past_closer(std::string_view text, std::size_t at, int depth, std::size_t limit) {
    for (; at < limit && at < text.size(); ++at) {
        depth = depth_after(text[at], depth);
        if (depth == 0) return at + 1;
    }
    return std::string_view::npos;
}

}  // namespace

std::vector<sentence_span> claim_spans(std::string_view text, const std::vector<sentence_span>& sentences,
                                       const std::vector<callout>& callouts) {
    std::vector<sentence_span> spans;
    spans.reserve(sentences.size());
    std::size_t first = 0;  // the first callout of sentence i
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const bool last_sentence = i + 1 == sentences.size();
        std::size_t after = first;  // one past sentence i's last callout
        while (after < callouts.size() && (last_sentence || callouts[after].offset <= sentences[i + 1].begin))
            ++after;
        sentence_span part = sentences[i];
        // What text[part.begin, scanned) holds, counted once however many callouts ask:
        // the brackets still open, and whether it has words.
        std::size_t scanned = part.begin;
        int depth = 0;
        bool words = false;
        for (std::size_t k = first; k + 1 < after; ++k) {
            const std::size_t at = callouts[k].offset;
            if (callouts[k].in_words || at <= part.begin || at >= part.end) continue;
            for (; scanned < at; ++scanned) {
                depth = depth_after(text[scanned], depth);
                words = words || text::is_word_char(text, scanned);
            }
            // A callout inside brackets ("(0.205 kg kWh-1 [46]) is lower") closes its clause
            // after them, so that neither clause is left with half a bracket.
            const std::size_t next = callouts[k + 1].offset;
            std::size_t cut = depth == 0 ? at : past_closer(text, at, depth, next);
            if (cut == std::string_view::npos) continue;
            // A full stop the splitter did not take for a sentence's end ("soil C [74]. This
            // study") still ends the clause before it.
            while (cut < next && (text[cut] == '.' || text[cut] == '!' || text[cut] == '?')) ++cut;
            if (cut >= part.end || !words || !has_clause_words(text, cut, next)) continue;
            spans.push_back({part.begin, clause_end(text, part.begin, cut)});
            part.begin = clause_begin(text, cut, part.end);
            scanned = part.begin;
            depth = 0;
            words = false;
        }
        spans.push_back(part);
        first = after;
    }
    return spans;
}

}  // namespace citegraph
