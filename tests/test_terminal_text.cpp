// What reaches a terminal: a control character in a file name, a claim, a title or a
// warning is shown escaped, never sent raw, and a newline in a file name cannot split a
// finding line; trace and impact in JSON carry a file name that is not UTF-8 as export does.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/utf8.hpp"
#include "command.hpp"

using citegraph::printable;
using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;
using citegraph::testing::write;

namespace {

// A name with a newline and a terminal escape sequence, as an attacker would choose it.
const std::string hostile_name = "a\nb\x1b[31m.txt";
const std::string shown_name = "a\\nb\\x1b[31m.txt";

// Whether text holds a byte a terminal acts on: C0 controls but tab and newline, DEL, or a
// C1 control in UTF-8 (U+0080 to U+009F).
bool holds_raw_control(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return true;
    }
    return false;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t from = 0;
    for (std::size_t end; (end = text.find('\n', from)) != std::string::npos; from = end + 1)
        lines.push_back(text.substr(from, end - from));
    return lines;
}

}  // namespace

TEST_SUITE("terminal text") {

TEST_CASE("printable escapes what a terminal would act on and keeps everything else") {
    CHECK(printable("plain, \"quoted\", back\\slash, tab\there, ünïcödé — …") ==
          "plain, \"quoted\", back\\slash, tab\there, ünïcödé — …");
    CHECK(printable("a\nb\rc") == "a\\nb\\rc");
    CHECK(printable("\x1b[2J\x07\x7f") == "\\x1b[2J\\x07\\x7f");
    CHECK(printable("csi\xc2\x9b" "31m nel\xc2\x85 nbsp\xc2\xa0") == "csi\\u009b31m nel\\u0085 nbsp\xc2\xa0");
    CHECK(printable("bad \xff\xfe end \xe2\x80") == "bad \\xff\\xfe end \\xe2\\x80");
    CHECK(printable("") == "");
}

TEST_CASE("every byte on its own is kept or escaped by its class, line breaks as asked") {
    for (int b = 0; b < 256; ++b) {
        CAPTURE(b);
        const std::string alone(1, static_cast<char>(b));
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02x", b);
        const bool kept = (b >= 0x20 && b < 0x7F) || b == '\t';
        const std::string expected = kept ? alone : b == '\n' ? "\\n" : b == '\r' ? "\\r" : hex;
        // Inside a run of plain text, the same, with the text around it untouched.
        CHECK(printable("ab" + alone + "cd") == "ab" + expected + "cd");
        const bool line_break = b == '\n' || b == '\r';
        CHECK(citegraph::printable_keeping_line_breaks("ab" + alone + "cd") == "ab" + (line_break ? alone : expected) + "cd");
    }
}

// printable_ascii_end tests sixteen bytes at a time (SSE2), then eight: each byte value at
// each place of a block or a word, and in the tail after the last whole word, must stop the
// run exactly where a byte-by-byte scan stops.
TEST_CASE("printable_ascii_end stops at the first byte outside ' ' to '~' wherever it stands") {
    // 41 bytes: two blocks of sixteen, a word of eight and a tail
    const std::string plain = "Children work in mines of the south-west.";
    for (int b = 0; b < 256; ++b) {
        for (std::size_t at = 0; at < plain.size(); ++at) {
            CAPTURE(b);
            CAPTURE(at);
            std::string text = plain;
            text[at] = static_cast<char>(b);
            const bool printable_byte = b >= 0x20 && b < 0x7F;
            CHECK(citegraph::printable_ascii_end(text, 0) == (printable_byte ? text.size() : at));
            CHECK(citegraph::printable_ascii_end(text, at) == (printable_byte ? text.size() : at));
        }
    }
    CHECK(citegraph::printable_ascii_end("", 0) == 0);
    CHECK(citegraph::printable_ascii_end("abc", 3) == 3);
    // Printable escapes inside long runs as inside short ones.
    CHECK(printable("Children work in mines\x1b[31m of the south-west and the north") ==
          "Children work in mines\\x1b[31m of the south-west and the north");
}

TEST_CASE("check prints a hostile file name and claim escaped, one finding per line") {
    scratch_dir dir;
    write(dir.path / hostile_name,
          "Children work\xc2\x9b in \x1b[31mmines\xc2\x85 to\x07" "day.\n\nMany are \x1b[31myoung. (1)\n\n"
          "REFERENCES\n\n- One report. 2021.\n- Two reports, never cited. 2021.\n");
    const run_result r = run_in(dir.path, {"check", hostile_name});
    CHECK(r.exit == 0);
    CHECK_FALSE(holds_raw_control(r.out));
    CHECK_FALSE(holds_raw_control(r.err));
    const std::vector<std::string> lines = lines_of(r.out);
    REQUIRE(lines.size() == 3);  // the uncited claim, then the two summary lines
    CHECK(lines[0] == shown_name + ":1:1: uncited: d1:c1 \"Children work\\u009b in \\x1b[31mmines\\u0085 to\\x07day.\"");
    CHECK(lines[1].starts_with(shown_name + ": 2 claims: 1 ok,"));
    CHECK(lines[2].starts_with(shown_name + ": 2 references:"));
}

TEST_CASE("a warning about a hostile file name stays on one line") {
    scratch_dir dir;
    write(dir.path / hostile_name, "Children work in mines.\n\nREFERENCES\n\n- One report. 2021.\n");
    const run_result r = run_in(dir.path, {"check", hostile_name});
    CHECK(r.exit == 0);
    CHECK(r.err == shown_name + ": warning: 1 reference but no claim cites it\n");
}

TEST_CASE("an error naming a hostile file, and a hostile option value, are escaped") {
    scratch_dir dir;
    write(dir.path / hostile_name, "");
    const run_result empty = run_in(dir.path, {"check", hostile_name});
    CHECK(empty.exit == 3);
    CHECK(empty.err == shown_name + ":1:1: error: empty document\n");
    const run_result option = run_in(dir.path, {"check", "--as-of", "\x1b[2J", hostile_name});
    CHECK(option.exit == 2);
    CHECK(option.err == "citegraph: --as-of: expected YYYY-MM-DD or 'today', got '\\x1b[2J'\n"
                        "Run with --help for more information.\n");
}

TEST_CASE("trace and impact print a hostile file name escaped") {
    scratch_dir dir;
    write(dir.path / hostile_name, "Children work\xc2\x9b in \x1b[2Jmines. (1)\n\nREFERENCES\n\n- One report. 2021.\n");
    const run_result trace = run_in(dir.path, {"trace", "c1", hostile_name});
    CHECK(trace.exit == 0);
    CHECK_FALSE(holds_raw_control(trace.out));
    REQUIRE_FALSE(lines_of(trace.out).empty());
    CHECK(lines_of(trace.out)[0] == "d1:c1 ok: \"Children work\\u009b in \\x1b[2Jmines.\" (" + shown_name + ":1:1)");
    const run_result impact = run_in(dir.path, {"impact", "1", hostile_name});
    CHECK(impact.exit == 0);
    CHECK(impact.out == "d1:r1 (2021): \"One report. 2021.\" — no URL or DOI\n" + shown_name +
                            ":1:1: ok: \"Children work\\u009b in \\x1b[2Jmines.\" — d1:c1 → d1:r1\n");
}

TEST_CASE("trace and impact in JSON name a file that is not UTF-8 with U+FFFD, as export does") {
    scratch_dir dir;
    const std::string latin1 = "r\xe9sum\xe9.txt";
    write(dir.path / latin1, "Children work in mines. (1)\n\nREFERENCES\n\n- One report. 2021.\n");
    const std::string shown = "r\xef\xbf\xbdsum\xef\xbf\xbd.txt";
    for (const std::vector<std::string>& args : {std::vector<std::string>{"trace", "--format", "json", "c1", latin1},
                                                  std::vector<std::string>{"impact", "--format", "json", "1", latin1},
                                                  std::vector<std::string>{"export", latin1}}) {
        CAPTURE(args.front());
        const run_result r = run_in(dir.path, args);
        CHECK(r.exit == 0);
        CHECK(r.err.empty());
        const auto parsed = nlohmann::json::parse(r.out, nullptr, false);
        CHECK_FALSE(parsed.is_discarded());
        CHECK(r.out.find(shown) != std::string::npos);
    }
}

}  // TEST_SUITE
