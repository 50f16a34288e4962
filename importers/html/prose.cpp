#include "prose.hpp"

#include <algorithm>

#include "entry_text.hpp"
#include "headings.hpp"
#include "importers/common/cited_text.hpp"
#include "importers/common/number_groups.hpp"
#include "importers/common/structured_claims.hpp"
#include "importers/common/table_grid.hpp"
#include "text/counted.hpp"
#include "text/text_chars.hpp"
#include "page_chrome.hpp"
#include "table_rows.hpp"

namespace citegraph::html_import {

namespace {

// A printed callout label: "[12]", "12", "[a]".
bool looks_like_callout_label(std::string_view text) {
    text = trim(text);
    if (text.starts_with("[") && text.ends_with("]") && text.size() >= 2) text = trim(text.substr(1, text.size() - 2));
    return !text.empty() && text.size() <= 12 &&
           std::all_of(text.begin(), text.end(), [](char c) { return is_digit(c); });
}

// The first in-page link inside (or being) an element; nullptr if none.
const GumboNode* first_fragment_link(const GumboNode* node) {
    return find_element(node, [](const GumboNode* n) {
        return tag_of(n) == GUMBO_TAG_A && !link_fragment(attribute(n, "href")).empty();
    });
}

class prose_reader {
public:
    prose_reader(const html_tree& tree, const note_index& notes, document& doc, diagnostics& warnings)
        : tree_(tree), notes_(notes), doc_(doc), warnings_(warnings),
          printed_numbers_(note_numbers(notes)) {}

    void read(const GumboNode* content) {
        visit(content);
        flush();
        if (notes_.notes.empty() && orphan_callouts_ > 0)
            warnings_.warn(tree_.path(), first_orphan_,
                           text::counted(orphan_callouts_, "callout") + " but no reference list on this page");
    }

private:
    void visit(const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            if (skipping_ == 0) append_text(node->v.text.text, tree_.where(node));
            return;
        }
        if (!is_element(node)) return;
        if (const int level = heading_level(node); level != 0) {
            if (in_cell_) {  // a heading inside a table cell is cell text
                visit_children(node);
                return;
            }
            flush();
            heading(node, level);
            return;
        }
        if (skipping_ != 0) {  // only the next heading matters
            visit_children(node);
            return;
        }
        if (notes_.lists.contains(node) || is_page_furniture(node)) return;
        if (callout(node)) return;
        const GumboTag tag = tag_of(node);
        if (tag == GUMBO_TAG_TABLE) {
            if (!in_cell_) flush();
            table(node);
            return;
        }
        if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_IMG) {
            into_->append(" ", {});
            return;
        }
        if (!is_block(tag)) {
            visit_children(node);
            return;
        }
        if (in_cell_) {
            into_->append(" ", {});
            visit_children(node);
            into_->append(" ", {});
            return;
        }
        flush();
        visit_children(node);
        flush();
    }

    void visit_children(const GumboNode* node) {
        const GumboVector* children = children_of(node);
        for (unsigned i = 0; i < children->length; ++i) visit(static_cast<const GumboNode*>(children->data[i]));
    }

    void heading(const GumboNode* node, int level) {
        if (skipping_ != 0 && level > skipping_) return;  // a subsection of skipped back matter
        skipping_ = 0;
        const std::string title = heading_text(node);
        if (is_back_matter(title)) {
            skipping_ = level;
            return;
        }
        if (title.empty() || (level == 1 && title == doc_.title)) return;
        doc_.sections.push_back({title, tree_.where(node)});
        section_ = doc_.sections.size() - 1;
    }

    // Cites for a callout element and returns true; false for anything else.
    bool callout(const GumboNode* node) {
        const bool wiki = has_class(node, "reference") && tag_of(node) != GUMBO_TAG_LI;
        const GumboNode* link = nullptr;
        if (wiki) link = first_fragment_link(node);
        else if (tag_of(node) == GUMBO_TAG_A && !link_fragment(attribute(node, "href")).empty()) link = node;
        else if (tag_of(node) == GUMBO_TAG_SUP) link = first_fragment_link(node);
        if (link == nullptr) return false;
        const std::string target = link_fragment(attribute(link, "href"));
        if (auto found = notes_.number_of.find(target); found != notes_.number_of.end()) {
            into_->cite({found->second});
            return true;
        }
        // An unresolved link is a callout only if it is marked or printed as one.
        const bool marked = wiki || has_class(link, "footnote-ref") || attribute(link, "role") == "doc-noteref" ||
                            (tag_of(node) == GUMBO_TAG_SUP && looks_like_callout_label(plain_text(node)));
        if (!marked) return false;
        if (notes_.notes.empty()) {
            if (orphan_callouts_++ == 0) first_orphan_ = tree_.where(node);
        } else {
            warnings_.warn(tree_.path(), tree_.where(node),
                           "callout " + plain_text(node) + " links to #" + target + ", which is in no reference list");
        }
        return true;
    }

    void table(const GumboNode* node) {
        table_grid grid;
        cited_text* outer = into_;
        const bool outer_cell = in_cell_;
        in_cell_ = true;
        for_each_row(node, [&](const GumboNode* row, bool head) {
            grid.start_row();
            const GumboVector* cells = children_of(row);
            bool has_data = false;
            for (unsigned i = 0; i < cells->length; ++i)
                if (tag_of(static_cast<const GumboNode*>(cells->data[i])) == GUMBO_TAG_TD) has_data = true;
            for (unsigned i = 0; i < cells->length; ++i) {
                auto* cell = static_cast<const GumboNode*>(cells->data[i]);
                const GumboTag tag = tag_of(cell);
                if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) continue;
                cited_text content;
                into_ = &content;
                visit_children(cell);
                // A <th> beside data cells labels its row; only header rows name columns.
                const bool header = head || (tag == GUMBO_TAG_TH && !has_data);
                const location where = content.locate(0);
                grid.add_cell({std::move(content), header, false, where}, span_attribute(cell, "colspan"),
                              span_attribute(cell, "rowspan"));
            }
        });
        in_cell_ = outer_cell;
        into_ = outer;
        add_table_claims(grid.take(), section_, doc_.claims);
        // A caption is prose about the table.
        const GumboVector* children = children_of(node);
        for (unsigned i = 0; i < children->length && !in_cell_; ++i) {
            auto* child = static_cast<const GumboNode*>(children->data[i]);
            if (tag_of(child) != GUMBO_TAG_CAPTION) continue;
            visit_children(child);
            flush();
        }
    }

    static std::vector<int> note_numbers(const note_index& notes) {
        std::vector<int> numbers;
        for (const entry_reading& note : notes.notes) numbers.push_back(note.entry.number);
        return numbers;
    }

    // Text, with callouts printed as plain bracket groups ("[4]", "[1, 4-6]") cited when
    // the page has a numbered list holding their numbers: pages converted from other
    // formats often print callouts without linking them.
    void append_text(std::string_view text, location where) {
        std::size_t from = 0;
        if (printed_numbers_.has_list()) {
            for (std::size_t open = text.find('['); open != std::string_view::npos;
                 open = text.find('[', open + 1)) {
                const auto group = read_number_group(text, open);
                if (!group || printed_numbers_.judge(*group) != citation_verdict::citation) continue;
                into_->append(text.substr(from, open - from), shifted(where, from));
                into_->append("[", {});
                into_->cite(printed_numbers_.numbers(*group));
                into_->append("]", {});
                from = group->end;
                open = group->end - 1;
            }
        }
        into_->append(text.substr(from), shifted(where, from));
    }

    // where moved by offset bytes along its line; {} stays unknown.
    static location shifted(location where, std::size_t offset) {
        if (where.line == 0) return where;
        return at_line_column(where.line, where.column + offset);
    }

    void flush() {
        if (!paragraph_.empty()) add_paragraph_claims(paragraph_, section_, doc_.claims);
        paragraph_ = cited_text();
    }

    const html_tree& tree_;
    const note_index& notes_;
    document& doc_;
    diagnostics& warnings_;
    cited_text paragraph_;
    cited_text* into_ = &paragraph_;
    bool in_cell_ = false;
    std::size_t section_ = 0;
    int skipping_ = 0;  // level of the back-matter heading being skipped; 0 when reading
    int orphan_callouts_ = 0;
    location first_orphan_;
    citation_policy printed_numbers_;  // judges plain-text bracket groups against the notes
};

}  // namespace

void read_prose(const GumboNode* content, const html_tree& tree, const note_index& notes,
                document& doc, diagnostics& warnings) {
    if (doc.sections.empty()) doc.sections.push_back({"", {}});
    prose_reader(tree, notes, doc, warnings).read(content);
}

}  // namespace citegraph::html_import
