// Reading the Retraction Watch database CSV: RFC 4180 records with their places, columns
// found by name, the notices kept, and PubMed IDs tagged in JATS.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/retraction_watch.hpp"
#include "importers/retractions/csv_records.hpp"
#include "text/pubmed_id.hpp"
#include "command.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

const std::string fixtures = std::string(CITEGRAPH_TEST_DATA) + "/retractions/";

std::vector<std::vector<std::string>> records_of(const std::string& bytes) {
    std::istringstream in(bytes);
    csv_records records(in, "rw.csv");
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> fields;
    while (records.next(fields)) out.push_back(fields);
    return out;
}

std::string error_of(const std::string& bytes) {
    try {
        records_of(bytes);
    } catch (const input_error& e) {
        return e.what();
    }
    return "";
}

const retraction_notice* by_record(const retraction_list& list, const std::string& id) {
    for (const retraction_notice& n : list.notices)
        if (n.record_id == id) return &n;
    return nullptr;
}

}  // namespace

TEST_SUITE("retraction watch") {

TEST_CASE("CSV records undo quoting and keep commas, quotes and line breaks inside fields") {
    const auto records = records_of("\xEF\xBB\xBF" "a,b,c\r\n\"x, y\",\"say \"\"no\"\"\",\"two\nlines\"\r\n,,\nlast,\"\",z");
    REQUIRE(records.size() == 4);
    CHECK(records[0] == std::vector<std::string>{"a", "b", "c"});
    CHECK(records[1] == std::vector<std::string>{"x, y", "say \"no\"", "two\nlines"});
    CHECK(records[2] == std::vector<std::string>{"", "", ""});
    CHECK(records[3] == std::vector<std::string>{"last", "", "z"});
    CHECK(records_of("").empty());
    CHECK(records_of("a\"b,c\n") == std::vector<std::vector<std::string>>{{"a\"b", "c"}});
}

TEST_CASE("a record's place is the line and column it starts at") {
    std::istringstream in("h1,h2\n\"multi\nline\",x\nnext,y\n");
    csv_records records(in, "rw.csv");
    std::vector<std::string> fields;
    REQUIRE(records.next(fields));
    REQUIRE(records.next(fields));
    CHECK(records.record_start() == location{2, 1});
    REQUIRE(records.next(fields));
    CHECK(records.record_start() == location{4, 1});
    CHECK(fields == std::vector<std::string>{"next", "y"});
}

TEST_CASE("a malformed CSV is refused at the quote that never closes or the text after a closing quote") {
    CHECK(error_of("a,b\nx,\"open,\nmore\n") == "rw.csv:2:3: error: quoted field never closes (a missing '\"')");
    CHECK(error_of("a,b\n\"x\"y,z\n") == "rw.csv:2:4: error: expected ',' or the end of the line after a closing '\"'");
}

TEST_CASE("the fixture's notices are read by column name, with dates, DOIs and PubMed IDs normalised") {
    diagnostics warnings;
    const retraction_list list = read_retraction_watch(fixtures + "retraction-watch-sample.csv", {}, warnings);
    CHECK(warnings.items().empty());
    REQUIRE(list.notices.size() == 9);
    const retraction_notice* upper = by_record(list, "90001");
    REQUIRE(upper);
    CHECK(upper->kind == notice_kind::retraction);
    CHECK(upper->original_doi == "10.3168/jds.2009-2162");
    CHECK(upper->original_pmid.empty());  // the database writes 0 for none
    CHECK(to_iso(upper->issued) == "2021-03-15");
    CHECK(upper->notice_doi == "10.5555/cg-fixture.90001");
    CHECK(upper->reason == "+Error in Data;+Results Not Reproducible;");
    CHECK(upper->where == location{2, 1});
    const retraction_notice* by_pmid = by_record(list, "90002");
    REQUIRE(by_pmid);
    CHECK(by_pmid->original_doi.empty());  // "unavailable"
    CHECK(by_pmid->notice_doi.empty());    // "Unavailable"
    CHECK(by_pmid->original_pmid == "21993620");
    CHECK(by_pmid->where == location{4, 1});  // 90001's Notes hold a line break
    CHECK(by_record(list, "90003")->kind == notice_kind::correction);
    CHECK(by_record(list, "90004")->kind == notice_kind::expression_of_concern);
    CHECK(by_record(list, "90006")->kind == notice_kind::reinstatement);
}

TEST_CASE("only the notices `keep` accepts are kept") {
    diagnostics warnings;
    const retraction_list list = read_retraction_watch(
        fixtures + "retraction-watch-sample.csv",
        [](const retraction_notice& n) { return n.original_doi == "10.3168/jds.2014-8397"; }, warnings);
    REQUIRE(list.notices.size() == 2);
    CHECK(list.notices[0].record_id == "90005");
    CHECK(list.notices[1].record_id == "90006");
}

TEST_CASE("rows of an unknown nature are left out with one warning at the first") {
    citegraph::testing::scratch_dir dir;
    const std::string path = (dir.path / "rw.csv").string();
    std::ofstream(path) << "RetractionNature,Record ID,OriginalPaperDOI,OriginalPaperPubMedID,RetractionDate,RetractionDOI\n"
                           "Retraction,1,10.1000/a,0,1/2/2020 0:00,\n"
                           "Withdrawal,2,10.1000/b,0,1/2/2020 0:00,\n"
                           "retraction,3,,123,2020-02-03,10.5555/n\n"
                           "Erratum,4,10.1000/c,0,,\n";
    diagnostics warnings;
    const retraction_list list = read_retraction_watch(path, {}, warnings);
    REQUIRE(list.notices.size() == 2);  // columns in another order, a nature in lower case
    CHECK(list.notices[1].original_pmid == "123");
    CHECK(to_iso(list.notices[1].issued) == "2020-02-03");
    REQUIRE(warnings.items().size() == 1);
    CHECK(warnings.items()[0].where == location{3, 1});
    CHECK(warnings.items()[0].message ==
          "2 rows left out: RetractionNature is none of Retraction, Correction, Expression of concern, Reinstatement");
}

TEST_CASE("a CSV that is not the database, or is malformed, is an input error naming its place") {
    diagnostics warnings;
    CHECK_THROWS_WITH_AS(read_retraction_watch(fixtures + "missing-column.csv", {}, warnings),
                         doctest::Contains("missing-column.csv:1:1: error: the header lacks the column 'RetractionNature'"),
                         input_error);
    CHECK_THROWS_WITH_AS(read_retraction_watch(fixtures + "unterminated-quote.csv", {}, warnings),
                         doctest::Contains("unterminated-quote.csv:2:157: error: quoted field never closes"),
                         input_error);
    CHECK_THROWS_WITH_AS(read_retraction_watch(fixtures + "no-such-file.csv", {}, warnings),
                         doctest::Contains("no-such-file.csv: error: cannot open: No such file or directory"),
                         input_error);
}

TEST_CASE("PubMed IDs are read from their label or address, and nothing else is one") {
    CHECK(find_pmid("Mol Phylogenet Evol. 23 (3): 339–356. doi:10.1016/S1055-7903(02)00019-2. PMID\u00A012099792.") ==
          "12099792");
    CHECK(find_pmid("J Dairy Sci. 2010;93:1266. PMID: 20172247") == "20172247");
    CHECK(find_pmid("https://pubmed.ncbi.nlm.nih.gov/12099792/") == "12099792");
    CHECK(find_pmid("http://www.ncbi.nlm.nih.gov/pubmed/21993620") == "21993620");
    CHECK(find_pmid("PMCID: PMC3166277") == "");
    CHECK(find_pmid("PMID 0").empty());
    CHECK(find_pmid("PMID 123abc").empty());
    CHECK(find_pmid("no identifier, 2019").empty());
    CHECK(normalise_pmid(" 0031907089 ") == "31907089");
}

TEST_CASE("a Wikipedia short note's full entry keeps the PubMed ID it prints") {
    diagnostics warnings;
    const document d = import_file(std::string(CITEGRAPH_TEST_DATA) + "/wikipedia-duck.html", "", warnings);
    REQUIRE(d.references.size() > 7);
    REQUIRE(d.references[7].extra->full_entries == std::vector<std::size_t>{3});
    CHECK(d.bibliography[3].extra->pmid == "12099792");
}

TEST_CASE("JATS references keep their tagged PubMed IDs") {
    diagnostics warnings;
    const document d = import_file(std::string(CITEGRAPH_TEST_DATA) + "/jats-plosone-2020-dairy-lca.nxml", "", warnings);
    int tagged = 0;
    for (const reference& r : d.references) tagged += !r.extra->pmid.empty();
    CHECK(tagged == 21);  // the 22nd pub-id-type="pmid" is the article's own
    REQUIRE(d.references.size() > 72);
    CHECK(d.references[36].number == 37);
    CHECK(d.references[36].extra->pmid == "31907089");
    CHECK(d.references[72].extra->pmid == "21993620");
    CHECK(d.references[0].extra->pmid.empty());
}

}  // TEST_SUITE
