// Claims from prose and tables that a markup importer assembled (importers/common).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "citegraph/claim_years.hpp"
#include "importers/common/cite_lists.hpp"
#include "importers/common/structured_claims.hpp"

using namespace citegraph;

namespace {

using numbers = std::vector<int>;

claim_list paragraph_claims(const cited_text& text) {
    claim_list out;
    add_paragraph_claims(text, 0, out);
    return out;
}

}  // namespace

TEST_SUITE("structured claims") {

TEST_CASE("each cited number is kept once, where it was first cited, in short lists and long") {
    const auto kept = [](numbers list) {
        keep_first_of_each(list);
        return list;
    };
    CHECK(kept({}) == numbers{});
    CHECK(kept({7}) == numbers{7});
    CHECK(kept({3, 3}) == numbers{3});
    CHECK(kept({5, 3, 5, 1, 3, 9, 1}) == numbers{5, 3, 1, 9});
    // Past the short lists looked through in place: the same answer by a hash set.
    numbers in_long, expected_long;
    for (int k = 0; k < 40; ++k) in_long.push_back(40 - k % 25);
    for (int k = 0; k < 25; ++k) expected_long.push_back(40 - k);
    CHECK(kept(in_long) == expected_long);
    for (const std::size_t size : {std::size_t{15}, std::size_t{16}, std::size_t{17}}) {
        numbers list;
        for (std::size_t k = 0; k < size; ++k) list.push_back(static_cast<int>(k % 5));
        CAPTURE(size);
        CHECK(kept(list) == numbers{0, 1, 2, 3, 4});
    }
}

TEST_CASE("a dash between two callouts cites the numbers between them") {
    cited_text text;
    text.append("Emissions fell ", {4, 10});
    text.append("[", {4, 25});
    text.cite({33});
    text.append("\xE2\x80\x93", {4, 40});
    text.cite({36});
    text.append("].", {4, 52});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].text == "Emissions fell.");
    CHECK(claims[0].cites == numbers{33, 34, 35, 36});
    CHECK(claims[0].where == location{4, 10});
}

TEST_CASE("brackets holding only callouts go with the separators, and no space is left before punctuation") {
    cited_text text;
    text.append("It was shown [", {});
    text.cite({3});
    text.append(", ", {});
    text.cite({4});
    text.append("] in two trials [", {});
    text.cite({9});
    text.append("; ", {});
    text.cite({10});
    text.append("-", {});
    text.cite({12});
    text.append("].", {});
    claim_list claims = paragraph_claims(text);
    // The first bracket closes the clause "It was shown"; the second cites for the rest.
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].text == "It was shown");
    CHECK(claims[0].cites == numbers{3, 4});
    CHECK(claims[1].text == "in two trials.");
    CHECK(claims[1].cites == numbers{9, 10, 11, 12});
}

TEST_CASE("brackets holding words stay, and an absurd range is not filled") {
    cited_text text;
    text.append("As in (see ", {});
    text.cite({2});
    text.append(") and [", {});
    text.cite({1});
    text.append("-", {});
    text.cite({999999});
    text.append("].", {});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].text == "As in (see) and.");
    CHECK(claims[0].cites == numbers{2, 1, 999999});
}

TEST_CASE("each sentence cites the callouts inside it or right after its end") {
    cited_text text;
    text.append("Ducks dabble in 2019.", {7, 1});
    text.cite({1});
    text.append(" Geese graze [", {7, 30});
    text.cite({2});
    text.append("]. Swans are large.", {7, 50});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 3);
    CHECK(claims[0].text == "Ducks dabble in 2019.");
    CHECK(claims[0].cites == numbers{1});
    CHECK(years_named(claims[0].text) == numbers{2019});
    CHECK(claims[1].text == "Geese graze.");
    CHECK(claims[1].cites == numbers{2});
    CHECK(claims[1].where == location{7, 31});
    CHECK(claims[2].text == "Swans are large.");
    CHECK(claims[2].cites.empty());
}

TEST_CASE("a period after a domain name or a percentage ends the sentence, one in an abbreviation does not") {
    cited_text text;
    text.append("The code is at mozilla.org.", {3, 1});
    text.cite({4});
    text.append(" The project grew at a rate of 1.6% ", {3, 40});
    text.cite({9});
    text.append(". Uniquely, the U.S. Department and e.g. Ph.D. holders stay in one sentence.", {3, 80});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 3);
    CHECK(claims[0].text == "The code is at mozilla.org.");
    CHECK(claims[0].cites == numbers{4});
    CHECK(claims[1].text == "The project grew at a rate of 1.6%.");
    CHECK(claims[1].cites == numbers{9});
    CHECK(claims[2].text == "Uniquely, the U.S. Department and e.g. Ph.D. holders stay in one sentence.");
    CHECK(claims[2].cites.empty());

    SUBCASE("a numbered marker opening a paragraph is no sentence of its own") {
        cited_text item;
        item.append("3.a. If all scores in a column are low, discard it. Then stop.", {4, 1});
        const claim_list items = paragraph_claims(item);
        REQUIRE(items.size() == 2);
        CHECK(items[0].text == "3.a. If all scores in a column are low, discard it.");
    }
}

TEST_CASE("a callout inside a sentence closes its clause when another callout follows") {
    cited_text text;
    text.append("Care suffers from a lack of resources [", {6, 1});
    text.cite({4});
    text.append("], severe deficiencies [", {6, 40});
    text.cite({5});
    text.append(", ", {});
    text.cite({6});
    text.append("] and poor pay [", {6, 70});
    text.cite({7});
    text.append("]. Smith [", {6, 90});
    text.cite({8});
    text.append("] showed that it lasts. It was cited ", {6, 100});
    text.cite({1});
    text.append(", ", {});
    text.cite({2});
    text.append(" and ", {});
    text.cite({3});
    text.append(".", {});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 5);
    CHECK(claims[0].text == "Care suffers from a lack of resources");
    CHECK(claims[0].cites == numbers{4});
    CHECK(claims[1].text == "severe deficiencies");
    CHECK(claims[1].cites == numbers{5, 6});
    CHECK(claims[1].where == location{6, 43});
    CHECK(claims[2].text == "and poor pay.");
    CHECK(claims[2].cites == numbers{7});
    // The words after a sentence's last callout stay with its clause: no uncited rest.
    CHECK(claims[3].text == "Smith showed that it lasts.");
    CHECK(claims[3].cites == numbers{8});
    // "and" between callouts joins a list of them; it is no clause.
    CHECK(claims[4].text == "It was cited and.");
    CHECK(claims[4].cites == numbers{1, 2, 3});
}

TEST_CASE("a callout inside brackets closes its clause after them") {
    cited_text text;
    text.append("The factor (0.205 kg kWh-1 [", {});
    text.cite({46});
    text.append("]) is lower than in the US (0.73 kg kWh-1 [", {});
    text.cite({42});
    text.append("]).", {});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].text == "The factor (0.205 kg kWh-1)");
    CHECK(claims[0].cites == numbers{46});
    CHECK(claims[1].text == "is lower than in the US (0.73 kg kWh-1).");
    CHECK(claims[1].cites == numbers{42});

    SUBCASE("a full stop the sentence splitter passed over stays with the clause before it") {
        cited_text stocks;
        stocks.append("Tillage may increase stocks of soil C [", {});
        stocks.cite({74});
        stocks.append("]. This study did not consider it [", {});
        stocks.cite({38});
        stocks.append("].", {});
        const claim_list split = paragraph_claims(stocks);
        REQUIRE(split.size() == 2);
        CHECK(split[0].text == "Tillage may increase stocks of soil C.");
        CHECK(split[0].cites == numbers{74});
        CHECK(split[1].text == "This study did not consider it.");
        CHECK(split[1].cites == numbers{38});
    }
}

TEST_CASE("an author-year callout closes no clause: its words are part of one") {
    cited_text text;
    text.append("Cells fire (Abbott et al., 2019", {});
    text.cite_in_words({1});
    text.append("; Baker, 2020", {});
    text.cite_in_words({2});
    text.append("), as Baker (2020", {});
    text.cite_in_words({2});
    text.append(") agrees.", {});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].text == "Cells fire (Abbott et al., 2019; Baker, 2020), as Baker (2020) agrees.");
    CHECK(claims[0].cites == numbers{1, 2});
}

TEST_CASE("a sentence the input marked is cut at its clauses too") {
    cited_text sentence;
    sentence.append("Ducks dabble", {});
    sentence.cite({1});
    sentence.append(", while geese graze", {});
    sentence.cite({2});
    sentence.append(".", {});
    claim_list out;
    add_sentence_claim(sentence, 0, out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].text == "Ducks dabble");
    CHECK(out[0].cites == numbers{1});
    CHECK(out[1].text == "while geese graze.");
    CHECK(out[1].cites == numbers{2});
}

TEST_CASE("removing a callout leaves neither a doubled period nor a dangling separator") {
    cited_text text;
    text.append("As Rotz et al. [", {});
    text.cite({42});
    text.append("]. Warming (AR5; [", {});
    text.cite({27});
    text.append("]) is fast.", {});
    claim_list claims = paragraph_claims(text);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].text == "As Rotz et al.");
    CHECK(claims[0].cites == numbers{42});
    CHECK(claims[1].text == "Warming (AR5) is fast.");
    CHECK(claims[1].cites == numbers{27});
}

TEST_CASE("a paragraph of callouts alone cites for the claim before it") {
    claim_list out;
    cited_text first;
    first.append("Ducks dabble.", {});
    add_paragraph_claims(first, 0, out);
    cited_text callouts_only;
    callouts_only.append("[", {});
    callouts_only.cite({5});
    callouts_only.append("]", {});
    add_paragraph_claims(callouts_only, 0, out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].cites == numbers{5});
}

TEST_CASE("positions in a piece of input move to the next line at each line break") {
    text_positions positions("ab\ncd\n  e", {4, 7});
    CHECK(positions.at(0) == location{4, 7});
    CHECK(positions.at(1) == location{4, 8});
    CHECK(positions.at(3) == location{5, 1});
    CHECK(positions.at(8) == location{6, 3});
    CHECK(positions.at(4) == location{5, 2});  // out of order: counted again from the start
    CHECK(text_positions("a\nb", {}).at(2) == location{});
}

TEST_CASE("whitespace is folded across pieces") {
    cited_text text;
    text.append("  Ducks\n   dabble ", {});
    text.append("  in  ponds.\t", {});
    CHECK(text.text() == "Ducks dabble in ponds.");
    CHECK(cited_text().empty());
}

TEST_CASE("a table cell citing gives row label, column header and its text") {
    auto cell = [](std::string text, std::vector<int> cites = {}, bool header = false) {
        table_cell c;
        c.content.append(text, {2, 1});
        if (!cites.empty()) c.content.cite(std::move(cites));
        c.header = header;
        return c;
    };
    std::vector<table_row> rows;
    rows.push_back({cell("Country", {}, true), cell("Milk yield", {}, true)});
    rows.push_back({cell("Brazil", {4}), cell("12 kg [", {7})});
    rows.back()[1].content.append("]", {});
    rows.push_back({cell("Chile"), cell("15 kg")});
    table_cell spanned = rows[1][1];
    spanned.spanned = true;
    rows.push_back({cell("Peru"), spanned});
    claim_list out;
    add_table_claims(rows, 3, out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].text == "Country: Brazil");
    CHECK(out[0].cites == numbers{4});
    CHECK(out[1].text == "Brazil \xE2\x80\x94 Milk yield: 12 kg");
    CHECK(out[1].cites == numbers{7});
    CHECK(out[1].in_table);
    CHECK(out[1].section == 3);
}

TEST_CASE("a table cell of several sentences gives a claim for each, under the cell's label and header") {
    // A cell as Wikipedia's comparison tables write them: two findings, each with its callout.
    table_cell head_country, head_status, label, body;
    head_country.content.append("Species", {4, 5});
    head_country.header = true;
    head_status.content.append("Status", {4, 20});
    head_status.header = true;
    label.content.append("Mallard", {5, 5});
    body.content.append("Numbers rose in Europe after 1990.", {5, 20});
    body.content.cite({3});
    body.content.append(" Hunting bags fell in the 2010s.", {5, 58});
    body.content.cite({8, 9});
    body.content.append(" Breeds everywhere.", {5, 95});
    std::vector<table_row> rows{{head_country, head_status}, {label, body}};
    claim_list out;
    add_table_claims(rows, 0, out);
    REQUIRE(out.size() == 3);
    CHECK(out[0].text == "Mallard \xE2\x80\x94 Status: Numbers rose in Europe after 1990.");
    CHECK(out[0].cites == numbers{3});
    CHECK(years_named(out[0].text) == numbers{1990});
    CHECK(out[0].where == location{5, 20});
    CHECK(out[1].text == "Mallard \xE2\x80\x94 Status: Hunting bags fell in the 2010s.");
    CHECK(out[1].cites == numbers{8, 9});
    CHECK(out[1].where == location{5, 59});  // past the space that opens the piece
    // A sentence of a cited cell with no callout of its own is an uncited claim, as in prose.
    CHECK(out[2].text == "Mallard \xE2\x80\x94 Status: Breeds everywhere.");
    CHECK(out[2].cites.empty());
    for (const claim& c : out) CHECK(c.in_table);
}

TEST_CASE("a table cell of two cited clauses gives a claim for each") {
    table_cell label, body;
    label.content.append("Police", {9, 1});
    body.content.append("Trained 40 inspectors", {9, 10});
    body.content.cite({2});
    body.content.append("; opened 3 offices", {9, 32});
    body.content.cite({5});
    std::vector<table_row> rows{{label, body}};
    claim_list out;
    add_table_claims(rows, 0, out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].text == "Police: Trained 40 inspectors");
    CHECK(out[0].cites == numbers{2});
    CHECK(out[1].text == "Police: opened 3 offices");
    CHECK(out[1].cites == numbers{5});
}

}  // TEST_SUITE
