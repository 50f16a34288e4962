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
void append_callouts(claim& c, const std::vector<callout>& callouts) {
    for (const callout& call : callouts) c.cites.insert(c.cites.end(), call.numbers.begin(), call.numbers.end());
    keep_first_of_each(c.cites);
}

claim make_claim(std::string text, const cited_text& from, std::size_t offset, std::size_t section,
                 bool in_table) {
    claim c;
    c.text = std::move(text);
    c.section = section;
    c.where = from.locate(offset);
    c.in_table = in_table;
    return c;
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

// Gives each callout to the span that began last strictly before it (the first if none):
// claims[i] is the claim of sentences[i]. Callouts come in text order, so one walk down
// the spans serves them all.
void give_callouts(const std::vector<sentence_span>& sentences, const std::vector<callout>& callouts,
                   claim* claims) {
    std::size_t index = 0;
    for (const callout& c : callouts) {
        while (index + 1 < sentences.size() && sentences[index + 1].begin < c.offset) ++index;
        std::vector<int>& cites = claims[index].cites;
        cites.insert(cites.end(), c.numbers.begin(), c.numbers.end());
    }
    for (std::size_t i = 0; i < sentences.size(); ++i) keep_first_of_each(claims[i].cites);
}

}  // namespace

void add_paragraph_claims(const cited_text& paragraph, std::size_t section, std::vector<claim>& out) {
    const cited_text settled = paragraph.settle();
    const std::string& text = settled.text();
    const std::vector<sentence_span> sentences = claim_spans(text, split_sentences(text), settled.callouts());
    const std::size_t first = out.size();
    for (const sentence_span& s : sentences)
        out.push_back(make_claim(text.substr(s.begin, s.end - s.begin), settled, s.begin, section, false));
    if (sentences.empty()) {
        if (!out.empty() && out.back().section == section)
            append_callouts(out.back(), settled.callouts());
        return;
    }
    give_callouts(sentences, settled.callouts(), out.data() + first);
}

void add_sentence_claim(const cited_text& sentence, std::size_t section, std::vector<claim>& out) {
    const cited_text settled = sentence.settle();
    const std::string& text = settled.text();
    if (text.empty()) {
        if (!out.empty() && out.back().section == section) append_callouts(out.back(), settled.callouts());
        return;
    }
    const std::vector<sentence_span> spans = claim_spans(text, {{0, text.size()}}, settled.callouts());
    const std::size_t first = out.size();
    for (const sentence_span& s : spans)
        out.push_back(make_claim(text.substr(s.begin, s.end - s.begin), settled, s.begin, section, false));
    give_callouts(spans, settled.callouts(), out.data() + first);
}

void add_table_claims(const std::vector<table_row>& rows, std::size_t section, std::vector<claim>& out) {
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
            if (sentences.size() > 1) {
                const std::size_t first = out.size();
                for (const sentence_span& s : sentences) {
                    claim c = make_claim(joined(row_label, header, text.substr(s.begin, s.end - s.begin)), settled,
                                         s.begin, section, true);
                    if (c.where.line == 0) c.where = cell.where;
                    out.push_back(std::move(c));
                }
                give_callouts(sentences, settled.callouts(), out.data() + first);
                continue;
            }
            claim c = make_claim(joined(row_label, header, text), settled, 0, section, true);
            if (c.where.line == 0) c.where = cell.where;
            append_callouts(c, settled.callouts());
            out.push_back(std::move(c));
        }
    }
}

}  // namespace citegraph
