#include "claims.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "importers/common/cite_lists.hpp"
#include "markup.hpp"
#include "superscripts.hpp"
#include "importers/common/sentences.hpp"
#include "text/text_chars.hpp"

namespace citegraph::text_import {

namespace {

constexpr std::string_view em_dash = "\xE2\x80\x94";

// A citation group the policy accepted, with the numbers it names.
struct accepted_group {
    std::size_t begin;
    std::size_t end;
    std::vector<int> numbers;
};

// The superscripts of the run that the document's callouts take.
std::vector<accepted_group> superscript_groups(const text_run& run, const superscript_callouts& callouts) {
    std::vector<accepted_group> groups;
    for (raised_number& r : callouts.in_run(run)) groups.push_back({r.begin, r.end, std::move(r.numbers)});
    return groups;
}

std::vector<accepted_group> accepted_groups(const block& b, const std::vector<judged_group>& judged,
                                           const claim_context& context) {
    const text_run& run = b.run;
    if (context.superscripts) return superscript_groups(run, *context.superscripts);
    std::vector<accepted_group> groups;
    const std::string& text = run.text();
    for (const judged_group& group : judged) {
        if (!group.square && (!context.parentheses_cite || group.numbers_equation)) continue;
        if (group.verdict == citation_verdict::reversed_range || group.verdict == citation_verdict::overlong_range) {
            std::string written = text.substr(group.begin, group.end - group.begin);
            context.warnings.warn(context.path, context.positions.locate(run.offset_at(group.begin)),
                                  group.verdict == citation_verdict::reversed_range
                                      ? "reversed citation range " + written + " is not a citation"
                                      : "citation range " + written + " runs past the reference list; not a citation");
        }
        if (group.verdict != citation_verdict::citation) continue;
        // Parentheses hold quantities, equation numbers and residues as often as callouts;
        // square brackets after a name still cite ("Forwarding Algorithm [4]").
        if (group.square || !group.quantity) groups.push_back({group.begin, group.end, group.numbers});
    }
    return groups;
}

// Offset in text of the claim's first character: spaces, footnote marks, emphasis
// asterisks and the comma or semicolon left after the group before ("stroke [1], tremor
// [2]": the second claim is "tremor") are skipped.
std::size_t first_character(std::string_view text, std::size_t begin, std::size_t end) {
    while (begin < end) {
        if (is_space(text[begin]) || text[begin] == '*' || text[begin] == ',' || text[begin] == ';') ++begin;
        else if (std::size_t mark = footnote_mark_at(text, begin)) begin += mark;
        else if (std::size_t nbsp = no_break_space_at(text, begin)) begin += nbsp;
        else break;
    }
    return begin;
}

// The label text without its citations and markup: what prefixes the row's claims.
std::string clean_label(const std::string& raw, const claim_context& context) {
    std::string kept;
    std::size_t from = 0;
    for (auto group = next_citation_group(raw, 0); group;
         group = next_citation_group(raw, group->end)) {
        if (context.citations.judge(*group) != citation_verdict::citation) continue;
        kept.append(raw, from, group->begin - from);
        from = group->end;
    }
    kept.append(raw, from, std::string::npos);
    return clean_markup(kept, footnote_marks::drop);
}

// "LABEL — HEADER: " for a body cell, "HEADER: " for a label cell, "" for prose.
std::string prefix_for(const block& b, const claim_context& context) {
    if (b.kind != block_kind::table_cell) return "";
    std::string label = b.label_cell ? "" : clean_label(b.row_label, context);
    const std::string& header = b.column_header;
    if (label.empty() && header.empty()) return "";
    if (label.empty()) return header + ": ";
    if (header.empty()) return label + ": ";
    return label + " " + std::string(em_dash) + " " + header + ": ";
}

// Collects the claims of one block.
class claim_builder {
public:
    claim_builder(const block& b, const claim_context& context, claim_list& out)
        : block_(b), context_(context), out_(out), prefix_(prefix_for(b, context)) {}

    // Adds the block's last claim to the document's: call once the block is done.
    void finish() {
        if (!last_) return;
        keep_first_of_each(last_->cites);  // a claim cites each number once, where it first cited it
        out_.push_back(std::move(*last_));
        last_.reset();
    }

    // A claim from run bytes [begin, end) citing numbers. Text-less claims citing numbers
    // join the claim before them in this block; with none before, a table cell still
    // claims its row and column, and prose is warned about.
    // closing: the punctuation printed right after the group ("mines [4]."), which ends
    // this claim's sentence.
    void add(std::size_t begin, std::size_t end, std::vector<int> numbers, std::string_view closing = {}) {
        const std::string& text = block_.run.text();
        begin = first_character(text, begin, end);
        std::string body = clean_markup(std::string_view(text).substr(begin, end - begin),
                                        footnote_marks::drop);
        if (!has_content(body)) {
            if (numbers.empty()) return;
            if (last_) {
                // Repeats are removed once the claim is done (finish), not per group.
                std::vector<int>& cites = last_->cites;
                cites.insert(cites.end(), numbers.begin(), numbers.end());
                return;
            }
            if (prefix_.empty()) {
                context_.warnings.warn(context_.path,
                                       context_.positions.locate(block_.run.offset_at(begin)),
                                       "citation group with no claim text before it");
                return;
            }
        }
        claim_draft c;
        if (!has_content(body)) {
            c.text = prefix_.substr(0, prefix_.size() - 2);  // without ": "
        } else if (prefix_.empty()) {
            c.text = std::move(body);
            c.text += closing;
        } else {
            c.text.append(prefix_).append(body).append(closing);
        }
        c.section = block_.section;
        c.where = context_.positions.locate(block_.run.offset_at(first_character(text, begin, end)));
        c.cites = std::move(numbers);
        c.in_table = block_.kind == block_kind::table_cell;
        finish();  // only the last claim still grows: the one before is done
        last_ = std::move(c);
    }

    // true if the words at run byte `next` go on with this block's last claim, which a
    // group closed in mid-sentence: the claim ends with a comma or semicolon, or ends with
    // no full stop, question or exclamation mark (a closing quote or bracket after one
    // still ends it) and the words go on in lower case. After a colon a list or quotation
    // stands on its own ("data show:6 Breastfeeding rates …"), and a capital after no
    // punctuation opens a title or a bullet, as text converted from slides prints them.
    bool goes_on_at(std::size_t next) const {
        if (!last_) return false;
        const std::string_view claim = last_->text;
        if (claim.ends_with(',') || claim.ends_with(';')) return true;
        const std::string_view text = without_closers(claim);
        if (text.empty() || text.back() == '.' || text.back() == '!' || text.back() == '?' || text.back() == ':')
            return false;
        const std::string& run = block_.run.text();
        return next < run.size() && !is_upper(run[next]);
    }

    // Run bytes [begin, end) finish this block's last claim: "Smith [4]" and "showed that
    // X." give "Smith showed that X.". Punctuation that opens them (", such as") is kept.
    void finish_last(std::size_t begin, std::size_t end) {
        const std::string& text = block_.run.text();
        while (begin < end && is_space(text[begin])) ++begin;
        const std::string body = clean_markup(std::string_view(text).substr(begin, end - begin),
                                              footnote_marks::drop);
        if (!has_content(body)) return;
        claim_draft& last = *last_;
        const bool spaced = body.front() != ',' && body.front() != ';' && body.front() != ':' && body.front() != ')';
        last.text.append(spaced ? " " : "").append(body);
    }

private:
    const block& block_;
    const claim_context& context_;
    claim_list& out_;
    std::string prefix_;
    // The block's last claim, which the words and callouts after it may still finish; the
    // claims before it are in out_. A block may be a whole 100 MB paragraph.
    std::optional<claim_draft> last_;
};

}  // namespace

void add_claims(const block& b, const std::vector<judged_group>& judged, const claim_context& context,
                claim_list& out) {
    if (b.kind == block_kind::heading) return;
    std::vector<accepted_group> groups = accepted_groups(b, judged, context);
    if (b.kind == block_kind::table_cell && groups.empty()) return;

    claim_builder claims(b, context, out);
    std::size_t from = 0;
    const std::string& text = b.run.text();
    // The words after a group in mid-sentence ("Smith [4] showed that X.", "percent,12
    // accounting for …") finish the claim the group closed, as in the structured readers,
    // rather than opening the next claim or standing as an uncited claim of their own.
    for (accepted_group& group : groups) {
        // "... in mines [4]. Others": the full stop after the group ends the claim before it.
        const bool stop = group.end < text.size() &&
                          (text[group.end] == '.' || text[group.end] == '!' || text[group.end] == '?');
        std::size_t begin = from;
        std::size_t words = from;
        while (words < group.begin && is_space(text[words])) ++words;
        if (claims.goes_on_at(words)) {
            // Words of one sentence up to this group are the clause it closes ("stroke [1],
            // tremor [2]"); of more, the first finishes the claim before.
            const std::vector<sentence_span> between =
                split_sentences(std::string_view(text).substr(from, group.begin - from));
            if (between.size() > 1) {
                claims.finish_last(from, from + between.front().end);
                begin = from + between[1].begin;
            }
        }
        claims.add(begin, group.begin, std::move(group.numbers), std::string_view(text).substr(group.end, stop));
        from = group.end + stop;
    }
    std::string_view rest = std::string_view(text).substr(from);
    const std::vector<sentence_span> sentences = split_sentences(rest);
    std::size_t next = 0;
    if (!sentences.empty() && claims.goes_on_at(from + sentences.front().begin)) {
        claims.finish_last(from, from + sentences.front().end);
        next = 1;
    }
    for (; next < sentences.size(); ++next)
        claims.add(from + sentences[next].begin, from + sentences[next].end, {});
    claims.finish();
}

}  // namespace citegraph::text_import
