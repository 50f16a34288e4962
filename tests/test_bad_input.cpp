// The bad-input table: one case per kind of input users feed citegraph that is broken,
// odd or hostile. Each runs the real command and asserts the exact message and exit code
// (file:line:col: error: ..., exit 3) or the warning and the real counts of a correct
// result, that standard output stays empty on an error, that no output or temporary file
// is left behind, and that the peak memory of the run stays bounded.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::listing;
using citegraph::testing::peak_below;
using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;
using citegraph::testing::slurp;
using citegraph::testing::write;
namespace fs = std::filesystem;

namespace {

// A small run stays far below this; only the 100 MB input is allowed more.
constexpr long small_run_kib = 64 * 1024;


// `citegraph check NAME` and `citegraph export -o out.json NAME` in dir both exit 3 with
// exactly `message` on standard error, print nothing, and leave no file behind.
void check_refused(const fs::path& dir, const std::string& name, const std::string& message) {
    const std::vector<std::string> before = listing(dir);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"check", name},
          std::vector<std::string>{"export", "-f", "json", "-o", "out.json", name}}) {
        CAPTURE(args.front());
        const run_result r = run_in(dir, args);
        CHECK(r.exit == 3);
        CHECK(r.out.empty());
        CHECK(r.err == message + "\n");
        CHECK(listing(dir) == before);
        CHECK(peak_below(r, small_run_kib));
    }
}

// `citegraph check NAME` in dir succeeds, warns exactly `warnings`, and prints `summary`
// as its two last lines (the claim counts and the reference counts).
run_result check_read(const fs::path& dir, const std::string& name, const std::string& warnings,
                      const std::string& summary) {
    run_result r = run_in(dir, {"check", name});
    CHECK(r.exit == 0);
    CHECK(r.err == warnings);
    const std::size_t claims = r.out.rfind(name + ": ", r.out.rfind(name + ": ") - 1);
    CHECK(r.out.substr(claims == std::string::npos ? 0 : claims) == summary);
    return r;
}

// What check counts in a document whose sources are all current and dated: its claims by
// verdict, its references and those no claim cites, and the as-of date.
struct counts {
    int ok = 0, uncited = 0, dangling = 0, references = 0;
    std::string never_cited = "0 never cited";
    std::string as_of = "2021";
};

// check's two summary lines for such a document. JATS, TEI, Markdown and HTML are judged by
// the scholarly policy, which the line names.
std::string summary(const std::string& name, const counts& n) {
    const int claims = n.ok + n.uncited + n.dangling;
    const std::string extension = name.substr(name.rfind('.'));
    const bool scholarly = extension != ".txt" && extension != ".text" && extension != ".pdf";
    return name + ": " + std::to_string(claims) + (claims == 1 ? " claim: " : " claims: ") + std::to_string(n.ok) +
           " ok, 0 partly-stale, 0 resting-on-stale, " + std::to_string(n.uncited) + " uncited, " +
           std::to_string(n.dangling) + " dangling; 0 anachronisms\n" + name + ": " + std::to_string(n.references) +
           (n.references == 1 ? " reference" : " references") + ": 0 stale (0 superseded), 0 legislation in force, 0 undated, 0 unverifiable, 0 draft, " +
           n.never_cited + "; as of " + n.as_of + ", max age 3y" +
           (scholarly ? " (scholarly: articles and books age only when superseded)" : "") + "\n";
}

const std::string two_references = "\nREFERENCES\n\n- Source one, a report. 2021.\n- Source two, a report. 2021.\n";

// "T\0e\0..." from ASCII text: UTF-16 little-endian, as Windows Notepad saves it.
std::string utf16le(const std::string& ascii) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) out += std::string{c, '\0'};
    return out;
}

// The smallest JATS and TEI documents with one cited sentence and a reference list;
// `body` goes where the sentence is.
std::string jats(const std::string& prolog, const std::string& body) {
    return prolog + "<article><front><article-meta><title-group><article-title>Mines</article-title>"
                    "</title-group></article-meta></front>\n<body><sec><title>Findings</title>\n<p>" +
           body +
           "</p></sec></body>\n<back><ref-list><ref id=\"B1\"><label>1</label><mixed-citation>Source one. "
           "2021.</mixed-citation></ref></ref-list></back></article>\n";
}
std::string tei(const std::string& prolog, const std::string& body) {
    return prolog + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><div><head>Findings</head>\n<p>" +
           body +
           "</p></div></body>\n<back><div type=\"references\"><listBibl><biblStruct xml:id=\"b0\"><monogr>"
           "<title>Source one</title><imprint><date type=\"published\" when=\"2021\"/></imprint></monogr>"
           "</biblStruct></listBibl></div></back></text></TEI>\n";
}

}  // namespace

TEST_SUITE("bad input") {

TEST_CASE("an empty file is refused at 1:1 in every format") {
    scratch_dir dir;
    struct row { const char* name; const char* message; };
    for (row r : {row{"empty.txt", "empty.txt:1:1: error: empty document"},
                  row{"empty.md", "empty.md:1:1: error: empty document"},
                  row{"empty.html", "empty.html:1:1: error: empty document: no text in the page"},
                  row{"empty.nxml", "empty.nxml:1:1: error: not an XML document: no root element"},
                  row{"empty.tei", "empty.tei:1:1: error: not an XML document: no root element"}}) {
        CAPTURE(r.name);
        write(dir.path / r.name, "");
        check_refused(dir.path, r.name, r.message);
    }
}

TEST_CASE("binary garbage is refused at its first byte that is no UTF-8") {
    scratch_dir dir;
    // A real binary file: the report's screenshot, saved under a text name.
    fs::copy_file(fs::path(CITEGRAPH_TEST_DATA) / "../../docs/images/report.png", dir.path / "garbage.txt");
    check_refused(dir.path, "garbage.txt", "garbage.txt:1:1: error: invalid UTF-8");
    fs::copy_file(dir.path / "garbage.txt", dir.path / "garbage.html");
    check_refused(dir.path, "garbage.html", "garbage.html:1:1: error: invalid UTF-8");
}

TEST_CASE("a .pdf that poppler cannot read, or that holds no text, is refused") {
    scratch_dir dir;
    write(dir.path / "empty.pdf", "");
    check_refused(dir.path, "empty.pdf", "empty.pdf:1:1: error: not a PDF that can be read");
    fs::copy_file(fs::path(CITEGRAPH_TEST_DATA) / "../../docs/images/report.png", dir.path / "image.pdf");
    check_refused(dir.path, "image.pdf", "image.pdf:1:1: error: not a PDF that can be read");
    // The first 20 kB of a real report: its header and first objects, no page's text.
    const std::string whole = slurp(fs::path(CITEGRAPH_TEST_DATA) / "pdf/gao-06-282-breastfeeding.pdf");
    write(dir.path / "cut.pdf", whole.substr(0, 20000));
    check_refused(dir.path, "cut.pdf", "cut.pdf:1:1: error: PDF has no text to read (a scanned image needs OCR first)");
}

TEST_CASE("invalid UTF-8 is refused at its line and column in every format") {
    scratch_dir dir;
    write(dir.path / "bad.txt", "Children work in mines. (1)\nMany \xC3\x28 are young.\n" + two_references);
    check_refused(dir.path, "bad.txt", "bad.txt:2:6: error: invalid UTF-8");
    write(dir.path / "bad.nxml", jats("", "Children work \xE2\x82 in mines.<xref ref-type=\"bibr\" rid=\"B1\">1</xref>"));
    check_refused(dir.path, "bad.nxml", "bad.nxml:3:18: error: invalid UTF-8");
    write(dir.path / "bad.md", "# Findings\n\nChildren work in mines \xFF [1].\n\n## References\n\n1. Source one. 2021.\n");
    check_refused(dir.path, "bad.md", "bad.md:3:24: error: invalid UTF-8");
}

TEST_CASE("a UTF-8 byte order mark is read past and does not shift columns") {
    scratch_dir dir;
    const std::string text = "Children work in mines. (1) Many are young. (2)\n" + two_references;
    write(dir.path / "bom.txt", "\xEF\xBB\xBF" + text);
    write(dir.path / "plain.txt", text);
    check_read(dir.path, "bom.txt", "", summary("bom.txt", {.ok = 2, .references = 2}));
    const run_result bom = run_in(dir.path, {"export", "-f", "json", "bom.txt"});
    const run_result plain = run_in(dir.path, {"export", "-f", "json", "plain.txt"});
    REQUIRE(bom.exit == 0);
    CHECK(bom.out.find("\"column\": 1,") != std::string::npos);
    std::string renamed = plain.out;  // the same document but for its name
    for (std::size_t at; (at = renamed.find("plain")) != std::string::npos;) renamed.replace(at, 5, "bom");
    CHECK(bom.out == renamed);
    // An error's column counts from after the mark, as an editor shows it.
    write(dir.path / "bad.txt", "\xEF\xBB\xBFMany \xC3\x28 are young.\n");
    check_refused(dir.path, "bad.txt", "bad.txt:1:6: error: invalid UTF-8");
    write(dir.path / "bom.nxml", jats("\xEF\xBB\xBF", "Children work in mines.<xref ref-type=\"bibr\" rid=\"B1\">1</xref>"));
    check_read(dir.path, "bom.nxml", "",
               summary("bom.nxml", {.ok = 1, .references = 1}));
}

TEST_CASE("UTF-16 is refused at 1:1 with the command that converts it") {
    scratch_dir dir;
    const std::string message = ": error: UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)";
    write(dir.path / "le.txt", utf16le("Children work in mines. (1)\n" + two_references));
    check_refused(dir.path, "le.txt", "le.txt:1:1" + message);
    std::string big_endian = "\xFE\xFF";
    for (char c : std::string("<article/>")) big_endian += std::string{'\0', c};
    write(dir.path / "be.nxml", big_endian);
    check_refused(dir.path, "be.nxml", "be.nxml:1:1" + message);
}

TEST_CASE("CRLF and lone CR line ends give the same graph as LF, with the same line numbers") {
    scratch_dir dir;
    const std::string text = "Children work in mines. (1)\nMany are young. (2)\n" + two_references;
    std::string exported[3];
    const char* ends[3] = {"\n", "\r\n", "\r"};
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        const fs::path sub = dir.path / std::to_string(i);
        fs::create_directory(sub);
        std::string bytes;
        for (char c : text) bytes += c == '\n' ? std::string(ends[i]) : std::string{c};
        write(sub / "doc.txt", bytes);
        const run_result r = check_read(
            sub, "doc.txt", "",
            summary("doc.txt", {.ok = 2, .references = 2}));
        exported[i] = run_in(sub, {"export", "-f", "json", "doc.txt"}).out;
    }
    CHECK(exported[0].find("\"line\": 2,") != std::string::npos);  // "Many are young." and its line
    CHECK(exported[1] == exported[0]);
    CHECK(exported[2] == exported[0]);
}

TEST_CASE("a NUL byte is refused at its position") {
    scratch_dir dir;
    write(dir.path / "nul.txt", std::string("Children work in mines. (1)\nMany\0 are young.\n", 45) + two_references);
    check_refused(dir.path, "nul.txt", "nul.txt:2:5: error: NUL byte");
    write(dir.path / "nul.html", std::string("<html><body><p>Children\0</p></body></html>", 42));
    check_refused(dir.path, "nul.html", "nul.html:1:24: error: NUL byte");
}

TEST_CASE("a 100 MB single line is read in memory proportional to it") {
    scratch_dir dir;
    // One paragraph of prose with no line end, as a PDF converted badly gives; written in
    // pieces so this test's own memory stays small (a forked child's peak counts it).
    const std::string sentence = "Children work in the mines of the north, and many are young. ";
    std::size_t size = 0;
    {
        std::ofstream out(dir.path / "line.txt", std::ios::binary);
        std::string chunk;
        while (chunk.size() < (1 << 20)) chunk += sentence;
        while (size < 100'000'000) {
            out << chunk;
            size += chunk.size();
        }
        out << "(1)\n" << two_references;
    }
    const run_result r = check_read(
        dir.path, "line.txt", "",
        summary("line.txt", {.ok = 1, .references = 2, .never_cited = "1 never cited (2)"}));
    MESSAGE("peak memory for a 100 MB line: " << r.peak_kib / 1024 << " MiB");
    CHECK(peak_below(r, 4 * static_cast<long>(size) / 1024));
}

TEST_CASE("a reference list that nothing cites is read with a warning") {
    scratch_dir dir;
    write(dir.path / "refs.txt", "Children work in mines. Many are young.\n" + two_references);
    check_read(dir.path, "refs.txt", "refs.txt: warning: 2 references but no claim cites any of them\n",
               summary("refs.txt", {.uncited = 2, .references = 2, .never_cited = "2 never cited (1, 2)"}));
}

TEST_CASE("citations without a reference list are read with a warning, their claims dangling") {
    scratch_dir dir;
    write(dir.path / "cites.txt", "Children work in mines. (1) Many are young. (2,3)\n");
    check_read(dir.path, "cites.txt", "cites.txt: warning: no reference list found\n",
               summary("cites.txt", {.dangling = 2, .references = 0, .as_of = "unknown"}));
}

TEST_CASE("duplicate and missing reference numbers are warned about where they stand") {
    scratch_dir dir;
    write(dir.path / "dup.txt", "Children work in mines. (1) Many are young. (2,5)\n\nREFERENCES\n\n"
                                "- 1 Source one. 2021.\n- 2 Source two. 2021.\n- 2 Source again. 2021.\n"
                                "- 4 Source four. 2021.\n");
    const run_result r = check_read(
        dir.path, "dup.txt",
        "dup.txt:7:3: warning: reference numbered 2 at position 3\n"
        "dup.txt:7:3: warning: duplicate reference number 2\n"
        "dup.txt:8:3: warning: reference numbered 4 at position 3\n",
        summary("dup.txt", {.ok = 1, .dangling = 1, .references = 4, .never_cited = "2 never cited (2, 4)"}));
    CHECK(r.out.find("dup.txt:1:29: dangling: d1:c2 \"Many are young.\" — cites 5, which the reference list lacks\n") == 0);
}

TEST_CASE("reversed and absurd ranges are no citations and cost no memory of their size") {
    scratch_dir dir;
    write(dir.path / "ranges.txt", "Children work in mines. (15-11) Many are young. (1-999999999) Some go to school. (1)\n" +
                                       two_references);
    const run_result r = check_read(
        dir.path, "ranges.txt",
        "ranges.txt:1:25: warning: reversed citation range (15-11) is not a citation\n"
        "ranges.txt:1:49: warning: citation range (1-999999999) runs past the reference list; not a citation\n",
        summary("ranges.txt", {.ok = 1, .references = 2, .never_cited = "1 never cited (2)"}));
    CHECK(peak_below(r, small_run_kib));
    const run_result json = run_in(dir.path, {"export", "-f", "json", "ranges.txt"});
    CHECK(json.out.find("\"cites\": [\n            1\n          ]") != std::string::npos);
}

TEST_CASE("a citation group of thousands of numbers cites each of them") {
    scratch_dir dir;
    std::string group, list;
    for (int i = 1; i <= 5000; ++i) {
        group += (i > 1 ? "," : "") + std::to_string(i);
        list += "- Report number " + std::to_string(i) + ". Published 2021.\n";
    }
    write(dir.path / "group.txt", "Children work in mines. (" + group + ")\n\nREFERENCES\n\n" + list);
    const run_result r = check_read(
        dir.path, "group.txt", "",
        summary("group.txt", {.ok = 1, .references = 5000}));
    CHECK(peak_below(r, small_run_kib));
}

TEST_CASE("malformed and truncated XML is refused at its line and column") {
    scratch_dir dir;
    const std::string mismatch =
        ": error: malformed XML: end tag does not match its start tag, or the input ends inside an element";
    write(dir.path / "bad.nxml", jats("", "Children work in <italic>mines</bold>."));
    check_refused(dir.path, "bad.nxml", "bad.nxml:3:36" + mismatch);
    write(dir.path / "bad.tei", tei("", "Children work in <hi>mines</bold>."));
    check_refused(dir.path, "bad.tei", "bad.tei:2:32" + mismatch);
    const std::string whole = jats("", "Children work in mines.");
    write(dir.path / "cut.nxml", whole.substr(0, whole.find("<back>") + 10));
    check_refused(dir.path, "cut.nxml", "cut.nxml:4:10: error: malformed XML: bad start tag");
    write(dir.path / "cut.tei", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Children work");
    check_refused(dir.path, "cut.tei", "cut.tei:1:69" + mismatch);
    write(dir.path / "attr.tei", "<TEI>\n<text a=\"1>\n</TEI>");
    check_refused(dir.path, "attr.tei", "attr.tei:2:10: error: malformed XML: bad attribute");
}

TEST_CASE("XML nested 100,000 levels deep is refused where it passes the limit, in little memory") {
    scratch_dir dir;
    std::string open, close;
    for (int i = 0; i < 100'000; ++i) open += "<p>", close += "</p>";
    write(dir.path / "deep.nxml", "<article>\n" + open + "x" + close + "\n</article>\n");
    check_refused(dir.path, "deep.nxml", "deep.nxml:2:2998: error: elements nested more than 1000 levels deep");
    write(dir.path / "deep.tei", "<TEI>\n" + open + "x" + close + "\n</TEI>\n");
    check_refused(dir.path, "deep.tei", "deep.tei:2:2998: error: elements nested more than 1000 levels deep");
    std::string divs_open, divs_close;
    for (int i = 0; i < 100'000; ++i) divs_open += "<div>", divs_close += "</div>";
    write(dir.path / "deep.html", "<html><body>\n" + divs_open + "x" + divs_close + "\n</body></html>\n");
    check_refused(dir.path, "deep.html", "deep.html:2:5001: error: elements nested deeper than 1000 levels");
}

TEST_CASE("entities a DOCTYPE declares are never expanded: billion laughs stays text, with a warning") {
    scratch_dir dir;
    std::string subset = "<!ENTITY lol \"lol\">";
    for (int level = 1; level <= 9; ++level) {
        subset += "<!ENTITY lol" + std::to_string(level) + " \"";
        for (int i = 0; i < 10; ++i) subset += "&lol" + (level == 1 ? std::string() : std::to_string(level - 1)) + ";";
        subset += "\">";
    }
    const std::string cited = "Children laugh &lol9; in mines.<xref ref-type=\"bibr\" rid=\"B1\">1</xref>";
    write(dir.path / "laughs.nxml", jats("<?xml version=\"1.0\"?>\n<!DOCTYPE article [" + subset + "]>\n", cited));
    const run_result r = check_read(
        dir.path, "laughs.nxml",
        "laughs.nxml:2:20: warning: the DOCTYPE declares entities; citegraph never expands them, so they stay as text\n",
        summary("laughs.nxml", {.ok = 1, .references = 1}));
    CHECK(peak_below(r, small_run_kib));
    const run_result json = run_in(dir.path, {"export", "-f", "json", "laughs.nxml"});
    CHECK(json.out.find("\"text\": \"Children laugh &lol9; in mines.\"") != std::string::npos);
    write(dir.path / "laughs.tei", tei("<!DOCTYPE TEI [" + subset + "]>\n", "Children laugh &lol9; in mines.<ref type=\"bibr\">[1]</ref>"));
    check_read(dir.path, "laughs.tei",
               "laughs.tei:1:16: warning: the DOCTYPE declares entities; citegraph never expands them, so they stay as text\n",
               summary("laughs.tei", {.ok = 1, .references = 1}));
}

TEST_CASE("an external entity is never fetched nor read: its file's text reaches no output") {
    scratch_dir dir;
    const std::string marker = "SECRET-MARKER-7f3a";
    write(dir.path / "secret.txt", marker + "\n");
    const std::string entity = "<!ENTITY xxe SYSTEM \"file://" + (dir.path / "secret.txt").string() + "\">";
    const std::string cited = "Children work &xxe; in mines.<xref ref-type=\"bibr\" rid=\"B1\">1</xref>";
    write(dir.path / "xxe.nxml", jats("<!DOCTYPE article SYSTEM \"file://" + (dir.path / "secret.txt").string() +
                                          "\" [" + entity + "]>\n", cited));
    write(dir.path / "xxe.tei", tei("<!DOCTYPE TEI [" + entity + "]>\n", "Children work &xxe; in mines.<ref type=\"bibr\">[1]</ref>"));
    for (const char* name : {"xxe.nxml", "xxe.tei"}) {
        CAPTURE(name);
        std::string everything;
        for (const std::vector<std::string>& args :
             {std::vector<std::string>{"check", name}, {"export", "-f", "json", name},
              {"export", "-f", "graphml", name}, {"export", "-f", "dot", name},
              {"render", "-o", "-", "-f", "svg", name}, {"report", name}}) {
            CAPTURE(args[0]);
            const run_result r = run_in(dir.path, args);
            CHECK(r.exit == 0);
            if (args[0] != "check") CHECK(r.out.find("xxe;") != std::string::npos);  // the reference, as text
            everything += r.out + r.err;
        }
        CHECK(everything.find(marker) == std::string::npos);
    }
}

TEST_CASE("HTML with unclosed tags is read as a browser reads it") {
    scratch_dir dir;
    write(dir.path / "unclosed.html",
          "<html><head><title>Mines</title><body><h2>Findings</h2>\n"
          "<p>Children <b>work <i>in</b> mines.</i><sup><a href=\"#cite_note-1\">[1]</a></sup>\n"
          "<p>Many are young.<sup><a href=\"#cite_note-2\">[2]</a></sup>\n"
          "<h2>References</h2><ol class=\"references\">\n"
          "<li id=\"cite_note-1\">Source one. 2021.\n<li id=\"cite_note-2\">Source two. 2021.\n");
    check_read(dir.path, "unclosed.html", "",
               summary("unclosed.html", {.ok = 2, .references = 2}));
}

TEST_CASE("a directory with no document, a missing file and a format no extension tells are refused naming the input") {
    scratch_dir dir;
    // A directory is read as the documents in it; one holding none is refused.
    fs::create_directory(dir.path / "reports.txt");
    check_refused(dir.path, "reports.txt",
                  "reports.txt: error: is a directory that holds no file with a known extension "
                  "(--recursive walks its subdirectories)");
    check_refused(dir.path, "missing.txt", "missing.txt: error: cannot open file");
    write(dir.path / "report.docx", "x");
    check_refused(dir.path, "report.docx",
                  "report.docx: error: cannot tell the format of this input; name it with --from "
                  "(text, jats, tei, markdown, html, pdf)");
}

TEST_CASE("an output that cannot be written exits 3, names it and leaves nothing behind") {
    scratch_dir dir;
    write(dir.path / "doc.txt", "Children work in mines. (1)\n" + two_references);
    fs::create_directory(dir.path / "taken");
    struct row { std::vector<std::string> args; const char* message; };
    for (const row& r :
         {row{{"export", "-f", "graphml", "-o", "missing-dir/out.graphml", "doc.txt"},
              "citegraph: cannot write missing-dir/out.graphml: No such file or directory"},
          row{{"export", "-o", "doc.txt/out.json", "doc.txt"}, "citegraph: cannot write doc.txt/out.json: Not a directory"},
          row{{"report", "-o", "taken", "doc.txt"}, "citegraph: cannot write taken: Is a directory"},
          row{{"render", "-o", "missing-dir/out.svg", "doc.txt"},
              "citegraph: cannot write missing-dir/out.svg: No such file or directory"}}) {
        CAPTURE(r.args[0]);
        const std::vector<std::string> before = listing(dir.path);
        const run_result result = run_in(dir.path, r.args);
        CHECK(result.exit == 3);
        CHECK(result.out.empty());
        CHECK(result.err == std::string(r.message) + "\n");
        CHECK(listing(dir.path) == before);
        CHECK(fs::is_empty(dir.path / "taken"));
    }
}

TEST_CASE("-o naming an input by any name is refused with exit 2 and the input stays untouched") {
    scratch_dir dir;
    const std::string text = "Children work in mines. (1)\n" + two_references;
    write(dir.path / "doc.txt", text);
    fs::create_directory(dir.path / "sub");
    fs::create_symlink("../doc.txt", dir.path / "sub" / "symlink.txt");
    fs::create_hard_link(dir.path / "doc.txt", dir.path / "hardlink.txt");
    for (const char* output : {"doc.txt", "./sub/../doc.txt", "sub/symlink.txt", "hardlink.txt"}) {
        for (const char* command : {"export", "report", "render"}) {
            CAPTURE(output);
            CAPTURE(command);
            const std::vector<std::string> before = listing(dir.path);
            std::vector<std::string> args{command, "-o", output, "doc.txt"};
            if (std::string(command) == "render") args.insert(args.begin() + 1, {"-f", "svg"});
            const run_result r = run_in(dir.path, args);
            CHECK(r.exit == 2);
            CHECK(r.out.empty());
            CHECK(r.err == "citegraph: --output: 'doc.txt' is an input; refusing to overwrite it\n"
                           "Run with --help for more information.\n");
            CHECK(slurp(dir.path / "doc.txt") == text);
            CHECK(fs::equivalent(dir.path / "doc.txt", dir.path / "hardlink.txt"));
            CHECK(listing(dir.path) == before);
        }
    }
}

}  // TEST_SUITE
