// What one input may cost: callouts by the hundred thousand in one paragraph, a range over a
// whole reference list, and citations that would multiply a small file into millions of
// links. Each case runs the real command on a generated input and checks its result and
// its peak memory; the refusal names the line and the cap.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "command.hpp"

using citegraph::testing::memory_is_measured;
using citegraph::testing::peak_below;
using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;
using citegraph::testing::write;

namespace {

// check's first summary line for a file whose claims all cite current sources.
std::string all_ok(const std::string& name, int claims) {
    const std::string n = std::to_string(claims);
    return name + ": " + n + (claims == 1 ? " claim: " : " claims: ") + n +
           " ok, 0 partly-stale, 0 resting-on-stale, 0 uncited, 0 dangling; 0 anachronisms\n";
}

bool has_line(const std::string& out, const std::string& line) { return out.find(line) != std::string::npos; }

// The scale of the generated inputs: large enough in the plain build that work growing with
// the square of it would show, smaller under sanitizers, whose pass is for memory errors and
// runs every instruction several times slower.
constexpr int sentences = memory_is_measured ? 40'000 : 8'000;
constexpr int listed = memory_is_measured ? 100'000 : 20'000;

}  // namespace

TEST_SUITE("input bounds") {

TEST_CASE("a paragraph of tens of thousands of cited sentences gives a claim each in Markdown, HTML and TEI") {
    scratch_dir dir;
    std::string markdown, html, tei;
    for (int i = 0; i < sentences; ++i) {
        const std::string claim = "Claim number " + std::to_string(i) + " holds";
        markdown += claim + " [1]. ";
        html += claim + "<sup><a href=\"#cite_note-1\">[1]</a></sup>. ";
        tei += claim + " <ref type=\"bibr\" target=\"#b0\">[1]</ref>. ";
    }
    write(dir.path / "para.md", "# Title\n\n" + markdown + "\n\n## References\n\n1. A report, 2020.\n");
    write(dir.path / "para.html", "<html><body><p>" + html +
                                      "</p><h2>References</h2><ol><li id=\"cite_note-1\">A report, 2020.</li></ol>"
                                      "</body></html>");
    write(dir.path / "para.tei",
          "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
          "</fileDesc></teiHeader><text><body><div><head>Intro</head><p>" + tei +
          "</p></div></body><back><div type=\"references\"><listBibl><biblStruct xml:id=\"b0\"><analytic><title "
          "level=\"a\">A report</title></analytic><monogr><imprint><date type=\"published\" when=\"2020\"/>"
          "</imprint></monogr></biblStruct></listBibl></div></back></text></TEI>");
    for (const char* name : {"para.md", "para.html", "para.tei"}) {
        CAPTURE(name);
        const run_result r = run_in(dir.path, {"check", name});
        CHECK(r.exit == 0);
        CHECK(has_line(r.out, all_ok(name, sentences)));
        // About 2 MB of input: the claims, their graph and the page of findings.
        CHECK(peak_below(r, 192 * 1024));
    }
}

TEST_CASE("a table of tens of thousands of columns gives a claim per cited cell, headed by its column, in Markdown, HTML and JATS") {
    scratch_dir dir;
    std::string head, rule, row, html_head, html_row, jats_head, jats_row;
    for (int i = 0; i < sentences; ++i) {
        const std::string n = std::to_string(i);
        head += "|h" + n, rule += "|-", row += "|v" + n + " [1]";
        html_head += "<th>h" + n + "</th>", html_row += "<td>v" + n + "<sup><a href=\"#cite_note-1\">[1]</a></sup></td>";
        jats_head += "<th>h" + n + "</th>", jats_row += "<td>v" + n + " <xref ref-type=\"bibr\" rid=\"B1\">1</xref></td>";
    }
    write(dir.path / "wide.md", "# Title\n\n" + head + "|\n" + rule + "|\n" + row + "|\n\n## References\n\n1. A report, 2020.\n");
    write(dir.path / "wide.html", "<html><body><table><tr>" + html_head + "</tr><tr>" + html_row +
                                      "</tr></table><h2>References</h2><ol><li id=\"cite_note-1\">A report, 2020.</li>"
                                      "</ol></body></html>");
    write(dir.path / "wide.nxml",
          "<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta>"
          "</front><body><sec><title>S</title><table-wrap><table><thead><tr>" + jats_head + "</tr></thead><tbody><tr>" +
          jats_row + "</tr></tbody></table></table-wrap></sec></body><back><ref-list><ref id=\"B1\"><label>1</label>"
          "<mixed-citation>A report, 2020.</mixed-citation></ref></ref-list></back></article>");
    for (const char* name : {"wide.md", "wide.html", "wide.nxml"}) {
        CAPTURE(name);
        const run_result r = run_in(dir.path, {"check", name});
        CHECK(r.exit == 0);
        CHECK(has_line(r.out, all_ok(name, sentences)));
        CHECK(peak_below(r, 192 * 1024));
        const run_result json = run_in(dir.path, {"export", name});
        // A cell is named by its row (the first cell) and its column header.
        const std::string last = std::to_string(sentences - 1);
        CHECK(has_line(json.out, "\"text\": \"v0 \xE2\x80\x94 h" + last + ": v" + last + "\""));
    }
}

TEST_CASE("one claim citing a whole list of a hundred thousand references by ranges and repeats cites each once") {
    scratch_dir dir;
    std::string list;
    for (int i = 1; i <= listed; ++i) list += "- Report number " + std::to_string(i) + ". Published 2021.\n";
    const std::string last = std::to_string(listed), before_last = std::to_string(listed - 1);
    write(dir.path / "range.txt", "Children work in mines (1-" + last + ") (5) [" + before_last + "-" + last +
                                      "] (1-3, 7).\n\nREFERENCES\n\n" + list);
    const run_result r = run_in(dir.path, {"check", "range.txt"});
    CHECK(r.exit == 0);
    CHECK(has_line(r.out, all_ok("range.txt", 1)));
    CHECK(has_line(r.out, "range.txt: " + last + " references: 0 stale (0 superseded), 0 legislation in force, 0 undated, "
                          "0 unverifiable, 0 draft, 0 never cited;"));
    CHECK(peak_below(r, 256 * 1024));
}

TEST_CASE("citations expanding past 4 links per input byte are refused at the claim that passes the cap") {
    scratch_dir dir;
    std::string claims, list;
    for (int i = 1; i <= 1000; ++i) list += "- Report number " + std::to_string(i) + ". Published 2021.\n";
    for (int i = 1; i <= 2000; ++i) claims += "Claim " + std::to_string(i) + " (1-1000).\n";
    const std::string text = claims + "\nREFERENCES\n\n" + list;
    write(dir.path / "wide.txt", text);
    // The cap is 4 links per input byte; each claim line adds 1000, so the claim on the line
    // after cap / 1000 passes it.
    const std::size_t cap = 4 * text.size();
    REQUIRE(cap > 100'000);
    const std::string line = std::to_string(cap / 1000 + 1);
    for (const std::vector<std::string>& args : {std::vector<std::string>{"check", "wide.txt"},
                                                  std::vector<std::string>{"export", "-o", "out.json", "wide.txt"}}) {
        CAPTURE(args.front());
        const run_result r = run_in(dir.path, args);
        CHECK(r.exit == 3);
        CHECK(r.out.empty());
        CHECK(r.err == "wide.txt:" + line + ":1: error: the citations expand to more than " + std::to_string(cap) +
                           " links (4 per input byte); ranges this wide on every claim are no reference list\n");
        CHECK(peak_below(r, 64 * 1024));
    }
}

TEST_CASE("a cell spanning 1000 columns and 65,534 rows costs memory in proportion to the page") {
    scratch_dir dir;
    std::string rows;
    for (int i = 0; i < 65'534; ++i) rows += "<tr><td>r</td></tr>";
    write(dir.path / "span.html", "<html><body><table><tr><td colspan=1000 rowspan=65534>Children work in mines."
                                  "<sup><a href=\"#cite_note-1\">[1]</a></sup></td></tr>" + rows +
                                      "</table><h2>References</h2><ol><li id=\"cite_note-1\">A report, 2020.</li></ol>"
                                      "</body></html>");
    const run_result r = run_in(dir.path, {"check", "span.html"});
    CHECK(r.exit == 0);
    CHECK(has_line(r.out, all_ok("span.html", 1)));
    // 1.2 MB of page; copying every spanned cell would take gigabytes.
    CHECK(peak_below(r, 128 * 1024));
}

TEST_CASE("an HTML list numbered past 999,999 leaves those notes out with a warning, in little memory") {
    scratch_dir dir;
    const std::string items = "<li id=\"cite_note-1\">A report, 2020.</li><li id=\"cite_note-2\">Another, 2021.</li>";
    for (const char* start : {"2147483646", "999999"}) {
        CAPTURE(start);
        write(dir.path / "list.html", "<html><body><p>Children work in mines.<sup><a href=\"#cite_note-1\">[1]</a>"
                                      "</sup></p><h2>References</h2>\n<ol start=\"" + std::string(start) + "\">" +
                                          items + "</ol></body></html>");
        const run_result r = run_in(dir.path, {"check", "list.html"});
        CHECK(r.exit == 0);
        CHECK(peak_below(r, 64 * 1024));
        const std::string left_out = ": warning: note numbered outside 1 to 999999; this note is left out\n";
        if (std::string(start) == "999999") {
            // The first item is number 999999, the last a reference can carry; the second is left out.
            CHECK(r.err == "list.html:2:61" + left_out);
            CHECK(has_line(r.out, all_ok("list.html", 1)));
        } else {
            CHECK(r.err == "list.html:2:24" + left_out + "list.html:2:65" + left_out +
                               "list.html:1:39: warning: 1 callout but no reference list on this page\n");
        }
    }
}

}  // TEST_SUITE
