#include "blocks.hpp"

#include "line_kinds.hpp"
#include "markup.hpp"
#include "tables.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

// Builds the layout line by line; one instance per document.
class block_reader {
public:
    explicit block_reader(const line_map& positions) : positions_(positions) {
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
            bool adjacent = !line.blank_before && !line.page_break_before;
            bool rejoined = line.page_break_before && continues_across_break(text);
            if (adjacent || rejoined) {
                paragraph_.append(text, start);
                return;
            }
            close_paragraph();
        }
        paragraph_ = text_run();
        paragraph_.append(text, start);
        paragraph_section_ = section();
        open_ = true;
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
    text_run paragraph_;
    std::size_t paragraph_section_ = 0;
    bool open_ = false;
    bool in_references_ = false;
    std::vector<list_line> reference_lines_;  // the list's lines, cut into entries at its end
};

}  // namespace

document_layout read_blocks(const std::vector<layout_line>& lines, const line_map& positions,
                            std::optional<std::size_t> list_start) {
    block_reader reader(positions);
    for (std::size_t i = 0; i < lines.size(); ++i) reader.read(lines[i], list_start == i);
    return reader.finish();
}

}  // namespace citegraph::text_import
