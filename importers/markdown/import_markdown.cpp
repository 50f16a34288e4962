// The Markdown importer's pipeline: front matter, blocks, reference lists and footnotes
// first (callouts are judged against them), then sections and claims.
#include "import_markdown.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "blocks.hpp"
#include "front_matter.hpp"
#include "inline_text.hpp"
#include "pipe_tables.hpp"
#include "reference_entries.hpp"
#include "importers/common/first_use_callouts.hpp"
#include "importers/common/glued_numbers.hpp"
#include "importers/common/input_check.hpp"
#include "importers/common/reference_details.hpp"
#include "importers/common/structured_claims.hpp"
#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

using namespace citegraph::markdown_import;

constexpr std::size_t max_line_heading_length = 120;

// "<?xml", "<!DOCTYPE html>", "<html>": a whole XML or HTML document is no Markdown.
void refuse_markup_documents(std::string_view bytes, std::size_t start, const std::string& path) {
    const std::size_t at = text::skip_spaces(bytes, start);
    for (std::string_view opening : {"<?xml", "<!doctype", "<html"})
        if (text::starts_with_ascii_folded(bytes, at, opening))
            throw input_error(path, locate(bytes, at),
                              "this is an XML or HTML document, not Markdown; name its format with --from");
}

std::string file_stem(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
    const std::size_t dot = path.rfind('.');
    return std::string(dot != std::string_view::npos && dot > 0 ? path.substr(0, dot) : path);
}

// The callouts of each style in claims read with brackets, links and footnotes only.
struct callouts_found {
    std::size_t bracketed = 0;        // brackets, links and footnotes, as read
    std::size_t parenthesised = 0;    // groups in parentheses untagged_callouts would take
    std::size_t named_otherwise = 0;  // different numbers these two name
    std::size_t glued = 0;            // glued numbers of the list in first-use order
    std::size_t named_by_glued = 0;   // different numbers those name
};

callouts_found find_callouts(const claim_list& claims, const citation_policy& list,
                             const untagged_callouts& parentheses) {
    callouts_found found;
    std::unordered_set<int> named_otherwise, named_by_glued;
    first_use_order order(list);
    for (const claim& c : claims) {
        found.bracketed += c.cites.size();
        named_otherwise.insert(c.cites.begin(), c.cites.end());
        cited_text in_parentheses;
        parentheses.append(c.text, {}, in_parentheses);
        found.parenthesised += in_parentheses.callouts().size();
        for (const callout& k : in_parentheses.callouts()) named_otherwise.insert(k.numbers.begin(), k.numbers.end());
        for (const glued_number& g : glued_numbers(c.text)) {
            if (first_use_order::taken(order.take(g.numbers))) {
                ++found.glued;
                named_by_glued.insert(g.numbers.begin(), g.numbers.end());
            }
        }
    }
    found.named_otherwise = named_otherwise.size();
    found.named_by_glued = named_by_glued.size();
    return found;
}

// Builds one document; the blocks and positions outlive it.
class markdown_reader {
public:
    markdown_reader(const std::vector<block>& blocks, const line_map& positions, const std::string& path,
                    diagnostics& warnings)
        : blocks_(blocks), context_{nullptr, positions, path, warnings}, in_list_(blocks.size(), false) {}

    void read_references(document& doc) {
        for (std::size_t i = 0; i < blocks_.size(); ++i) {
            auto title = heading_title(blocks_[i]);
            if (!title || !is_references_title(*title)) continue;
            const reference_list list = read_reference_list(blocks_, i + 1);
            for (std::size_t k = i + 1; k < list.end; ++k)
                in_list_[k] = blocks_[k].kind != block_kind::footnote;
            for (const list_entry& entry : list.entries) add_entry(entry, doc.references);
        }
        add_footnotes(doc.references);
        warn_duplicates(doc.references);
    }

    // Sections and claims. A document converted from PDF may call out its list by
    // superscripts that the conversion flattened ("problems3 and"): it is read so when its
    // glued numbers pass the rule plain text follows (importers/common/first_use_callouts.hpp).
    // Else it may call it out by numbers in parentheses, "(2, 3)", which Markdown marks no
    // more than any other text: read so when they pass parentheses_are_the_callouts.
    void read_content(document& doc) {
        std::vector<int> numbers;
        for (const reference& r : doc.references) numbers.push_back(r.number);
        const citation_policy policy(numbers);
        const citation_targets targets{policy, footnote_numbers_};
        document trial;
        diagnostics unheard;
        read_claims(trial, {&targets, context_.positions, context_.path, unheard});
        const untagged_callouts parentheses('(', numbers);
        const callouts_found found = find_callouts(trial.claims, policy, parentheses);
        const other_callouts others{found.bracketed + found.parenthesised, found.named_otherwise};
        if (superscripts_are_the_callouts(found.glued, found.named_by_glued, others, policy)) {
            glued_callouts state{first_use_order(policy)};
            read_claims(doc, {&targets, context_.positions, context_.path, context_.warnings, &state});
            doc.callouts = callout_style::superscript;
        } else if (parentheses_are_the_callouts(found.parenthesised, found.bracketed)) {
            inline_context cited{&targets, context_.positions, context_.path, context_.warnings};
            cited.parenthesised = &parentheses;
            read_claims(doc, cited);
            doc.callouts = callout_style::parenthesis;
        } else {
            doc.claims = std::move(trial.claims);
            doc.sections = std::move(trial.sections);
            for (const diagnostic& w : unheard.items()) context_.warnings.warn(w.path, w.where, w.message);
        }
        const bool cites = std::any_of(doc.claims.begin(), doc.claims.end(),
                                       [](const claim& c) { return !c.cites.empty(); });
        if (cites && !policy.has_list()) context_.warnings.warn(context_.path, {}, "no reference list found");
    }

    void read_claims(document& doc, const inline_context& cited) {
        doc.sections.push_back({"", {1, 1}});
        for (std::size_t i = 0; i < blocks_.size(); ++i) {
            const block& b = blocks_[i];
            if (in_list_[i] || b.kind == block_kind::footnote) continue;
            if (auto title = heading_title(b)) {
                doc.sections.push_back({*title, context_.positions.locate(b.lines.front().offset)});
                continue;
            }
            const std::size_t section = doc.sections.size() - 1;
            if (b.kind == block_kind::table) {
                add_table_claims(table_rows(b, cited), section, doc.claims);
                continue;
            }
            // A blank line inside a list item separates paragraphs of its own.
            std::size_t from = 0;
            for (std::size_t k = 1; k <= b.lines.size(); ++k) {
                if (k < b.lines.size() && !b.lines[k].blank_before) continue;
                cited_text paragraph;
                append_inline(std::span(b.lines).subspan(from, k - from), cited, paragraph);
                add_paragraph_claims(paragraph, section, doc.claims);
                from = k;
            }
        }
    }

    // The front matter's title, else the first level-1 heading, else a heading that opens
    // the document; "" if there is none.
    std::string title() const {
        for (const block& b : blocks_)
            if (b.kind == block_kind::heading && b.level == 1) return plain_text(b.lines, context_);
        if (!blocks_.empty() && blocks_.front().kind == block_kind::heading)
            return plain_text(blocks_.front().lines, context_);
        return "";
    }

private:
    // The title of a heading, or of a paragraph that is a heading in all but syntax: one
    // bold line ("**References**") or a reference list name alone ("Bibliography").
    std::optional<std::string> heading_title(const block& b) const {
        if (b.kind == block_kind::heading) return plain_text(b.lines, context_);
        if (b.kind != block_kind::paragraph || b.lines.size() != 1) return std::nullopt;
        const std::string_view line = trim(b.lines.front().text);
        const bool bold = line.size() > 4 && line.size() <= max_line_heading_length &&
                          (line.starts_with("**") || line.starts_with("__")) &&
                          line.ends_with(line.substr(0, 2)) &&
                          line.substr(2, line.size() - 4).find(line.substr(0, 2)) == std::string_view::npos;
        std::string text = plain_text(b.lines, context_);
        if (bold && !text.empty() && text.back() != '.') return text;
        if (is_references_title(text)) return text;
        return std::nullopt;
    }

    void add_entry(const list_entry& entry, std::vector<reference>& out) {
        reference r;
        r.number = entry.number != 0 ? entry.number : static_cast<int>(out.size()) + 1;
        std::string text;
        for (const entry_piece& piece : entry.pieces) {
            const block& b = blocks_[piece.block];
            std::vector<span> lines(b.lines.begin(), b.lines.end());
            lines.front().text.remove_prefix(piece.skip);
            lines.front().offset += piece.skip;
            if (text.empty()) r.where = context_.positions.locate(lines.front().offset);
            join_piece(text, plain_text(lines, context_));
        }
        r.text = std::string(without_back_references(text));
        fill_from_text(r);
        out.push_back(std::move(r));
    }

    // An entry split over list items goes on with a space, or with none after a hyphen
    // that cut a word ("End-to-" + "end object ...").
    static void join_piece(std::string& text, const std::string& piece) {
        if (piece.empty()) return;
        const bool cut = text.size() >= 2 && text.back() == '-' && text::is_letter(text, text.size() - 2);
        if (!text.empty() && !cut) text += ' ';
        text += piece;
    }

    // Footnotes are numbered by their labels when every label is a number, else in order of
    // definition after the numbered list's largest number.
    void add_footnotes(std::vector<reference>& out) {
        std::vector<const block*> notes;
        for (const block& b : blocks_)
            if (b.kind == block_kind::footnote) notes.push_back(&b);
        const bool numeric = std::all_of(notes.begin(), notes.end(), [](const block* b) {
            return text::digits_end(b->label, 0) == b->label.size() && b->label.size() <= 6;
        });
        int next = 0;
        for (const reference& r : out) next = std::max(next, r.number);
        for (const block* b : notes) {
            reference r;
            r.number = numeric ? std::stoi(std::string(b->label)) : ++next;
            if (!b->label.empty()) r.extra.edit().id = std::string(b->label);
            r.text = plain_text(b->lines, context_);
            r.where = context_.positions.locate(b->lines.front().offset);
            fill_from_text(r);
            footnote_numbers_.emplace(r.extra->id, r.number);
            out.push_back(std::move(r));
        }
    }

    void warn_duplicates(const std::vector<reference>& references) {
        std::unordered_map<int, bool> seen;
        for (const reference& r : references)
            if (seen[r.number]) context_.warnings.warn(context_.path, r.where,
                                                       "duplicate reference number " + std::to_string(r.number));
            else seen[r.number] = true;
    }

    std::vector<table_row> table_rows(const block& b, const inline_context& cited) const {
        std::vector<table_row> rows;
        std::size_t columns = 0;
        for (std::size_t k = 0; k < b.lines.size(); ++k) {
            std::vector<span> cells = row_cells(b.lines[k]);
            if (k == 0) columns = cells.size();
            cells.resize(columns);
            table_row row;
            for (const span& cell : cells) {
                table_cell content;
                content.header = k == 0;
                append_inline(std::span(&cell, 1), cited, content.content);
                row.push_back(std::move(content));
            }
            rows.push_back(std::move(row));
        }
        return rows;
    }

    const std::vector<block>& blocks_;
    inline_context context_;  // plain text: headings and references
    std::vector<bool> in_list_;  // blocks read as reference list entries
    std::unordered_map<std::string, int> footnote_numbers_;
};

}  // namespace

document import_markdown(std::string_view bytes, const import_options& options, diagnostics& warnings) {
    const std::string& path = options.path;
    const std::size_t start = check_input(bytes, path);
    refuse_markup_documents(bytes, start, path);
    const line_map positions(bytes);
    const front_matter meta = read_front_matter(bytes, start);
    const std::vector<block> blocks = read_blocks(bytes, meta.end != 0 ? meta.end : start);
    if (blocks.empty()) throw input_error(path, {1, 1}, "empty document");

    document doc;
    doc.path = path;
    doc.format = "markdown";
    doc.style = citation_style::numbered;
    markdown_reader reader(blocks, positions, path, warnings);
    reader.read_references(doc);
    reader.read_content(doc);
    doc.title = !meta.title.empty() ? meta.title : reader.title();
    if (doc.title.empty()) doc.title = file_stem(path);
    doc.url = meta.url;
    doc.doi = meta.doi;
    doc.published = meta.published;
    doc.as_of = default_as_of(doc);
    return doc;
}

}  // namespace citegraph
