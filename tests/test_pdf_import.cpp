// PDF files read directly: footnoted US GAO reports, whose callouts the typesetting shows
// as superscripts, and a two-column BMC article whose reference numbers the page prints
// apart from their texts.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "citegraph/claim_years.hpp"
#include "citegraph/diagnostics.hpp"
#include "document_queries.hpp"
#include "importers/pdf/import_pdf.hpp"
#include "importers/text/import_text.hpp"
#include "test_paths.hpp"
#include "text_data.hpp"

using namespace citegraph;
using citegraph::testing::read_file;

namespace {

using numbers = std::vector<int>;

document read_pdf(const std::string& name) {
    const std::string path = std::string(CITEGRAPH_TEST_DATA) + "/pdf/" + name;
    diagnostics warnings;
    return import_pdf(read_file(path), import_options{path}, warnings);
}

bool starts_with(std::string_view text, std::string_view start) { return text.rfind(start, 0) == 0; }

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

std::optional<claim> claim_with_text(const document& doc, std::string_view text) {
    auto found = std::find_if(doc.claims.begin(), doc.claims.end(), [&](const claim& c) { return c.text == text; });
    if (found == doc.claims.end()) return std::nullopt;
    return *found;
}

// The numbers of the document's references, in order.
numbers reference_numbers(const document& doc) {
    numbers listed;
    for (const reference& r : doc.references) listed.push_back(r.number);
    return listed;
}

// 1, 2, ..., last.
numbers one_to(int last) {
    numbers all;
    for (int n = 1; n <= last; ++n) all.push_back(n);
    return all;
}

// true if some claim of `doc` cites reference n.
bool cited(const document& doc, int n) {
    return std::any_of(doc.claims.begin(), doc.claims.end(), [n](const claim& c) {
        return std::find(c.cites.begin(), c.cites.end(), n) != c.cites.end();
    });
}

}  // namespace

TEST_SUITE("PDF importer") {

TEST_CASE("a PDF reads as its pdftotext conversion, titled by its own metadata") {
    document pdf = read_pdf("gao-06-282-breastfeeding.pdf");
    document text = citegraph::testing::read_text_data("footnoted/gao-06-282-breastfeeding.txt");
    CHECK(pdf.format == "pdf");
    CHECK(pdf.callouts == callout_style::superscript);
    CHECK(starts_with(pdf.title, "GAO-06-282, BREASTFEEDING: Some Strategies Used to Market Infant Formula"));
    REQUIRE(pdf.references.size() == 21);
    REQUIRE(pdf.references.size() == text.references.size());
    for (std::size_t i = 0; i < pdf.references.size(); ++i) {
        CAPTURE(i);
        CHECK(pdf.references[i].number == text.references[i].number);
        CHECK(pdf.references[i].text == text.references[i].text);
        CHECK(pdf.references[i].where.line == text.references[i].where.line);
    }
    REQUIRE(pdf.claims.size() == text.claims.size());
    for (std::size_t i = 0; i < pdf.claims.size(); ++i) {
        CAPTURE(i);
        CHECK(pdf.claims[i].text == text.claims[i].text);
        CHECK(pdf.claims[i].cites == text.claims[i].cites);
        CHECK(pdf.claims[i].where.line == text.claims[i].where.line);
        CHECK(pdf.claims[i].where.column == text.claims[i].where.column);
    }
}

TEST_CASE("a two-column article: all 49 references, numbers printed apart paired with their texts") {
    document doc = read_pdf("jner-2016-13-22-fes.pdf");
    CHECK(starts_with(doc.title, "Multi-contact functional electrical stimulation for hand opening"));
    CHECK(doc.callouts == callout_style::bracket);
    REQUIRE(doc.references.size() == 49);
    for (int n = 1; n <= 49; ++n) {
        CAPTURE(n);
        const reference& r = doc.references[static_cast<std::size_t>(n - 1)];
        CHECK(r.number == n);
        CHECK(r.published.year >= 1997);
        CHECK(r.text.find("Page 9 of 9") == std::string::npos);
    }
    // 4-27 are printed as a column of bare numbers, then their texts.
    CHECK(starts_with(doc.references[3].text, "Sampson P, Freeman C, Coote S"));
    CHECK(ends_with(doc.references[3].text, "2015;4(2):1534-4320."));
    // An entry whose author line ends in an initial, and one with a full stop mid-entry.
    CHECK(starts_with(doc.references[17].text, "Goffredo M, Schmid M"));
    CHECK(ends_with(doc.references[17].text, "2014;33(4):1329\xE2\x80\x93" "45."));
    CHECK(ends_with(doc.references[19].text, "New York City: IEEE; 2009. p. 142\xE2\x80\x93" "5."));
    CHECK(starts_with(doc.references[26].text, "Okuma Y, Bergquist AJ"));
    // After the page footer that the conversion printed between the columns.
    CHECK(starts_with(doc.references[27].text, "Mezzarane RA, Elias LA"));
    CHECK(ends_with(doc.references[27].text, "2013;1:57\xE2\x80\x93" "87."));
}

TEST_CASE("a two-column article: mid-sentence callouts cite the clause they close") {
    document doc = read_pdf("jner-2016-13-22-fes.pdf");
    // "... such as stroke [1], tremor [2], multiple sclerosis [3, 4] or spinal cord injury [5]"
    const std::optional<claim> tremor = claim_with_text(doc, "tremor");
    REQUIRE(tremor.has_value());
    CHECK(tremor->cites == numbers{2});
    const std::optional<claim> sclerosis = claim_with_text(doc, "multiple sclerosis");
    REQUIRE(sclerosis.has_value());
    CHECK(sclerosis->cites == numbers{3, 4});
    const std::optional<claim> injury = claim_with_text(doc, "or spinal cord injury");
    REQUIRE(injury.has_value());
    CHECK(injury->cites == numbers{5});
    const std::optional<claim> range = claim_with_text(doc, "In this context, FES might enhance hand functionality when physical therapy alone is ineffective.");
    REQUIRE(range.has_value());
    CHECK(range->cites == numbers{10, 11, 12, 13, 14});
    // Every reference is cited somewhere.
    for (int n = 1; n <= 49; ++n) {
        CAPTURE(n);
        CHECK(cited(doc, n));
    }
}

TEST_CASE("a two-column page that poppler reads out of order is read column by column") {
    // On page 8 poppler reads the left column's last lines after the head of the right
    // one: "For practical application, however, EMG signal quality needs to be carefully"
    // came apart from "considered for the effective application ... atrophy [48, 49]".
    document doc = read_pdf("jner-2016-13-22-fes.pdf");
    const std::string_view sentence =
        "For practical application, however, EMG signal quality needs to be carefully considered for the "
        "effective application of the proposed technique, due to potential atrophy.";
    const auto atrophy = std::find_if(doc.claims.begin(), doc.claims.end(),
                                      [&](const claim& c) { return ends_with(c.text, sentence); });
    REQUIRE(atrophy != doc.claims.end());
    CHECK(atrophy->cites == numbers{48, 49});
    CHECK_FALSE(claim_with_text(doc, "For practical application, however, EMG signal quality needs to be carefully").has_value());
    // The sentence after it opens the right column's second paragraph, in its place.
    const auto next = atrophy + 1;
    REQUIRE(next != doc.claims.end());
    CHECK(starts_with(next->text, "In this context, electrode arrays allowing concurrent recording and stimulation"));
}

TEST_CASE("a two-column article poppler reads partly out of column order: all 28 references, each cited") {
    // Pages 3 and 5 read left column then right: poppler's order cut the reference list
    // apart, and only 4 references were found.
    document doc = read_pdf("cmj-2017-130-14-small-fiber.pdf");
    CHECK(reference_numbers(doc) == one_to(28));
    for (int n : one_to(28)) {
        CAPTURE(n);
        CHECK(cited(doc, n));
    }
    REQUIRE(doc.references.size() == 28);
    CHECK(starts_with(doc.references[0].text, "Hoitsma E, Reulen JP, de Baets M"));
    CHECK(starts_with(doc.references[27].text, "Singleton JR, Smith AG, Bromberg MB. Glucose tolerance testing"));
}

TEST_CASE("that article's pdftotext text, its list cut around the heading, cites as the PDF does") {
    // pdftotext prints the texts of 1 and 2 and entries 3-22 among the body's paragraphs,
    // then "References", "1." and "2." alone, the end of 22 and entries 23-28.
    document text = citegraph::testing::read_text_data("twocolumn/cmj-2017-130-14-small-fiber.txt");
    document pdf = read_pdf("cmj-2017-130-14-small-fiber.pdf");
    CHECK(reference_numbers(text) == one_to(28));
    REQUIRE(text.references.size() == 28);
    for (std::size_t i = 0; i < 28; ++i) {
        CAPTURE(i);
        CHECK(cited(text, static_cast<int>(i) + 1));
        CHECK(text.references[i].doi == pdf.references[i].doi);
        CHECK(text.references[i].published.year == pdf.references[i].published.year);
    }
    CHECK(starts_with(text.references[0].text, "Hoitsma E, Reulen JP, de Baets M"));
    CHECK(text.references[0].where.line == 519);
    CHECK(starts_with(text.references[21].text, "Løseth S, Stålberg EV"));
    CHECK(ends_with(text.references[21].text, "doi: 10.1111/jns.12154."));
    // The paragraph printed between the list's parts is the body's.
    const auto opens = [](const document& d, std::string_view start) {
        return std::any_of(d.claims.begin(), d.claims.end(), [&](const claim& c) { return starts_with(c.text, start); });
    };
    CHECK(opens(text, "What's more, the IENFD and electrophysiological parameters"));
    // Every citing claim cites what the PDF's does.
    std::vector<numbers> text_cites, pdf_cites;
    for (const claim& c : text.claims)
        if (!c.cites.empty()) text_cites.emplace_back(c.cites.begin(), c.cites.end());
    for (const claim& c : pdf.claims)
        if (!c.cites.empty()) pdf_cites.emplace_back(c.cites.begin(), c.cites.end());
    CHECK(text_cites.size() == 29);
    CHECK(text_cites == pdf_cites);
}

TEST_CASE("a page number printed between the columns is taken out of the sentence it cuts") {
    document doc = read_pdf("cmj-2017-130-14-small-fiber.pdf");
    REQUIRE(doc.references.size() == 28);
    // Page 6: "25. ... Metabolic syndrome in small" / "1688" / "fiber sensory neuropathy."
    const reference& zhou = doc.references[24];
    CHECK(zhou.number == 25);
    CHECK(starts_with(zhou.text, "Zhou L, Li J, Ontaneda D, Sperling J. Metabolic syndrome in small fiber sensory neuropathy."));
    CHECK(ends_with(zhou.text, "doi: 10.1097/CND.0b013e3182196e3c."));
    CHECK(zhou.text.find("1688") == std::string::npos);
    // Page 4: "One study[21] has indicated IENFD correlated with the" / "1686" / "various
    // parameters of NCS, ... our study. Furthermore, another study[22] found": the sentence
    // that [21] cuts is whole, and its claim cites 21.
    const auto ienfd = std::find_if(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return starts_with(c.text, "One study has indicated IENFD correlated with the various parameters of NCS");
    });
    REQUIRE(ienfd != doc.claims.end());
    CHECK(ienfd->cites == numbers{21});
    CHECK(ends_with(ienfd->text, "which is in accordance with our study."));
}

TEST_CASE("a page number printed after a paragraph inside its page is furniture, not the paragraph's end") {
    document doc = read_pdf("cmj-2017-130-14-small-fiber.pdf");
    // Page 2: the number 1684 stands at the foot of the left column, which poppler prints
    // after the paragraph that column ends: "... a mean age of 54 ± 14 years." / "1684" / "".
    // Pages 1 and 3 print theirs, 1683 and 1685, at the page's edge: the sequence shows
    // 1684 to be page 2's number.
    const auto patients = std::find_if(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return starts_with(c.text, "Patients included in the study were 22 males and 16 females");
    });
    REQUIRE(patients != doc.claims.end());
    CHECK(ends_with(patients->text, "with a mean age of 54 \xC2\xB1 14 years."));
    for (const claim& c : doc.claims) {
        CAPTURE(c.text);
        for (std::string_view page : {"1683", "1684", "1685", "1686", "1687", "1688"})
            CHECK((c.text.find(page) == std::string::npos || c.text.find("130:1683-8") != std::string::npos));
    }
}

TEST_CASE("a footnoted report's callouts as typeset: small raised numbers, even glued to a year") {
    document doc = read_pdf("gao-06-1046-grants.pdf");
    CHECK(doc.callouts == callout_style::superscript);
    // All 27 notes, each cited. The callout of note 13 is a line of its own in the text
    // ("partnerships and" / "13" / "collaborations"); set raised beside "and", it still is one.
    CHECK(reference_numbers(doc) == one_to(27));
    for (int n : one_to(27)) {
        CAPTURE(n);
        CHECK(cited(doc, n));
    }
    // "the Child Support Performance and Incentive Act of 199815 only provides": in the
    // flattened text the note number runs into the year; set raised, it is note 15, the law.
    const auto act = std::find_if(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return ends_with(c.text, "established by the Child Support Performance and Incentive Act of 1998");
    });
    REQUIRE(act != doc.claims.end());
    CHECK(act->cites == numbers{15});
    CHECK(years_named(act->text) == numbers{1975, 1997, 1998});
    CHECK(doc.references[14].number == 15);
    CHECK(doc.references[14].text == "Pub. L. No. 105-200.");
    const auto partnerships = std::find_if(doc.claims.begin(), doc.claims.end(), [](const claim& c) {
        return ends_with(c.text, "we noted extensive use of partnerships and");
    });
    REQUIRE(partnerships != doc.claims.end());
    CHECK(partnerships->cites == numbers{13});

}

}  // TEST_SUITE
