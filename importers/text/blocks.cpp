#include "blocks.hpp"

#include <algorithm>

#include "importers/common/sentences.hpp"
#include "line_kinds.hpp"
#include "markup.hpp"
#include "tables.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

// Characters, not bytes: what a line's width on the page is measured in.
std::size_t char_count(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

// The width the text's lines were wrapped at, in characters: the length nine in ten lines
// wrapped mid-sentence stay within (the next line goes on in lower case). Those are the
// lines wrapping filled; headings, list items, page numbers and a paragraph's last line are
// left out. 0 when too few lines are wrapped so to tell: then the text is not wrapped.
std::size_t wrap_width(const std::vector<layout_line>& lines) {
    std::vector<std::size_t> widths;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const layout_line& next = lines[i + 1];
        const std::string_view next_text = trim(next.text);
        if (next.blank_before || next.page_break_before || next_text.empty() || !is_lower(next_text.front()))
            continue;
        if (lines[i].text.find('\t') == std::string_view::npos) widths.push_back(char_count(trim(lines[i].text)));
    }
    constexpr std::size_t fewest_lines = 20;
    if (widths.size() < fewest_lines) return 0;
    const auto ninth_decile = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() * 9 / 10);
    std::nth_element(widths.begin(), ninth_decile, widths.end());
    return *ninth_decile;
}

// True if the line's final '.' ends an abbreviation or an initial ("68 Fed.", "U.S.",
// "J."), as the claims' sentence splitter reads it: no sentence ends there.
bool ends_in_abbreviation(std::string_view line) {
    if (line.empty() || line.back() != '.') return false;
    std::string followed(line);
    followed += " A";
    const std::vector<sentence_span> sentences = split_sentences(followed);
    return sentences.empty() || sentences.back().begin != line.size() + 1;
}

// Builds the layout line by line; one instance per document.
class block_reader {
public:
    block_reader(const line_map& positions, std::size_t wrap_width)
        : positions_(positions), wrap_width_(wrap_width) {
        layout_.sections.push_back({"", {1, 1}});
    }

    // opens_list: the line opens a list that no heading announced.
    void read(const layout_line& line, bool opens_list) {
        std::string_view text = trim(line.text);
        std::size_t start = line.offset + leading_blank(line.text);
        if (opens_list && !in_references_) {
            close_paragraph();
            tables_.end();
            in_references_ = true;
        }
        if (in_references_) {
            // A list that began before its heading (pdftotext's order on two columns) goes on.
            if (is_references_heading(text)) return;
            if (!is_section_heading(text))
                return reference_lines_.push_back({text, start, line.blank_before, line.page_break_before});
            end_references();
        }
        if (is_references_heading(text) && !line.in_contents) {
            close_paragraph();
            tables_.end();
            in_references_ = true;
            layout_.has_reference_heading = true;
        } else if (is_section_heading(text)) {
            close_paragraph();
            tables_.end();
            layout_.sections.push_back({clean_markup(text, footnote_marks::drop),
                                        positions_.locate(start)});
        } else if (auto title = read_table_title(text)) {
            close_paragraph();
            tables_.start(title->continued);
            add_heading(text, start);
        } else if (line.text.find('\t') != std::string_view::npos) {
            close_paragraph();
            tables_.read_row(line, section(), layout_.blocks);
        } else {
            tables_.end();
            read_prose_line(line, text, start);
        }
    }

    document_layout finish() {
        close_paragraph();
        end_references();
        return std::move(layout_);
    }

private:
    std::size_t section() const { return layout_.sections.size() - 1; }

    // The list's entries can only be told apart once all its lines are known (does it
    // mark entries? separate them by blank lines?), so they are cut here.
    void end_references() {
        in_references_ = false;
        if (reference_lines_.empty()) return;
        auto entries = split_reference_entries(reference_lines_);
        reference_lines_.clear();
        for (auto& entry : entries) layout_.reference_entries.push_back(std::move(entry));
    }

    void read_prose_line(const layout_line& line, std::string_view text, std::size_t start) {
        if (open_) {
            bool adjacent = !line.blank_before && !line.page_break_before && !ended_early(text);
            bool rejoined = line.page_break_before && continues_across_break(text);
            if (adjacent || rejoined) {
                paragraph_.append(text, start);
                last_line_ = text;
                return;
            }
            close_paragraph();
        }
        paragraph_ = text_run();
        paragraph_.append(text, start);
        last_line_ = text;
        paragraph_section_ = section();
        open_ = true;
    }

    // In text wrapped at a width, with no blank line between paragraphs (pdftotext's text
    // of GAO's reports), a paragraph ends where its last line ends a sentence although the
    // next line's first word would have fitted on it. Fitted with room to spare: in a
    // proportional font, characters are not all as wide.
    bool ended_early(std::string_view next) const {
        if (next.empty() || !is_upper(next.front()) || !ends_sentence(last_line_) || ends_in_abbreviation(last_line_))
            return false;
        const std::size_t first_word = std::min(next.find(' '), next.size());
        return (char_count(last_line_) + 1 + char_count(next.substr(0, first_word))) * 100 <= wrap_width_ * 85;
    }

    // A paragraph cut by a page break goes on after it when it stopped mid-sentence or
    // the next line starts lowercase. A heading-like line goes on only if it visibly
    // stops mid-phrase ("... and") and the next line starts lowercase.
    bool continues_across_break(std::string_view next) const {
        const std::string& before = paragraph_.text();
        bool lowercase_next = !next.empty() && is_lower(next.front());
        if (paragraph_.pieces() == 1 && looks_like_heading(before))
            return lowercase_next && (is_lower(before.back()) || before.back() == ',');
        return lowercase_next || !ends_sentence(before);
    }

    void close_paragraph() {
        if (!open_) return;
        open_ = false;
        block b;
        bool heading = paragraph_.pieces() == 1 && looks_like_heading(paragraph_.text());
        b.kind = heading ? block_kind::heading : block_kind::prose;
        b.run = std::move(paragraph_);
        b.section = paragraph_section_;
        layout_.blocks.push_back(std::move(b));
    }

    void add_heading(std::string_view text, std::size_t start) {
        block b;
        b.kind = block_kind::heading;
        b.run.append(text, start);
        b.section = section();
        layout_.blocks.push_back(std::move(b));
    }

    const line_map& positions_;
    document_layout layout_;
    table_reader tables_;
    const std::size_t wrap_width_;
    text_run paragraph_;
    std::string_view last_line_;  // the paragraph's last line so far
    std::size_t paragraph_section_ = 0;
    bool open_ = false;
    bool in_references_ = false;
    std::vector<list_line> reference_lines_;  // the list's lines, cut into entries at its end
};

}  // namespace

document_layout read_blocks(const std::vector<layout_line>& lines, const line_map& positions,
                            std::optional<std::size_t> list_start) {
    block_reader reader(positions, wrap_width(lines));
    for (std::size_t i = 0; i < lines.size(); ++i) reader.read(lines[i], list_start == i);
    return reader.finish();
}

}  // namespace citegraph::text_import
