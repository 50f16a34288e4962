// Colour in check's text listing: on a terminal only, never with NO_COLOR, --color to decide,
// and never in a pipe, a file or the JSON and SARIF formats.
#include <doctest/doctest.h>

#include <cctype>
#include <string>

#include <nlohmann/json.hpp>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::run_citegraph;
using citegraph::testing::run_in;
using citegraph::testing::scratch_dir;
using citegraph::testing::shell_output;

namespace {

// A real article with one claim resting on its one stale reference.
const std::string survey = std::string(CITEGRAPH_TEST_DATA) + "/provenance/chain/groundwater-survey.nxml";

// What `ENV citegraph ARGS` shows on a terminal: script(1) gives it one, standard output and
// error both. -q keeps the progress line of a slow run out of it.
std::string on_terminal(const std::string& env, const std::string& args) {
    return shell_output("env " + env + " script -q -e -c \"" + std::string(CITEGRAPH_CLI) + " " + args +
                        "\" /dev/null");
}

// Whether text holds an SGR escape ("\x1b[" then digits and ';', then 'm').
bool has_colour(const std::string& text) {
    for (std::size_t at = text.find("\x1b["); at != std::string::npos; at = text.find("\x1b[", at + 1)) {
        std::size_t end = at + 2;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == ';')) ++end;
        if (end < text.size() && text[end] == 'm') return true;
    }
    return false;
}

}  // namespace

TEST_SUITE("colour") {

TEST_CASE("on a terminal check colours the verdict words and the counts that are not zero") {
    const std::string shown = on_terminal("TERM=xterm NO_COLOR=", "check -q " + survey);
    CHECK(shown.find(":12:4: \x1b[1;31mresting-on-stale\x1b[0m: d1:c1 \"The lower basin holds") != std::string::npos);
    CHECK(shown.find(":17:1: \x1b[31mstale-source\x1b[0m: d1:r1 \"Ministry of Water.") != std::string::npos);
    CHECK(shown.find(": 1 claim: 0 ok, 0 partly-stale, \x1b[1;31m1 resting-on-stale\x1b[0m, 0 uncited, 0 dangling; "
                     "0 anachronisms\r\n") != std::string::npos);
    CHECK(shown.find(": 1 reference: \x1b[31m1 stale\x1b[0m (0 superseded)") != std::string::npos);
    SUBCASE("ok counts are green") {
        const std::string mali = on_terminal("TERM=xterm", "check -q " + std::string(CITEGRAPH_TEST_DATA) +
                                                               "/usdol-mali-2021.txt");
        CHECK(mali.find(": 223 claims: \x1b[32m135 ok\x1b[0m, \x1b[33m43 partly-stale\x1b[0m, "
                        "\x1b[1;31m10 resting-on-stale\x1b[0m, \x1b[36m35 uncited\x1b[0m, 0 dangling") !=
              std::string::npos);
        // Flags that make nothing stale are faint.
        CHECK(mali.find(": \x1b[2munverifiable\x1b[0m: d1:r3 ") != std::string::npos);
        CHECK(mali.find(": \x1b[2mdraft\x1b[0m: d1:r40 ") != std::string::npos);
    }
}

TEST_CASE("NO_COLOR, TERM=dumb and --color never keep a terminal plain") {
    const std::string plain = on_terminal("TERM=xterm", "check -q --color never " + survey);
    REQUIRE(plain.find(": resting-on-stale: ") != std::string::npos);
    CHECK(!has_colour(plain));
    CHECK(on_terminal("TERM=xterm NO_COLOR=1", "check -q " + survey) == plain);
    CHECK(on_terminal("TERM=xterm NO_COLOR=0", "check -q " + survey) == plain);  // any value but ""
    CHECK(on_terminal("TERM=dumb", "check -q " + survey) == plain);
    CHECK(has_colour(on_terminal("TERM=xterm NO_COLOR=", "check -q " + survey)));  // empty: as if unset
}

TEST_CASE("--color always colours a pipe, even with NO_COLOR, auto never does") {
    const auto piped = run_citegraph("check " + survey);
    REQUIRE(piped.exit == 0);
    CHECK(!has_colour(piped.out));
    const auto always = run_citegraph("check --color always " + survey);
    CHECK(has_colour(always.out));
    CHECK(run_citegraph("check --colour=always " + survey).out == always.out);
    // A command-line option overrides the environment (no-color.org).
    CHECK(shell_output("NO_COLOR=1 " + std::string(CITEGRAPH_CLI) + " check --color always " + survey) == always.out);
    CHECK(run_citegraph("check --color sometimes " + survey).exit == 2);
}

TEST_CASE("standard output into a file stays plain") {
    scratch_dir dir;
    const auto r = run_in(dir.path, {"check", survey});
    REQUIRE(r.exit == 0);
    CHECK(r.out.find(": resting-on-stale: ") != std::string::npos);
    CHECK(!has_colour(r.out));
}

TEST_CASE("JSON and SARIF are never coloured, on a terminal or with --color always") {
    for (const char* format : {"json", "sarif"}) {
        CAPTURE(format);
        const auto r = run_citegraph(std::string("check --color always --format ") + format + " " + survey);
        REQUIRE(r.exit == 0);
        CHECK(!has_colour(r.out));
        CHECK(nlohmann::json::parse(r.out, nullptr, false).is_discarded() == false);
        CHECK(!has_colour(on_terminal("TERM=xterm", std::string("check -q --format ") + format + " " + survey)));
    }
}

}  // TEST_SUITE
