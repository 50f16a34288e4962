// The citegraph command on JATS articles: check, every export, and picking the importer.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::scratch_dir;
using citegraph::testing::slurp;

namespace {

const std::string plos = std::string(CITEGRAPH_TEST_DATA) + "/jats-plosone-2020-dairy-lca.nxml";
const std::string bmc = std::string(CITEGRAPH_TEST_DATA) + "/jats-bmc-microbiology-2011.nxml";

}  // namespace

TEST_SUITE("command line on JATS") {

TEST_CASE("check reads both JATS articles with their reference lists and publication dates") {
    struct row { std::string path; std::string references; };
    for (const row& r : {row{plos, ": 76 references: "}, row{bmc, ": 64 references: "}}) {
        CAPTURE(r.path);
        auto result = run_citegraph("check " + r.path);
        CHECK(result.exit == 0);
        CHECK(result.err.empty());
        CHECK(result.out.find(r.path + r.references) != std::string::npos);
        CHECK(result.out.find(" 0 never cited; ") != std::string::npos);
        CHECK(result.out.find(" 0 dangling; ") != std::string::npos);
    }
    CHECK(run_citegraph("check " + plos).out.find("as of 2020-06-18, max age 3y") != std::string::npos);
    CHECK(run_citegraph("check " + bmc).out.find("as of 2011-08-02, max age 3y") != std::string::npos);
}

TEST_CASE("every export of a JATS article is read back by its consumer") {
    scratch_dir dir;
    for (const std::string& input : {plos, bmc}) {
        for (const char* format : {"json", "graphml", "dot"}) {
            CAPTURE(input);
            CAPTURE(format);
            const auto out = dir.path / (std::string("article.") + format);
            auto r = run_citegraph(std::string("export --format ") + format + " -o " + out.string() + " " + input);
            CHECK(r.exit == 0);
            CHECK(r.err.empty());
            CHECK(std::filesystem::file_size(out) > 10000);
        }
        const std::string count =
            "/usr/bin/python3 -c \"import json,sys,xml.etree.ElementTree as E; "
            "d=json.load(open(sys.argv[1]))['documents'][0]; "
            "g=E.parse(sys.argv[2]).getroot(); ns='{http://graphml.graphdrawing.org/xmlns}'; "
            "refs=[n for n in g.iter(ns+'node') if any(x.text=='reference' for x in n.iter(ns+'data'))]; "
            "sys.exit(0 if len(d['references'])==len(refs)>0 and all(r['cited_by'] for r in d['references']) else 1)\" ";
        CHECK(std::system((count + (dir.path / "article.json").string() + " " +
                           (dir.path / "article.graphml").string()).c_str()) == 0);
        CHECK(std::system(("dot -Tsvg " + (dir.path / "article.dot").string() + " -o " +
                           (dir.path / "article.svg").string()).c_str()) == 0);
    }
}

TEST_CASE("an .xml file whose root is <article> is read as JATS, and --from jats refuses another root") {
    scratch_dir dir;
    std::filesystem::copy_file(bmc, dir.path / "article.xml");
    auto picked = run_citegraph("check " + (dir.path / "article.xml").string());
    CHECK(picked.exit == 0);
    CHECK(picked.out.find(": 64 references: ") != std::string::npos);

    std::ofstream(dir.path / "tei.xml") << "<?xml version=\"1.0\"?>\n<TEI><text/></TEI>\n";
    auto refused = run_citegraph("check --from jats " + (dir.path / "tei.xml").string());
    CHECK(refused.exit == 3);
    CHECK(refused.out.empty());
    CHECK(refused.err == (dir.path / "tei.xml").string() +
                             ":2:1: error: the root element is <TEI>, not <article>: this is not a JATS article\n");

    auto piped = run_citegraph("check --from jats - < " + plos);
    CHECK(piped.exit == 0);
    CHECK(piped.out.find("-: 76 references: ") != std::string::npos);
}

}  // TEST_SUITE
