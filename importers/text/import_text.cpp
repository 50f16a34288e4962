// The plain-text importer's pipeline: check bytes, drop page furniture, find blocks,
// number references, then extract claims judged against the reference list.
#include "import_text.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "blocks.hpp"
#include "importers/common/citation_group.hpp"
#include "claims.hpp"
#include "callouts.hpp"
#include "footnotes.hpp"
#include "line_kinds.hpp"
#include "page_layout.hpp"
#include "reference_list.hpp"
#include "source_lines.hpp"
#include "superscripts.hpp"
#include "rejoined_list.hpp"
#include "unheaded_list.hpp"
#include "importers/common/input_check.hpp"
#include "text/text_chars.hpp"

namespace citegraph {

namespace {

using namespace citegraph::text_import;

// The file name without folders and extension: "data/usdol-mali-2021.txt" -> "usdol-mali-2021".
std::string file_stem(std::string_view path) {
    std::size_t slash = path.find_last_of("/\\");
    if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
    std::size_t dot = path.rfind('.');
    if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
    return std::string(path);
}

// The first line if it reads as a title (short, heading-like, not structure), else the
// file stem.
std::string document_title(const std::vector<layout_line>& lines, const std::string& path) {
    if (!lines.empty()) {
        std::string_view first = trim(lines.front().text);
        if (looks_like_heading(first) && !is_section_heading(first) && !read_table_title(first) &&
            !is_references_heading(first) && !is_list_entry(first))
            return std::string(first);
    }
    return file_stem(path);
}

// The YYYY of a leading "In YYYY," in the first prose paragraph; 0 if it has none.
int reporting_year(const document_layout& layout) {
    for (const block& b : layout.blocks) {
        if (b.kind != block_kind::prose) continue;
        std::string_view text = b.run.text();
        if (text.size() < 9 || text.substr(0, 3) != "In " || text[7] != ',') return 0;
        int year = 0;
        for (char c : text.substr(3, 4)) {
            if (!is_digit(c)) return 0;
            year = year * 10 + (c - '0');
        }
        return year;
    }
    return 0;
}

bool any_numbered(const std::vector<reference_entry>& entries) {
    return std::any_of(entries.begin(), entries.end(), [](const reference_entry& e) { return e.number != 0; });
}

bool any_content(const document_layout& layout) {
    if (!layout.reference_entries.empty()) return true;
    return std::any_of(layout.blocks.begin(), layout.blocks.end(),
                       [](const block& b) { return b.kind != block_kind::heading; });
}

}  // namespace

document import_text(std::string_view bytes, const import_options& options, diagnostics& warnings) {
    return import_text(bytes, options, warnings, superscript_marks());
}

document import_text(std::string_view bytes, const import_options& options, diagnostics& warnings,
                     const superscript_marks& marks) {
    const std::string& path = options.path;
    std::size_t start = check_input(bytes, path);
    line_map positions(bytes);
    std::vector<layout_line> lines = remove_page_furniture(split_lines(bytes, start));
    footnote_layout notes = split_footnotes(lines, marks);
    notes.body = move_body_out_of_list(rejoin_split_list(std::move(notes.body)));
    document_layout layout = read_blocks(notes.body, positions);
    // No list found under a heading, or one that starts past entry 1 (its first part came
    // before the heading): the run of numbered entries is the list.
    if (layout.reference_entries.empty() || layout.reference_entries.front().number > 1)
        if (auto run = find_numbered_run(notes.body)) layout = read_blocks(notes.body, positions, run);
    // Footnotes number the document's sources unless it has a numbered reference list of
    // its own, whose numbers its callouts then use. An unnumbered list beside footnotes is
    // a bibliography: the full entries the notes abbreviate.
    const bool footnoted = !notes.notes.empty() && !any_numbered(layout.reference_entries);
    std::vector<reference_entry> bibliography;
    if (footnoted) bibliography = std::exchange(layout.reference_entries, notes.notes);
    if (!any_content(layout)) throw input_error(path, {1, 1}, "empty document");

    document doc;
    doc.path = path;
    doc.format = "text";
    doc.title = document_title(lines, path);
    doc.reporting_year = reporting_year(layout);
    doc.references = number_references(layout.reference_entries, positions, path, warnings);
    doc.bibliography = number_references(bibliography, positions, path, warnings);
    doc.as_of = default_as_of(doc);

    std::vector<int> numbers;
    for (const reference& r : doc.references) numbers.push_back(r.number);
    citation_policy citations(numbers);
    const std::vector<std::vector<judged_group>> judged = judge_groups(layout.blocks, citations);
    const bracket_groups groups = count_bracket_groups(judged);
    const std::optional<superscript_callouts> superscripts =
        choose_superscript_callouts(layout.blocks, footnoted ? &notes : nullptr, citations, marks, groups);
    claim_context context{citations, positions, path, warnings, superscripts ? &*superscripts : nullptr};
    if (superscripts) {
        doc.callouts = callout_style::superscript;
    } else {
        const bracket_callouts brackets = choose_bracket_callouts(groups, citations);
        doc.callouts = brackets.style;
        context.parentheses_cite = brackets.parentheses_cite;
    }
    for (std::size_t k = 0; k < layout.blocks.size(); ++k) add_claims(layout.blocks[k], judged[k], context, doc.claims);
    doc.sections = std::move(layout.sections);

    bool cites_something = std::any_of(doc.claims.begin(), doc.claims.end(),
                                       [](const claim& c) { return !c.cites.empty(); });
    if (!citations.has_list() && cites_something)
        warnings.warn(path, {}, "no reference list found");
    return doc;
}

}  // namespace citegraph
