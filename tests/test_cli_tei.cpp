// The command on a GROBID TEI file: check and every export work as on the text format.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::scratch_dir;
using citegraph::testing::slurp;

namespace {

const std::string tei_file = std::string(CITEGRAPH_TEST_DATA) + "/tei-grobid-jner-2016-fes.tei.xml";
const std::string aem_file = std::string(CITEGRAPH_TEST_DATA) + "/tei/grobid-aem-2011-crenarchaeota.tei.xml";

}  // namespace

TEST_SUITE("command line on TEI") {

TEST_CASE("check reads the GROBID file by its root element and judges its 49 references") {
    auto r = run_citegraph("check " + tei_file);
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find(tei_file + ": 49 references: ") != std::string::npos);
    CHECK(r.out.find("0 never cited; as of 2016-03-08, max age 3y") != std::string::npos);
    CHECK(r.out.find(" 0 dangling;") != std::string::npos);
    auto named = run_citegraph("check --from tei - < " + tei_file);
    CHECK(named.exit == 0);
    CHECK(named.out.find("-: 49 references: ") != std::string::npos);
}

TEST_CASE("check on the AEM file counts no running header and no entry left uncited by untagged callouts") {
    auto r = run_citegraph("check -q " + aem_file);
    CHECK(r.exit == 0);
    CHECK(r.out.find(aem_file + ": 62 claims: 40 ok, ") != std::string::npos);
    // The excerpt keeps 8 of the article's 26 body paragraphs: beside 64 to 67 ("34a", "44a",
    // b7 and half of a split entry), 18 entries its text does not cite. 18, 36, 47 and 52,
    // which only untagged callouts cite, are not among them, nor is the running header.
    CHECK(r.out.find(aem_file + ": 67 references: ") != std::string::npos);
    CHECK(r.out.find("22 never cited (2, 4, 64, 10, 17, 19, 22, 24, 26, 29, 33, 65, 38, 41, 43, 66, 46, 50, 67, "
                     "58, 61, 63)") != std::string::npos);
    CHECK(r.out.find("Hu Et") == std::string::npos);
}

TEST_CASE("trace follows an untagged callout \"(18)\" to the entry printed 18") {
    auto r = run_citegraph("trace -q \"internal transcribed spacer region\" " + aem_file);
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("d1:r18 2000 current: \"Garcia-Martinez J, Rodriguez-Valera F. Microdiversity") != std::string::npos);
    // "(5, 21, 48)" closes the next clause, "and the amoA" (d1:c21).
    auto amoa = run_citegraph("trace -q d1:c21 " + aem_file);
    CHECK(amoa.exit == 0);
    CHECK(amoa.out.find("d1:r48 2010 current: \"Santoro AE") != std::string::npos);
}

TEST_CASE("a directory gives its .xml files by their root element: a GROBID .tei.xml is read, other XML is not") {
    scratch_dir dir;
    std::filesystem::copy_file(tei_file, dir.path / "paper.tei.xml");
    citegraph::testing::write(dir.path / "settings.xml", "<?xml version=\"1.0\"?>\n<settings><a>1</a></settings>\n");
    const auto r = citegraph::testing::run_in(dir.path, {"export", "."});
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    const auto exported = nlohmann::json::parse(r.out);
    REQUIRE(exported["documents"].size() == 1);
    CHECK(exported["documents"][0]["path"] == "./paper.tei.xml");
    CHECK(exported["documents"][0]["format"] == "tei");
    CHECK(exported["documents"][0]["references"].size() == 49);
}

TEST_CASE("check refuses a non-TEI file named as TEI with its place") {
    scratch_dir dir;
    const auto path = dir.path / "article.xml";
    std::ofstream(path) << "<?xml version=\"1.0\"?>\n<article/>\n";
    auto r = run_citegraph("check --from tei " + path.string());
    CHECK(r.exit == 3);
    CHECK(r.err.find(path.string() + ":2:1: error: not a TEI document") != std::string::npos);
}

TEST_CASE("export writes JSON, GraphML and DOT of the GROBID file that their readers take") {
    scratch_dir dir;
    for (const char* format : {"json", "graphml", "dot"}) {
        CAPTURE(format);
        const auto out = dir.path / (std::string("tei.") + format);
        auto r = run_citegraph(std::string("export -f ") + format + " -o " + out.string() + " " + tei_file);
        CHECK(r.exit == 0);
        CHECK(r.err.empty());
    }
    const std::string python =
        "/usr/bin/python3 -c \"import json, sys, xml.etree.ElementTree as ET; "
        "d = json.load(open(sys.argv[1]))['documents'][0]; "
        "assert len(d['references']) == 49, len(d['references']); "
        "assert [r['number'] for r in d['references']] == list(range(1, 50)); "
        "g = ET.parse(sys.argv[2]).getroot(); "
        "assert len(g.findall('.//{http://graphml.graphdrawing.org/xmlns}node')) > 49\" ";
    CHECK(std::system((python + (dir.path / "tei.json").string() + " " + (dir.path / "tei.graphml").string())
                          .c_str()) == 0);
    CHECK(std::system(("dot -Tsvg " + (dir.path / "tei.dot").string() + " -o " + (dir.path / "tei.svg").string())
                          .c_str()) == 0);
    CHECK(slurp(dir.path / "tei.svg").find("<svg") != std::string::npos);
}

}
