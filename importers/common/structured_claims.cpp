#include "structured_claims.hpp"

#include <algorithm>
#include <string>

#include "cite_lists.hpp"
#include "claim_spans.hpp"

namespace citegraph {

namespace {

constexpr std::string_view em_dash = "\xE2\x80\x94";

// Appends every callout's numbers to the claim, then keeps the first of each: one pass
// however many callouts the claim has.
void append_callouts(std::vector<int>& cites, const std::vector<callout>& callouts) {
    for (const callout& call : callouts) cites.insert(cites.end(), call.numbers.begin(), call.numbers.end());
    keep_first_of_each(cites);
}

// A paragraph or sentence of callouts alone cites for the claim before it in the same
// section, if any.
void cite_for_claim_before(claim_list& out, std::size_t section, const std::vector<callout>& callouts) {
    if (out.empty() || out.back().section != section) return;
    const cite_numbers before = out.back().cites;
    std::vector<int> cites(before.begin(), before.end());
    append_callouts(cites, callouts);
    out.set_last_cites(cites);
}

// The settled text of a cell, without callouts.
std::string cell_text(const table_cell& cell) { return cell.content.settle().text(); }

// The header above each column: the text of the header cells of the rows before the first
// body row, joined with " / ". One pass over the header rows, so a wide table costs its size.
std::vector<std::string> column_headers(const std::vector<table_row>& rows) {
    std::vector<std::string> headers;
    for (const table_row& row : rows) {
        const bool header_row = !row.empty() && std::all_of(row.begin(), row.end(),
                                                            [](const table_cell& c) { return c.header; });
        if (!header_row) break;
        if (headers.size() < row.size()) headers.resize(row.size());
        for (std::size_t column = 0; column < row.size(); ++column) {
            std::string text = cell_text(row[column]);
            std::string& header = headers[column];
            if (text.empty() || header.ends_with(text)) continue;  // a spanning cell repeats
            if (!header.empty()) header += " / ";
            header += text;
        }
    }
    return headers;
}

std::string joined(const std::string& label, const std::string& header, const std::string& body) {
    std::string prefix;
    if (!label.empty() && !header.empty()) prefix = label + " " + std::string(em_dash) + " " + header;
    else prefix = label.empty() ? header : label;
    if (prefix.empty()) return body;
    if (body.empty()) return prefix;
    return prefix + ": " + body;
}

// The numbers each span cites: each callout goes to the span that began last strictly
// before it (the first if none), each number once. Callouts come in text order, so one walk
// down the spans serves them all.
std::vector<std::vector<int>> cites_of_spans(const std::vector<sentence_span>& sentences,
                                             const std::vector<callout>& callouts) {
    std::vector<std::vector<int>> cites(sentences.size());
    std::size_t index = 0;
    for (const callout& c : callouts) {
        while (index + 1 < sentences.size() && sentences[index + 1].begin < c.offset) ++index;
        cites[index].insert(cites[index].end(), c.numbers.begin(), c.numbers.end());
    }
    for (std::vector<int>& numbers : cites) keep_first_of_each(numbers);
    return cites;
}

// A claim of prose for each span of the settled text, citing the callouts cites_of_spans
// gives it.
void add_span_claims(const cited_text& settled, const std::vector<sentence_span>& spans, std::size_t section,
                     claim_list& out) {
    const std::string_view text = settled.text();
    const std::vector<std::vector<int>> cites = cites_of_spans(spans, settled.callouts());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const sentence_span& s = spans[i];
        out.push_back(text.substr(s.begin, s.end - s.begin), cites[i], settled.locate(s.begin),
                      static_cast<std::uint32_t>(section), false);
    }
}

}  // namespace

void add_paragraph_claims(const cited_text& paragraph, std::size_t section, claim_list& out) {
    const cited_text settled = paragraph.settle();
    const std::string& text = settled.text();
    const std::vector<sentence_span> sentences = claim_spans(text, split_sentences(text), settled.callouts());
    if (sentences.empty()) {
        cite_for_claim_before(out, section, settled.callouts());
        return;
    }
    add_span_claims(settled, sentences, section, out);
}

void add_sentence_claim(const cited_text& sentence, std::size_t section, claim_list& out) {
    const cited_text settled = sentence.settle();
    const std::string& text = settled.text();
    if (text.empty()) {
        cite_for_claim_before(out, section, settled.callouts());
        return;
    }
    const std::vector<sentence_span> spans = claim_spans(text, {{0, text.size()}}, settled.callouts());
    add_span_claims(settled, spans, section, out);
}

void add_table_claims(const std::vector<table_row>& rows, std::size_t section, claim_list& out) {
    const std::vector<std::string> headers = column_headers(rows);
    const std::string no_header;
    for (const table_row& row : rows) {
        if (row.empty()) continue;
        const std::string label = row.front().header ? std::string() : cell_text(row.front());
        for (std::size_t column = 0; column < row.size(); ++column) {
            const table_cell& cell = row[column];
            if (cell.header || cell.spanned || cell.content.callouts().empty()) continue;
            const cited_text settled = cell.content.settle();
            const std::string& header = column < headers.size() ? headers[column] : no_header;
            const std::string& row_label = column == 0 ? no_header : label;
            // A cell of several sentences or clauses gives a claim for each, as prose
            // does, each under the cell's row label and column header.
            const std::string& text = settled.text();
            const std::vector<sentence_span> sentences =
                claim_spans(text, split_sentences(text), settled.callouts());
            // A claim with no place of its own ("[30]" alone) is placed at the cell's.
            const auto place = [&](std::size_t offset) {
                const location where = settled.locate(offset);
                return where.line == 0 ? cell.where : where;
            };
            if (sentences.size() > 1) {
                const std::vector<std::vector<int>> cites = cites_of_spans(sentences, settled.callouts());
                for (std::size_t i = 0; i < sentences.size(); ++i) {
                    const sentence_span& s = sentences[i];
                    out.push_back(joined(row_label, header, text.substr(s.begin, s.end - s.begin)), cites[i],
                                  place(s.begin), static_cast<std::uint32_t>(section), true);
                }
                continue;
            }
            std::vector<int> cites;
            append_callouts(cites, settled.callouts());
            out.push_back(joined(row_label, header, text), cites, place(0), static_cast<std::uint32_t>(section), true);
        }
    }
}

}  // namespace citegraph
