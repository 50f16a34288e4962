#include "import_pdf.hpp"

#include <cstddef>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "importers/text/import_text.hpp"
#include "importers/text/superscripts.hpp"
#include "line_joins.hpp"
#include "page_columns.hpp"
#include "page_furniture.hpp"
#include "typeset_superscripts.hpp"
#include "text/text_chars.hpp"
#include "word_boxes.hpp"

namespace citegraph {

namespace {

// poppler reports each damaged object it skips on standard error; the document is read
// as far as it can be, and a PDF with no text at all is refused below.
void ignore_poppler_message(const std::string&, void*) {}

// The text of every page in reading order, and its typeset superscripts. poppler ends each
// page with a form feed, as pdftotext does, which the text importer takes as the page's end.
struct pdf_text {
    std::string text;
    std::vector<text_import::typeset_superscript> superscripts;  // by input offset
};

// The page's extent in the frame its text boxes are placed in: points from its top left
// corner, turned as the page is shown.
poppler::rectf page_extent(const poppler::page& page) {
    const poppler::rectf box = page.page_rect();
    const bool turned = page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
    return turned ? poppler::rectf(0, 0, box.height(), box.width()) : poppler::rectf(0, 0, box.width(), box.height());
}

// The text of a page read part by part (see column_reading_order), ending as poppler
// ends a page. A sentence that runs on from the foot of one column to the head of the
// next is joined by a line break, as within a column; other parts are set apart by a
// blank line, as poppler sets apart its blocks.
std::string text_by_parts(const poppler::page& page, const std::vector<poppler::rectf>& parts) {
    std::string text;
    for (const poppler::rectf& part : parts) {
        const std::string read = poppler_utf8(page.text(part, poppler::page::non_raw_non_physical_layout));
        const std::string_view body = trim(read);
        if (body.empty()) continue;
        if (!text.empty()) text += line_join(text, body);
        text += body;
    }
    text += "\n\n\f";
    return text;
}

// The words part by part, in poppler's order within each part: the order of the text
// that text_by_parts reads, for finding them in it.
std::vector<poppler::text_box> in_part_order(std::vector<poppler::text_box> boxes,
                                             const std::vector<poppler::rectf>& parts) {
    std::vector<std::vector<poppler::text_box>> by_part(parts.size() + 1);
    for (poppler::text_box& box : boxes) by_part[part_holding(box, parts)].push_back(std::move(box));
    std::vector<poppler::text_box> ordered;
    ordered.reserve(boxes.size());
    for (std::vector<poppler::text_box>& part : by_part)
        for (poppler::text_box& box : part) ordered.push_back(std::move(box));
    return ordered;
}

// One page as read: its text, its superscripts (offsets in that text) and the pieces at
// its edges that may be its header or footer.
struct page_read {
    std::string text;
    std::vector<text_import::typeset_superscript> superscripts;
    std::vector<furniture_piece> edges;
};

page_read read_page(const poppler::page& page) {
    std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
    const std::vector<poppler::rectf> parts = column_reading_order(boxes, page_extent(page));
    page_read read;
    if (parts.empty()) {
        read.text = poppler_utf8(page.text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    } else {
        read.text = text_by_parts(page, parts);
        boxes = in_part_order(std::move(boxes), parts);
    }
    read.superscripts = page_superscripts(boxes, read.text, 0);
    read.edges = page_edges(boxes);
    return read;
}

pdf_text page_texts(const poppler::document& pdf) {
    std::vector<page_read> pages;
    for (int i = 0; i < pdf.pages(); ++i) {
        std::unique_ptr<poppler::page> page(pdf.create_page(i));
        if (page) pages.push_back(read_page(*page));
    }
    // A page's header or footer is told by its like on other pages.
    std::vector<std::vector<furniture_piece>> edges;
    edges.reserve(pages.size());
    for (page_read& page : pages) edges.push_back(std::move(page.edges));
    const std::vector<std::vector<furniture_piece>> furniture = page_furniture(edges);
    pdf_text read;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        furniture_free_text text = without_furniture(std::move(pages[i].text), furniture[i]);
        for (text_import::typeset_superscript& mark : after_cuts(std::move(pages[i].superscripts), text.cuts)) {
            mark.begin += read.text.size();
            mark.end += read.text.size();
            read.superscripts.push_back(std::move(mark));
        }
        read.text += text.text;
    }
    return read;
}

bool has_words(std::string_view text) {
    for (char c : text)
        if (!is_space(c)) return true;
    return false;
}

}  // namespace

document import_pdf(std::string_view bytes, const import_options& options, diagnostics& warnings) {
    static std::once_flag quiet_poppler;  // set once: files may be read on several threads
    std::call_once(quiet_poppler, [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw input_error(options.path, {}, "PDF too large to read (2 GiB or more)");
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!pdf) throw input_error(options.path, {1, 1}, "not a PDF that can be read");
    if (pdf->is_locked()) throw input_error(options.path, {1, 1}, "PDF is protected by a password");
    pdf_text read = page_texts(*pdf);
    if (!has_words(read.text))
        throw input_error(options.path, {1, 1}, "PDF has no text to read (a scanned image needs OCR first)");

    // A PDF that sets no number as a superscript may still raise its callouts some other
    // way (a rise without a smaller font): then they are guessed from the text, as for a
    // text file.
    const text_import::superscript_marks marks =
        read.superscripts.empty() ? text_import::superscript_marks()
                                  : text_import::superscript_marks(std::move(read.superscripts));
    document doc = import_text(read.text, options, warnings, marks);
    doc.format = "pdf";
    std::string title(trim(poppler_utf8(pdf->info_key("Title"))));
    if (!title.empty()) doc.title = std::move(title);
    return doc;
}

}  // namespace citegraph
