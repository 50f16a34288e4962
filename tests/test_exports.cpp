// Tests for the JSON, GraphML and DOT writers and for write_output.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <span>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <graphviz/cgraph.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "citegraph/claim_years.hpp"
#include "citegraph/import.hpp"
#include "citegraph/exports.hpp"
#include "analysis_fixtures.hpp"
#include "analysed_report.hpp"
#include "exports/background_sync.hpp"
#include "exports/fd_buffer.hpp"
#include "exports/own_output.hpp"
#include "citegraph/report.hpp"
#include "citegraph/triage.hpp"
#include "exports/text.hpp"
#include "citegraph/stale_analysis.hpp"
#include "graph/citation_graph.hpp"
#include "test_paths.hpp"

namespace fs = std::filesystem;
using namespace citegraph;
using nlohmann::json;

namespace {

const std::string nasty_title = "Côte d’Ivoire & <script>alert(\"x\")</script> report";
const std::string quoted_claim =
    "He said \"stop\" & left <script>x</script> at C:\\temp\\ in Côte d’Ivoire";
const std::string long_claim =
    "Children as young as ten work on cocoa farms in the south-west, carrying loads that exceed "
    "their body weight, spraying pesticides without protection, and missing school for weeks "
    "during the harvest.";
const std::string backslash_section = "Back\\slash \"quoted\" <b>";

document first_document() {
    document d;
    d.path = "reports/mali \"2021\".txt";
    d.title = nasty_title;
    d.reporting_year = 2021;
    d.as_of = make_date(2022, 7, 6);
    d.sections = {{"", {1, 1}}, {"node", {5, 1}}, {backslash_section, {20, 1}}};
    d.claims = {
        {quoted_claim, {1, 2}, {7, 3}, 1, false},
        {"Côte d’Ivoire cocoa farms employ children.", {3}, {22, 1}, 2, false},
        {"node", {}, {2, 1}, 0, false},
        {long_claim, {1}, {9, 1}, 1, false},
    };
    reference r1;
    r1.number = 1;
    r1.text = "Ministry of Labour, \"Annual report\" <2017> \\ & more, https://example.org/a?x=1&y=2";
    r1.where = {30, 1};
    r1.urls = {"https://example.org/a?x=1&y=2"};
    r1.published = make_date(2017);
    r1.role = date_role::published;
    r1.kind = reference_kind::report;
    reference r2;
    r2.number = 2;
    r2.text = "Embassy cable.\nSource on file.";
    r2.where = {31, 1};
    r2.urls = {"javascript:alert(1)"};
    r2.kind = reference_kind::internal_reporting;
    r2.source_on_file = true;
    reference r5;
    r5.number = 5;
    r5.text = "Loi n° 2015-31 (Côte d’Ivoire)";
    r5.where = {33, 1};
    r5.published = make_date(2015, 7, 14);
    r5.role = date_role::enacted;
    r5.kind = reference_kind::legislation;
    reference r6;
    r6.number = 6;
    r6.text = "Survey, 2016 edition";
    r6.where = {34, 1};
    r6.published = make_date(2016, 4);
    r6.role = date_role::published;
    r6.kind = reference_kind::dataset;
    d.references = {r1, r2, r5, r6};
    return d;
}

document second_document() {
    document d;
    d.path = "second.txt";
    d.sections = {{"Intro", {1, 1}}};
    d.claims = {
        {"Plain claim.", {1}, {2, 1}, 0, false},
        {"Broken \xff bytes\x01 here.", {}, {0, 0}, 9, false},
    };
    reference r;
    r.number = 1;
    r.text = "Current source";
    r.where = {5, 1};
    r.published = make_date(2022, 1, 14);
    r.role = date_role::accessed;
    r.kind = reference_kind::web_page;
    r.urls = {"http://example.com/x", "https://example.com/y"};
    d.references = {r};
    return d;
}

corpus_assessment assessment() {
    corpus_assessment a;
    a.policy.max_age = {3, 0, 0};

    document_assessment first;
    first.as_of = make_date(2022, 7, 6);
    reference_assessment r1;
    r1.stale = true;
    r1.stale_reasons = {fixtures::reason(stale_reason_kind::too_old, {3, 0, 0})};
    r1.cited_by = {0, 3};
    reference_assessment r2;
    r2.flags.undated = true;
    r2.flags.unverifiable = true;
    r2.cited_by = {0};
    reference_assessment r5;
    r5.flags.in_force = true;
    reference_assessment r6;
    r6.stale = true;
    r6.superseded = true;
    r6.superseded_by = 1;
    r6.stale_reasons = {fixtures::reason(stale_reason_kind::superseded)};
    first.references = {r1, r2, r5, r6};
    claim_assessment c1;
    c1.verdict = claim_verdict::partly_stale;
    claim_assessment c2;
    c2.verdict = claim_verdict::dangling;
    claim_assessment c3;
    c3.verdict = claim_verdict::uncited;
    claim_assessment c4;
    c4.verdict = claim_verdict::resting_on_stale;
    c4.anachronism = true;
    c4.event_year = 2020;
    first.claims = {c1, c2, c3, c4};
    first.set_reasons(0, std::vector{fixtures::stale_source(0)});
    first.set_reasons(1, std::vector{fixtures::missing_reference(3)});
    first.set_reasons(3, std::vector{fixtures::stale_source(0), claim_reason{claim_reason_kind::predates, 0, 0}});

    document_assessment second;
    second.as_of = make_date(2022, 1, 14);
    reference_assessment current;
    current.cited_by = {0};
    second.references = {current};
    claim_assessment uncited;
    uncited.verdict = claim_verdict::uncited;
    second.claims = {claim_assessment{}, uncited};

    a.documents = {first, second};
    return a;
}

struct fixture {
    corpus c = build_corpus({first_document(), second_document()});
    corpus_assessment a = assessment();
};

// write_dot as render takes a writer: its number of processes left to the cores.
void dot_writer(std::ostream& out, const corpus& c, const corpus_assessment& a, const citegraph::vertex_filter& keep) {
    write_dot(out, c, a, keep);
}

template <typename Writer>
std::string render(Writer writer, const fixture& f) {
    std::ostringstream out;
    writer(out, f.c, f.a, citegraph::vertex_filter{});
    return out.str();
}

// A fresh directory under the system temp directory, removed with everything in it.
struct temp_dir {
    fs::path path;
    temp_dir() {
        std::string pattern = (fs::temp_directory_path() / "citegraph-exports-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    temp_dir(const temp_dir&) = delete;
    temp_dir& operator=(const temp_dir&) = delete;
    ~temp_dir() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(path))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void spit(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

// Runs a shell command; its exit status (0 on success).
int run(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs a Python script under the system interpreter (which has networkx and igraph) on a
// file and parses the JSON it prints.
json run_python(const temp_dir& dir, const std::string& script, const fs::path& input) {
    spit(dir.path / "script.py", script);
    const fs::path out = dir.path / "python-out.json";
    const fs::path err = dir.path / "python-err.txt";
    const int status = run("env -u PYTHONPATH -u PYTHONHOME /usr/bin/python3 '" +
                           (dir.path / "script.py").string() + "' '" + input.string() + "' > '" +
                           out.string() + "' 2> '" + err.string() + "'");
    INFO("stderr: " << slurp(err));
    REQUIRE(status == 0);
    return json::parse(slurp(out));
}

// The set of (source id, target id, kind) over the Boost graph.
std::set<std::tuple<std::string, std::string, std::string>> graph_edges(const corpus& c) {
    std::set<std::tuple<std::string, std::string, std::string>> edges;
    for (auto e : boost::make_iterator_range(boost::edges(c.graph())))
        edges.emplace(c.vertex_id(boost::source(e, c.graph())), c.vertex_id(boost::target(e, c.graph())),
                      std::string(to_string(c.graph()[e].kind)));
    return edges;
}

std::set<std::string> graph_ids(const corpus& c) {
    std::set<std::string> ids;
    for (auto v : boost::make_iterator_range(boost::vertices(c.graph()))) ids.insert(c.vertex_id(v));
    return ids;
}

// The value of <data key="key"> under a GraphML element; "" if absent.
std::string data_of(pugi::xml_node element, const char* key) {
    return element.find_child_by_attribute("data", "key", key).text().get();
}

pugi::xml_node graphml_node(const pugi::xml_document& xml, const std::string& id) {
    return xml.child("graphml").child("graph").find_child_by_attribute("node", "id", id.c_str());
}

struct cgraph_closer {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using cgraph_ptr = std::unique_ptr<Agraph_t, cgraph_closer>;

char* chars(const std::string& text) { return const_cast<char*>(text.c_str()); }

// An attribute of a node of a graph cgraph read back; "" if unset.
std::string dot_attribute(Agraph_t* g, const std::string& node, const std::string& name) {
    Agnode_t* n = agnode(g, chars(node), 0);
    REQUIRE_MESSAGE(n != nullptr, "no node " << node);
    const char* value = agget(n, chars(name));
    return value ? value : "";
}

// What dot shows for an escString holding only "\\" and "\n" escapes.
std::string dot_unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            out += text[i + 1] == 'n' ? '\n' : text[i + 1];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

// The claims with claim i's text replaced.
claim_list with_text(const claim_list& claims, std::size_t i, std::string_view text) {
    claim_list out;
    for (std::size_t k = 0; k < claims.size(); ++k) {
        const claim c = claims[k];
        out.push_back(k == i ? text : c.text, std::span<const int>(c.cites), c.where, c.section, c.in_table);
    }
    return out;
}

}  // namespace

TEST_SUITE("exports") {

// The JSON export, check's JSON and SARIF and the baseline file dump and indent their items
// on every core and write them in order; the whole must still be what nlohmann's dump(2) writes for the same
// document: on seventeen copies of Mali (more documents than a batch), through a view that
// leaves most documents out, with every finding shown and with none.
TEST_CASE("JSON, check JSON, SARIF and the baseline are laid out exactly as nlohmann's dump(2) lays them out") {
    const testing::analysed_report& copies = testing::mali_copies();
    graph_view view;
    view.claims = {"d3:c33", "d17:c40"};
    const vertex_filter some = select_vertices(copies.c, copies.a, view);
    finding_filter none;
    none.only = {"draft"};  // Mali has no draft reference
    struct run {
        std::string what;
        std::string_view command, format;
        vertex_filter keep;
        finding_filter shown;
    };
    for (const run& r : {run{"export, all", "export", "json", {}, {}}, run{"export, a view", "export", "json", some, {}},
                         run{"check json", "check", "json", {}, {}}, run{"check json, none", "check", "json", {}, none},
                         run{"sarif", "check", "sarif", {}, {}}, run{"sarif, none", "check", "sarif", {}, none}}) {
        writer_input in{copies.c, copies.a, r.keep, "", nullptr, false};
        in.shown = r.shown;
        std::ostringstream out;
        find_writer(r.command, r.format)->write(out, in);
        const std::string written = out.str();
        CAPTURE(r.what);
        CHECK(written == nlohmann::ordered_json::parse(written).dump(2) + "\n");
    }
    // The baseline file, streamed the same way: every finding, and none.
    const triaged_findings all = triage(copies.c, copies.a, acknowledgements{});
    REQUIRE(all.findings.size() > 4 * 256);
    const triaged_findings no_findings;
    for (const triaged_findings* t : {&all, &no_findings}) {
        std::ostringstream out;
        write_baseline(out, copies.c, *t);
        const std::string written = out.str();
        CAPTURE(written.size());
        CHECK(written == nlohmann::ordered_json::parse(written).dump(2) + "\n");
    }
}

TEST_CASE("clean_text repairs invalid UTF-8 and drops control characters, keeping valid runs") {
    using exports_detail::clean_text;
    CHECK(clean_text("") == "");
    CHECK(clean_text("plain ASCII\twith\nspace\r") == "plain ASCII\twith\nspace\r");
    CHECK(clean_text("Côte d’Ivoire 𝄞") == "Côte d’Ivoire 𝄞");
    CHECK(clean_text("a\x01" "b\x7F" "c") == "abc");
    CHECK(clean_text("x\xFFy") == "x\xEF\xBF\xBDy");
    CHECK(clean_text("\xC3") == "\xEF\xBF\xBD");                    // cut short at the end
    CHECK(clean_text("\xE2\x80z") == "\xEF\xBF\xBD\xEF\xBF\xBDz");  // each bad byte replaced
    CHECK(clean_text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(clean_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");    // overlong
}

TEST_CASE("clean_view returns clean text itself and repairs the rest into its storage") {
    std::string storage;
    const std::string clean = "Côte d’Ivoire";
    CHECK(exports_detail::clean_view(clean, storage).data() == clean.data());
    const std::string broken = "ok \x02\xFF end";
    const std::string_view repaired = exports_detail::clean_view(broken, storage);
    CHECK(repaired == "ok \xEF\xBF\xBD end");
    CHECK(repaired.data() == storage.data());
}

TEST_CASE("short_label cuts, folds and repairs as if it cleaned the whole text first") {
    using exports_detail::short_label;
    const std::vector<std::string> inputs = {
        "", "short", "  leading and\n\ttrailing  ", long_claim, "a\x01 b \x01" "c",
        "Broken \xff bytes\x01 here and \xE2\x80 more", std::string(100, 'x'),
        "ü" + std::string(85, 'u'), std::string(79, 'y') + " z", std::string(80, 'y') + " z"};
    for (const std::string& input : inputs) {
        for (std::size_t max_chars : {0U, 1U, 5U, 60U, 80U}) {
            CAPTURE(input);
            CAPTURE(max_chars);
            const std::string label = short_label(input, max_chars);
            CHECK(label == short_label(exports_detail::clean_text(input), max_chars));
            CHECK(label.find('\n') == std::string::npos);
        }
    }
    CHECK(short_label("one  two\n three", 80) == "one two three");
    CHECK(short_label(std::string(81, 'a'), 80) == std::string(80, 'a') + "…");
    CHECK(short_label("x\xFFy", 80) == "x\xEF\xBF\xBDy");
    // A word is copied whole when the label has room, cut inside it when not, and a text
    // that just fits is not cut.
    CHECK(short_label("abc defgh", 3) == "abc…");
    CHECK(short_label("abc defgh", 4) == "abc…");
    CHECK(short_label("abc defgh", 5) == "abc d…");
    CHECK(short_label("abc defgh", 9) == "abc defgh");
    CHECK(short_label("abc dé" "fgh", 7) == "abc dé" "f…");
}

TEST_CASE("terminal_label of a long text is the label of the whole text escaped, cut at any byte") {
    using exports_detail::short_label;
    // What terminal_label promises, done the slow way: escape everything, then cut.
    const auto whole = [](std::string_view text, std::size_t max_chars) {
        return printable(short_label(citegraph::printable_keeping_line_breaks(text), max_chars));
    };
    // Escapes, spaces and broken or split UTF-8 at every distance from where a prefix of a
    // long text could end: runs of spaces long enough that a label is not cut inside it,
    // control characters that escaping lengthens, and a three-byte character.
    std::vector<std::string> inputs = {long_claim + long_claim + long_claim + long_claim + long_claim,
                                       std::string(3000, ' ') + "late words",
                                       std::string(2000, '\x01') + " after controls"};
    for (std::size_t at = 500; at < 800; at += 7) {
        std::string text(1200, 'w');
        text.replace(at, 3, "\xE2\x80\x94");
        text[at + 40] = '\x1b';
        inputs.push_back(text);
        inputs.push_back(std::string(at, ' ') + "\xC2\x85" + std::string(900, 'v'));
        inputs.push_back(std::string(at / 10, 'a') + std::string(at, ' ') + std::string(200, '\t') + "end");
    }
    for (const std::string& input : inputs)
        for (std::size_t max_chars : {1U, 60U, 72U, 80U}) {
            CAPTURE(max_chars);
            CHECK(exports_detail::terminal_label(input, max_chars) == whole(input, max_chars));
        }
}

namespace {

// A label by its definition, character by character: the text cleaned, its whitespace
// folded, its first max_chars characters less a space they end in, and an ellipsis if
// more follow.
std::string label_by_definition(std::string_view text, std::size_t max_chars) {
    const std::string clean = exports_detail::clean_text(text);
    std::vector<std::string> characters;  // of the folded text
    bool space = false;
    for (std::size_t i = 0; i < clean.size();) {
        const auto c = static_cast<unsigned char>(clean[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !characters.empty();
            ++i;
            continue;
        }
        if (space) characters.emplace_back(" ");
        space = false;
        const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        characters.push_back(clean.substr(i, length));
        i += length;
    }
    std::string label;
    for (std::size_t k = 0; k < std::min(max_chars, characters.size()); ++k) label += characters[k];
    if (characters.size() <= max_chars) return label;
    if (!label.empty() && label.back() == ' ') label.pop_back();
    return label + "…";
}

}  // namespace

TEST_CASE("short and terminal labels are their definition's wherever spaces and odd characters fall") {
    // Words of printable ASCII with one space, two spaces or a tab between them, a space at
    // the start or none, and every length around a label's end: where a label is cut and
    // where it is not, with the space or the word at its last character and just after it.
    std::vector<std::string> inputs;
    for (const std::string_view gap : {" ", "  ", "\t"})
        for (const std::string_view start : {"", " "})
            for (std::size_t word = 1; word <= 4; ++word) {
                std::string text(start);
                for (std::size_t k = 0; text.size() < 90; ++k)
                    text.append(k == 0 ? "" : (k % 5 == 4 ? gap : " ")).append(word + k % 3, static_cast<char>('a' + k % 26));
                for (std::size_t length = 0; length <= text.size(); ++length) inputs.push_back(text.substr(0, length));
            }
    // Two spaces at every place, within eight bytes and across them.
    for (std::size_t at = 1; at < 88; ++at) inputs.push_back(std::string(at, 'w') + "  " + std::string(90 - at, 'v'));
    // Characters of two and three bytes that escaping keeps (é, an em dash, a no-break
    // space) and ones it does not (a C1 control, U+FFFE, a stray byte), before, at and
    // after a label's end, and texts cut inside them.
    for (const std::string_view odd : {"\xC3\xA9", "\xE2\x80\x94", "\xC2\xA0", "\xC2\x85", "\xEF\xBF\xBE", "\xFF"})
        for (std::size_t at = 0; at < 86; at += 3) {
            std::string text = std::string(at, 'w') + std::string(odd) + " x " + std::string(odd) + std::string(80, 'v');
            text[at / 2] = ' ';
            for (std::size_t length = 50; length <= 90; ++length) inputs.push_back(text.substr(0, length));
        }
    for (const std::string& input : inputs)
        for (std::size_t max_chars : {0U, 1U, 2U, 5U, 60U, 72U, 80U}) {
            CAPTURE(input);
            CAPTURE(max_chars);
            CHECK(exports_detail::short_label(input, max_chars) == label_by_definition(input, max_chars));
            CHECK(exports_detail::terminal_label(input, max_chars) ==
                  printable(label_by_definition(printable_keeping_line_breaks(input), max_chars)));
        }
}

TEST_CASE("write_json writes the policy and every document with its assessment") {
    const fixture f;
    const std::string text = render(write_json, f);
    REQUIRE(!text.empty());
    CHECK(text.back() == '\n');
    CHECK(text.find("\n  \"policy\": {") != std::string::npos);  // indent 2
    const json j = json::parse(text);

    CHECK(j["schema"] == "citegraph-export/1");
    CHECK(j["policy"]["as_of"] == nullptr);
    CHECK(j["policy"]["max_age"] == "3y");
    CHECK(j["policy"]["sources"] == "by-format");
    CHECK(j["policy"]["max_age_by_kind"] == json::object());
    // The limit each kind was judged by, under either policy.
    CHECK(j["policy"]["age_limits"]["report"]["article"] == "3y");
    CHECK(j["policy"]["age_limits"]["report"]["legislation"] == "never");
    CHECK(j["policy"]["age_limits"]["scholarly"]["article"] == "never");
    CHECK(j["policy"]["age_limits"]["scholarly"]["news"] == "3y");
    CHECK(j["policy"]["retractions"] == nullptr);
    REQUIRE(j["documents"].size() == 2);
    const json& d = j["documents"][0];
    CHECK(d["id"] == "d1");
    CHECK(j["documents"][1]["id"] == "d2");
    CHECK(d["path"] == "reports/mali \"2021\".txt");
    CHECK(d["title"] == nasty_title);
    CHECK(d["reporting_year"] == 2021);
    CHECK(d["as_of"] == "2022-07-06");
    CHECK(j["documents"][1]["reporting_year"].is_null());
    CHECK(j["documents"][1]["as_of"] == "2022-01-14");

    REQUIRE(d["references"].size() == 4);
    CHECK(d["references"][0] == json::parse(R"j({
        "number": 1, "id": null,
        "text": "Ministry of Labour, \"Annual report\" <2017> \\ & more, https://example.org/a?x=1&y=2",
        "line": 30, "date": "2017", "date_role": "published", "dates": [], "kind": "report",
        "doi": null, "pmid": null, "urls": ["https://example.org/a?x=1&y=2"], "full_entries": [], "flags": [], "stale": true,
        "superseded_by": null, "stale_upstream": false, "upstream_path": [],
        "stale_reasons": ["older than 3y"], "notices": [],
        "cited_by": ["d1:c1", "d1:c4"], "source": "s1", "names_document": null})j"));
    CHECK(d["references"][1] == json::parse(R"j({
        "number": 2, "id": null, "text": "Embassy cable.\nSource on file.", "line": 31, "date": null,
        "date_role": null, "dates": [], "kind": "internal-reporting", "doi": null, "pmid": null,
        "urls": ["javascript:alert(1)"], "full_entries": [],
        "flags": ["undated", "unverifiable", "source-on-file"], "stale": false,
        "superseded_by": null, "stale_upstream": false, "upstream_path": [], "stale_reasons": [], "notices": [],
        "cited_by": ["d1:c1"], "source": "s2",
        "names_document": null})j"));
    CHECK(d["references"][2]["flags"] == json{"in-force"});
    CHECK(d["references"][2]["date"] == "2015-07-14");
    CHECK(d["references"][2]["date_role"] == "enacted");
    CHECK(d["references"][2]["cited_by"] == json::array());
    CHECK(d["references"][3]["date"] == "2016-04");
    CHECK(d["references"][3]["superseded_by"] == 1);

    REQUIRE(d["claims"].size() == 4);
    CHECK(d["claims"][0] == json::parse(R"j({
        "id": "d1:c1", "line": 7, "column": 3, "section": "node",
        "text": "He said \"stop\" & left <script>x</script> at C:\\temp\\ in Côte d’Ivoire",
        "cites": [1, 2], "years": [], "verdict": "partly-stale", "anachronism": false,
        "reasons": ["1 (2017; older than 3y)"]})j"));
    CHECK(d["claims"][1]["verdict"] == "dangling");
    CHECK(d["claims"][1]["section"] == backslash_section);
    CHECK(d["claims"][2]["section"] == "");
    CHECK(d["claims"][2]["verdict"] == "uncited");
    CHECK(d["claims"][3]["verdict"] == "resting-on-stale");
    CHECK(d["claims"][3]["anachronism"] == true);
    CHECK(d["claims"][3]["text"] == long_claim);

    const json& second = j["documents"][1];
    CHECK(second["claims"][1]["section"].is_null());
    CHECK(second["claims"][1]["line"].is_null());
    CHECK(second["claims"][1]["column"].is_null());
    CHECK(second["references"][0]["urls"] == json{"http://example.com/x", "https://example.com/y"});
}

TEST_CASE("write_json keeps keys in a fixed order and output identical across runs") {
    const fixture f;
    const std::string text = render(write_json, f);
    CHECK(text == render(write_json, f));
    const auto ordered = nlohmann::ordered_json::parse(text);
    std::vector<std::string> top, reference_keys, claim_keys;
    for (const auto& item : ordered.items()) top.push_back(item.key());
    for (const auto& item : ordered["documents"][0]["references"][0].items())
        reference_keys.push_back(item.key());
    for (const auto& item : ordered["documents"][0]["claims"][0].items())
        claim_keys.push_back(item.key());
    CHECK(top == std::vector<std::string>{"schema", "policy", "documents", "sources", "near_misses", "cycles",
                                          "cycles_truncated"});
    CHECK(reference_keys == std::vector<std::string>{"number", "id", "text", "line", "date",
                                                     "date_role", "dates", "kind", "doi", "pmid", "urls",
                                                     "full_entries", "flags", "stale",
                                                     "superseded_by", "stale_upstream", "upstream_path",
                                                     "stale_reasons", "notices", "cited_by", "source",
                                                     "names_document"});
    CHECK(claim_keys == std::vector<std::string>{"id", "line", "column", "section", "text", "cites",
                                                 "years", "verdict", "anachronism", "reasons"});
}

TEST_CASE("write_json replaces invalid UTF-8 instead of throwing") {
    const fixture f;
    std::string text;
    REQUIRE_NOTHROW(text = render(write_json, f));
    const json j = json::parse(text);
    CHECK(j["documents"][1]["claims"][1]["text"] == "Broken \xEF\xBF\xBD bytes\x01 here.");
}

TEST_CASE("writers handle an empty corpus") {
    const corpus c = build_corpus({});
    const corpus_assessment a;
    std::ostringstream json_out, graphml_out, dot_out;
    write_json(json_out, c, a);
    CHECK(json::parse(json_out.str())["documents"] == json::array());
    write_graphml(graphml_out, c, a);
    pugi::xml_document xml;
    REQUIRE(xml.load_string(graphml_out.str().c_str()));
    CHECK(!xml.child("graphml").child("graph").child("node"));
    write_dot(dot_out, c, a);
    cgraph_ptr g(agmemread(dot_out.str().c_str()));
    REQUIRE(g != nullptr);
    CHECK(agnnodes(g.get()) == 0);
}

TEST_CASE("writers reject an assessment that does not match the corpus") {
    fixture f;
    f.a.documents[1].claims.pop_back();
    std::ostringstream out;
    CHECK_THROWS_AS(write_json(out, f.c, f.a), std::invalid_argument);
    CHECK_THROWS_AS(write_graphml(out, f.c, f.a), std::invalid_argument);
    CHECK_THROWS_AS(write_dot(out, f.c, f.a), std::invalid_argument);
}

TEST_CASE("write_graphml writes every vertex and edge of the graph once") {
    const fixture f;
    pugi::xml_document xml;
    const std::string text = render(write_graphml, f);
    REQUIRE(xml.load_string(text.c_str()));
    const pugi::xml_node root = xml.child("graphml");
    CHECK(std::string(root.attribute("xmlns").value()) == "http://graphml.graphdrawing.org/xmlns");
    REQUIRE(std::distance(root.children("graph").begin(), root.children("graph").end()) == 1);
    const pugi::xml_node graph = root.child("graph");
    CHECK(std::string(graph.attribute("id").value()) == "citegraph");
    CHECK(std::string(graph.attribute("edgedefault").value()) == "directed");
    CHECK(data_of(graph, "policy_max_age") == "3y");

    std::set<std::string> ids;
    std::size_t nodes = 0;
    for (pugi::xml_node node : graph.children("node")) {
        ++nodes;
        ids.insert(node.attribute("id").value());
        CHECK(!node.child("graph"));  // flat: no nested graphs
        CHECK(!node.child("port"));
    }
    CHECK(nodes == boost::num_vertices(f.c.graph()));
    CHECK(ids == graph_ids(f.c));

    std::set<std::tuple<std::string, std::string, std::string>> edges;
    std::size_t edge_count = 0;
    for (pugi::xml_node edge : graph.children("edge")) {
        ++edge_count;
        edges.emplace(edge.attribute("source").value(), edge.attribute("target").value(),
                      data_of(edge, "edge_kind"));
    }
    CHECK(edge_count == boost::num_edges(f.c.graph()));
    CHECK(edges == graph_edges(f.c));
}

TEST_CASE("every GraphML key is typed, has a domain and an id equal to its name") {
    const fixture f;
    pugi::xml_document xml;
    REQUIRE(xml.load_string(render(write_graphml, f).c_str()));
    const pugi::xml_node root = xml.child("graphml");
    std::map<std::string, std::string> domain_of;
    for (pugi::xml_node key : root.children("key")) {
        const std::string id = key.attribute("id").value();
        CAPTURE(id);
        const std::string domain = key.attribute("for").value();
        const std::string type = key.attribute("attr.type").value();
        CHECK((domain == "graph" || domain == "node" || domain == "edge"));
        CHECK((type == "string" || type == "int" || type == "boolean"));
        CHECK(std::string(key.attribute("attr.name").value()) == id);
        const bool generic = id.size() >= 2 && id[0] == 'd' &&
                             id.find_first_not_of("0123456789", 1) == std::string::npos;
        CHECK_FALSE(generic);
        CHECK(domain_of.emplace(id, domain).second);  // ids unique
    }
    // Every <data> refers to a key declared for its element's domain.
    for (pugi::xpath_node data : xml.select_nodes("//data")) {
        const std::string key = data.node().attribute("key").value();
        CAPTURE(key);
        REQUIRE(domain_of.count(key) == 1);
        CHECK(domain_of[key] == data.node().parent().name());
    }
}

TEST_CASE("GraphML nodes carry the text, labels and assessment of what they stand for") {
    const fixture f;
    pugi::xml_document xml;
    REQUIRE(xml.load_string(render(write_graphml, f).c_str()));
    const pugi::xml_node document = graphml_node(xml, "d1");
    CHECK(data_of(document, "kind") == "document");
    CHECK(data_of(document, "label") == nasty_title);
    CHECK(data_of(document, "as_of") == "2022-07-06");
    CHECK(data_of(graphml_node(xml, "d1:s1"), "label") == "node");
    CHECK(data_of(graphml_node(xml, "d1:s2"), "label") == backslash_section);

    const pugi::xml_node claim = graphml_node(xml, "d1:c1");
    CHECK(data_of(claim, "text") == quoted_claim);
    CHECK(data_of(claim, "label") == quoted_claim);
    CHECK(data_of(claim, "verdict") == "partly-stale");
    CHECK(data_of(claim, "cites") == "1,2");
    CHECK(data_of(claim, "line") == "7");
    CHECK(data_of(claim, "section") == "node");
    CHECK(data_of(claim, "document") == "reports/mali \"2021\".txt");
    CHECK_FALSE(claim.find_child_by_attribute("data", "key", "stale"));  // reference-only key

    const std::string long_label = data_of(graphml_node(xml, "d1:c4"), "label");
    CHECK(long_label.ends_with("…"));
    CHECK(long_label.starts_with(long_claim.substr(0, 70)));
    CHECK(long_label.size() <= 80 + std::string("…").size());

    const pugi::xml_node reference = graphml_node(xml, "d1:r2");
    CHECK(data_of(reference, "label") == "[2] Embassy cable. Source on file.");
    CHECK(data_of(reference, "text") == "Embassy cable.\nSource on file.");
    CHECK(data_of(reference, "flags") == "undated,unverifiable,source-on-file");
    // A false flag is the key's declared <default>, and left out.
    CHECK_FALSE(reference.find_child_by_attribute("data", "key", "stale"));
    CHECK(std::string(xml.child("graphml").find_child_by_attribute("key", "id", "stale").child_value("default")) == "false");
    CHECK(data_of(reference, "ref_kind") == "internal-reporting");
    CHECK(data_of(graphml_node(xml, "d1:r1"), "stale") == "true");
    CHECK(data_of(graphml_node(xml, "d1:r1"), "url") == "https://example.org/a?x=1&y=2");
    CHECK(data_of(graphml_node(xml, "d1:r6"), "superseded_by") == "1");
    CHECK(data_of(graphml_node(xml, "d2:c2"), "text") == "Broken \xEF\xBF\xBD bytes here.");
}

TEST_CASE("GraphML gives every node the repaired path of its own document") {
    document broken = first_document();
    broken.path = "reports/\xFF mali\x01.txt";
    fixture f;
    f.c = build_corpus({broken, second_document()});
    pugi::xml_document xml;
    REQUIRE(xml.load_string(render(write_graphml, f).c_str()));
    std::map<std::string, std::size_t> nodes_by_path;
    for (pugi::xml_node node : xml.child("graphml").child("graph").children("node")) {
        const std::string id = node.attribute("id").value();
        if (id.starts_with("s")) continue;  // sources belong to no document
        const std::string path = data_of(node, "document");
        CAPTURE(id);
        CHECK(path == (id.starts_with("d1") ? "reports/\xEF\xBF\xBD mali.txt" : "second.txt"));
        ++nodes_by_path[path];
    }
    CHECK(nodes_by_path.size() == 2);
}

// A graph a Python library read back ({"directed", "nodes", "edges": [[source, target, kind]]})
// has the Boost graph's nodes and edges.
void check_same_graph(const json& result, const corpus& c) {
    CHECK(result["directed"] == true);
    CHECK(result["nodes"] == boost::num_vertices(c.graph()));
    REQUIRE(result["edges"].size() == boost::num_edges(c.graph()));
    std::set<std::tuple<std::string, std::string, std::string>> edges;
    for (const json& e : result["edges"]) edges.emplace(e[0], e[1], e[2]);
    CHECK(edges == graph_edges(c));
}

TEST_CASE("GraphML gives each element a line of its own, unindented") {
    const testing::analysed_report& mali = testing::mali();
    std::ostringstream out;
    write_graphml(out, mali.c, mali.a);
    const std::string text = out.str();
    REQUIRE(text.ends_with("</graph>\n</graphml>\n"));
    // A line that ends a tag is followed by the next element, at the start of its line; the
    // other lines go on a value that holds line breaks (a claim's reasons).
    std::istringstream lines(text);
    std::size_t elements = 0, data = 0;
    bool after_tag = true;
    for (std::string line; std::getline(lines, line);) {
        CAPTURE(line);
        if (after_tag) {
            REQUIRE(!line.empty());
            CHECK(line.front() == '<');  // no indentation: a reader ignores it, the disk does not
            ++elements;
            data += line.starts_with("<data ");
        }
        after_tag = line.ends_with('>');
    }
    // Every <data> starts a line: as many as the document holds.
    pugi::xml_document xml;
    REQUIRE(xml.load_string(text.c_str()));
    CHECK(data == xml.select_nodes("//*[local-name()='data']").size());
    CHECK(elements > boost::num_vertices(mali.c.graph()) + boost::num_edges(mali.c.graph()));
}

// The model holds no years: each writer reads them from the claim's text when it writes it.
TEST_CASE("JSON and GraphML give each claim of the Mali report the years its text names") {
    const testing::analysed_report& mali = testing::mali();
    std::ostringstream json_out, graphml_out;
    write_json(json_out, mali.c, mali.a);
    write_graphml(graphml_out, mali.c, mali.a);
    const json claims = json::parse(json_out.str())["documents"][0]["claims"];
    REQUIRE(claims.size() == mali.c.documents[0].claims.size());
    // "Mali made minimal advancement in efforts to eliminate the worst forms of child labor in 2021."
    CHECK(claims[0]["years"] == json::array({2021}));
    pugi::xml_document xml;
    REQUIRE(xml.load_string(graphml_out.str().c_str()));
    std::size_t with_years = 0;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const std::vector<int> years = years_named(mali.c.documents[0].claims[i].text);
        CAPTURE(i);
        CHECK(claims[i]["years"] == json(years));
        const std::string id = claims[i]["id"];
        const pugi::xml_node node = xml.select_node(("//*[local-name()='node'][@id='" + id + "']").c_str()).node();
        REQUIRE(node);
        std::string joined;
        for (int y : years) joined += (joined.empty() ? "" : ",") + std::to_string(y);
        CHECK(data_of(node, "years") == joined);
        with_years += !years.empty();
    }
    CHECK(with_years > 50);
}

TEST_CASE("GraphML loads in networkx with nodes, edges and typed attributes intact") {
    const fixture f;
    const temp_dir dir;
    const fs::path file = dir.path / "graph.graphml";
    write_output(file.string(), [&](std::ostream& out) { write_graphml(out, f.c, f.a); });
    const json result = run_python(dir, R"j(
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": g.number_of_nodes(),
    "edges": sorted([u, v, d.get("edge_kind")] for u, v, d in g.edges(data=True)),
    "node": {n: {k: [type(v).__name__, v] for k, v in d.items()} for n, d in g.nodes(data=True)},
    "graph": g.graph,
}))
)j", file);
    check_same_graph(result, f.c);

    const json& claim = result["node"]["d1:c1"];
    CHECK(claim["text"] == json{"str", quoted_claim});
    CHECK(claim["line"] == json{"int", 7});
    CHECK(claim["verdict"] == json{"str", "partly-stale"});
    // No anachronism: left out, and networkx holds the key's default false.
    CHECK_FALSE(claim.contains("anachronism"));
    CHECK(result["graph"]["node_default"]["anachronism"] == false);
    CHECK(result["graph"]["node_default"]["stale"] == false);
    const json& reference = result["node"]["d1:r1"];
    CHECK(reference["number"] == json{"int", 1});
    CHECK(reference["stale"] == json{"bool", true});
    CHECK(reference["url"] == json{"str", "https://example.org/a?x=1&y=2"});
    CHECK(result["node"]["d1"]["label"] == json{"str", nasty_title});
    CHECK(result["node"]["d1:s1"]["label"] == json{"str", "node"});
    CHECK(result["node"]["d1:s2"]["label"] == json{"str", backslash_section});
    CHECK(result["graph"]["policy_max_age"] == "3y");
}

TEST_CASE("GraphML loads in igraph with nodes, edges and attributes intact") {
    const fixture f;
    const temp_dir dir;
    const fs::path file = dir.path / "graph.graphml";
    write_output(file.string(), [&](std::ostream& out) { write_graphml(out, f.c, f.a); });
    const json result = run_python(dir, R"j(
import json, sys
import igraph as ig
g = ig.Graph.Read_GraphML(sys.argv[1])
ids = g.vs["id"]
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": g.vcount(),
    "edges": sorted([ids[e.source], ids[e.target], e["edge_kind"]] for e in g.es),
    "node": {v["id"]: {k: [type(x).__name__, x] for k, x in v.attributes().items()
                       if x is not None and x == x} for v in g.vs},
}))
)j", file);
    check_same_graph(result, f.c);

    const json& claim = result["node"]["d1:c1"];
    CHECK(claim["text"] == json{"str", quoted_claim});
    CHECK(claim["line"] == json{"float", 7.0});  // igraph reads numbers as doubles
    const json& reference = result["node"]["d1:r1"];
    CHECK(reference["stale"] == json{"bool", true});
    CHECK(reference["number"] == json{"float", 1.0});
    // Left out as the keys' declared defaults, igraph fills them in.
    CHECK(claim["anachronism"] == json{"bool", false});
    CHECK(result["node"]["d1:r2"]["stale"] == json{"bool", false});
    CHECK(result["node"]["d1:r2"]["stale_upstream"] == json{"bool", false});
    CHECK(result["node"]["d1"]["label"] == json{"str", nasty_title});
    CHECK(result["node"]["d1:s1"]["label"] == json{"str", "node"});
}

// The cluster called name inside the plain subgraph that holds document doc_id's nodes;
// nullptr if either is missing.
Agraph_t* document_cluster(Agraph_t* root, const std::string& doc_id, const std::string& name) {
    Agraph_t* document = agsubg(root, chars("document_" + doc_id), 0);
    return document == nullptr ? nullptr : agsubg(document, chars(name), 0);
}

TEST_CASE("write_dot round-trips through cgraph with every node and edge") {
    const fixture f;
    const std::string text = render(dot_writer, f);
    cgraph_ptr g(agmemread(text.c_str()));
    REQUIRE(g != nullptr);
    CHECK(agisdirected(g.get()));
    CHECK(static_cast<std::size_t>(agnnodes(g.get())) == boost::num_vertices(f.c.graph()) + 1);
    CHECK(dot_attribute(g.get(), "legend", "class") == "legend");
    CHECK(static_cast<std::size_t>(agnedges(g.get())) == boost::num_edges(f.c.graph()));
    for (const std::string& id : graph_ids(f.c)) {
        CAPTURE(id);
        CHECK(agnode(g.get(), chars(id), 0) != nullptr);
    }
    for (const auto& edge_ends : graph_edges(f.c)) {
        // Named, not bound: CAPTURE's lambda cannot name a structured binding in clang 14.
        const std::string& source = std::get<0>(edge_ends);
        const std::string& target = std::get<1>(edge_ends);
        const std::string& kind = std::get<2>(edge_ends);
        CAPTURE(source);
        CAPTURE(target);
        Agnode_t* tail = agnode(g.get(), chars(source), 0);
        Agnode_t* head = agnode(g.get(), chars(target), 0);
        REQUIRE(tail != nullptr);
        REQUIRE(head != nullptr);
        Agedge_t* edge = agedge(g.get(), tail, head, nullptr, 0);
        REQUIRE(edge != nullptr);
        CHECK(std::string(agget(edge, chars("class"))) == kind);
    }
    // Sections are clusters holding their claims.
    Agraph_t* section = document_cluster(g.get(), "d1", "cluster_d1:s1");
    REQUIRE(section != nullptr);
    CHECK(std::string(agget(section, chars("label"))) == "node");
    CHECK(agnode(section, chars("d1:c1"), 0) != nullptr);
    CHECK(agnode(section, chars("d1:c4"), 0) != nullptr);
    CHECK(agnode(section, chars("d1:c2"), 0) == nullptr);
    SUBCASE("each document's clusters and nodes sit in a subgraph of their own") {
        CHECK(agsubg(g.get(), chars("cluster_d1:s1"), 0) == nullptr);
        CHECK(document_cluster(g.get(), "d2", "cluster_d2:s0") != nullptr);
        Agraph_t* first = agsubg(g.get(), chars("document_d1"), 0);
        REQUIRE(first != nullptr);
        CHECK(agnode(first, chars("d1:r1"), 0) != nullptr);
        CHECK(agnode(first, chars("d2:r1"), 0) == nullptr);
    }
}

TEST_CASE("DOT labels keep quotes, angle brackets, backslashes and non-ASCII") {
    const fixture f;
    cgraph_ptr g(agmemread(render(dot_writer, f).c_str()));
    REQUIRE(g != nullptr);
    CHECK(dot_attribute(g.get(), "d1", "label") == nasty_title);
    CHECK(dot_attribute(g.get(), "d1:s1", "label") == "node");
    // A literal backslash is written as an escaped one, a newline as "\n".
    CHECK(dot_attribute(g.get(), "d1:s2", "label") == "Back\\\\slash \"quoted\" <b>");
    CHECK(dot_unescape(dot_attribute(g.get(), "d1:s2", "label")) == backslash_section);
    CHECK(dot_unescape(dot_attribute(g.get(), "d1:c1", "label")) == quoted_claim + "\n[partly-stale]");
    CHECK(dot_unescape(dot_attribute(g.get(), "d1:r2", "tooltip"))
              .starts_with("[2] Embassy cable.\nSource on file.\ncurrent"));
    Agraph_t* section = document_cluster(g.get(), "d1", "cluster_d1:s2");
    REQUIRE(section != nullptr);
    CHECK(dot_unescape(agget(section, chars("label"))) == backslash_section);
}

TEST_CASE("long DOT values survive cgraph's line breaking with escapes intact") {
    fixture f;
    std::string text;
    for (int i = 0; i < 40; ++i) text += "a\\b \"q\" <i> é\\\\ ";
    f.c.documents[0].claims = with_text(f.c.documents[0].claims, 0, text);
    f.c.documents[0].sections[1].title = text;
    cgraph_ptr g(agmemread(render(dot_writer, f).c_str()));
    REQUIRE(g != nullptr);
    CHECK(dot_unescape(dot_attribute(g.get(), "d1:c1", "tooltip"))
              .starts_with(text + "\npartly-stale\n"));
    Agraph_t* section = document_cluster(g.get(), "d1", "cluster_d1:s1");
    REQUIRE(section != nullptr);
    CHECK(dot_unescape(agget(section, chars("label"))) == text);
}

TEST_CASE("DOT colours claims by verdict and references by staleness") {
    const fixture f;
    cgraph_ptr g(agmemread(render(dot_writer, f).c_str()));
    REQUIRE(g != nullptr);
    CHECK(dot_attribute(g.get(), "d1:c1", "fillcolor") == "#E69F00");
    CHECK(dot_attribute(g.get(), "d1:c2", "fillcolor") == "#CC79A7");
    CHECK(dot_attribute(g.get(), "d1:c3", "fillcolor") == "#999999");
    CHECK(dot_attribute(g.get(), "d1:c4", "fillcolor") == "#D55E00");
    CHECK(dot_attribute(g.get(), "d2:c1", "fillcolor") == "#009E73");
    CHECK(dot_attribute(g.get(), "d1:r1", "fillcolor") == "#D55E00");
    CHECK(dot_attribute(g.get(), "d1:r2", "fillcolor") == "#56B4E9");
    CHECK(dot_attribute(g.get(), "d1:r2", "style") == "filled,dashed");
    CHECK(dot_attribute(g.get(), "d1:r5", "style") == "filled");
    CHECK(dot_attribute(g.get(), "d1", "shape") == "folder");
    CHECK(dot_attribute(g.get(), "d1:c1", "shape") == "box");
    CHECK(dot_attribute(g.get(), "d1:r1", "shape") == "note");
}

TEST_CASE("DOT links references only to http and https URLs") {
    const fixture f;
    cgraph_ptr g(agmemread(render(dot_writer, f).c_str()));
    REQUIRE(g != nullptr);
    CHECK(dot_attribute(g.get(), "d1:r1", "URL") == "https://example.org/a?x=1&y=2");
    CHECK(dot_attribute(g.get(), "d1:r1", "href") == "https://example.org/a?x=1&y=2");
    CHECK(dot_attribute(g.get(), "d1:r2", "URL") == "");
    CHECK(dot_attribute(g.get(), "d1:r2", "href") == "");
    CHECK(dot_attribute(g.get(), "d2:r1", "URL") == "http://example.com/x");
}

TEST_CASE("dot renders the DOT output to SVG without complaint") {
    const fixture f;
    const temp_dir dir;
    const fs::path file = dir.path / "graph.dot";
    write_output(file.string(), [&](std::ostream& out) { write_dot(out, f.c, f.a); });
    const fs::path svg = dir.path / "graph.svg";
    const fs::path err = dir.path / "dot-err.txt";
    const int status = run("dot -Tsvg '" + file.string() + "' -o '" + svg.string() + "' 2> '" +
                           err.string() + "'");
    INFO("dot stderr: " << slurp(err));
    REQUIRE(status == 0);
    CHECK(slurp(err).empty());
    const std::string rendered = slurp(svg);
    CHECK(rendered.find("Côte d’Ivoire") != std::string::npos);
    CHECK(rendered.find("&lt;script&gt;") != std::string::npos);
    CHECK(rendered.find("Back\\slash") != std::string::npos);  // one backslash, as written
    CHECK(rendered.find("Back\\\\slash") == std::string::npos);
    CHECK(rendered.find(">node<") != std::string::npos);
}

TEST_CASE("citegraph's own JSON, GraphML and HTML report are told from documents by their first bytes") {
    const fixture f;
    std::ostringstream page;
    write_html_report(page, f.c, f.a, "");
    for (const std::string& own : {render(write_json, f), render(write_graphml, f), page.str()})
        CHECK(written_by_citegraph(own));
    for (const char* name : {"usdol-mali-2021.txt", "wikipedia-duck.html", "md-arxiv-2203.01017-tableformer.md",
                             "jats-bmc-microbiology-2011.nxml", "tei-grobid-jner-2016-fes.tei.xml"}) {
        CAPTURE(name);
        CHECK_FALSE(written_by_citegraph(slurp(fs::path(CITEGRAPH_TEST_DATA) / name)));
    }
    CHECK_FALSE(written_by_citegraph(""));
    CHECK_FALSE(written_by_citegraph(render(dot_writer, f)));  // no importer reads DOT
}

// The baseline is read as the parser meets it, not as one json value; it must still read
// as a json value would: keys in any order, nested values skipped, of a key given twice the
// last, and the same errors in the same order.
TEST_CASE("a baseline's fingerprints are counted as its JSON value holds them") {
    const temp_dir dir;
    const std::string schema = "\"schema\": \"citegraph-baseline/1\"";
    const auto read = [&](const std::string& text) {
        spit(dir.path / "baseline.json", text);
        return read_baseline((dir.path / "baseline.json").string());
    };
    using counts = std::map<std::string, std::size_t>;
    CHECK(read("{\"findings\": [{\"text\": {\"a\": [1, {\"fingerprint\": \"inner\"}]}, \"fingerprint\": \"aa\"},"
               " {\"fingerprint\": \"bb\", \"rule\": \"x\"}, {\"fingerprint\": \"aa\"}], " + schema +
               ", \"extra\": {\"findings\": 3}}") == counts{{"aa", 2}, {"bb", 1}});
    CHECK(read("{" + schema + ", \"findings\": [{\"fingerprint\": 1, \"fingerprint\": \"cc\"}]}") == counts{{"cc", 1}});
    CHECK(read("{" + schema + ", \"findings\": [{\"fingerprint\": \"aa\"}], \"findings\": [{\"fingerprint\": \"bb\"}]}") ==
          counts{{"bb", 1}});
    CHECK(read("{" + schema + ", \"findings\": []}").empty());
    CHECK(read("{" + schema + ", \"findings\": [{\"rule\": \"x\"}], \"findings\": []}").empty());

    const std::string no_fingerprint = "; an entry has no \"fingerprint\" string";
    const auto error_of = [&](const std::string& text) -> std::string {
        try {
            read(text);
        } catch (const input_error& e) {
            const std::string what = e.what();  // "path:line:col: error: message"
            return std::to_string(e.where().line) + ":" + std::to_string(e.where().column) + " " +
                   what.substr(what.find(": error: ") + 9);
        }
        return "no error";
    };
    for (const std::string entries : {"[{\"fingerprint\": \"aa\", \"fingerprint\": null}]", "[\"aa\"]",
                                       "[{\"rule\": \"x\"}]", "[{\"fingerprint\": {\"fingerprint\": \"aa\"}}]"}) {
        CAPTURE(entries);
        CHECK(error_of("{" + schema + ", \"findings\": " + entries + "}").ends_with(no_fingerprint));
    }
    // The whole is judged before its entries.
    for (const std::string& whole : {std::string("[]"), "{" + schema + "}", std::string("{\"schema\": \"other\", \"findings\": [{}]}"),
                                     "{" + schema + ", \"findings\": {}}"}) {
        CAPTURE(whole);
        const std::string error = error_of(whole);
        CHECK(error.starts_with("1:1 "));
        CHECK(error.find("not a baseline file: expected") != std::string::npos);
        CHECK_FALSE(error.ends_with(no_fingerprint));
    }
    CHECK(error_of("{" + schema + ",\n \"findings\": [\n  {\"fingerprint\": 3,}\n]}\n")
              .starts_with("3:21 not a baseline file (JSON): syntax error while parsing object key"));
    CHECK(error_of("").starts_with("1:1 not a baseline file (JSON): syntax error while parsing value"));
}

TEST_CASE("write_output replaces the target and leaves no temporary file") {
    const temp_dir dir;
    const fs::path target = dir.path / "out.json";
    spit(target, "old");
    write_output(target.string(), [](std::ostream& out) { out << "new\n"; });
    CHECK(slurp(target) == "new\n");
    CHECK(dir.entries() == std::vector<std::string>{"out.json"});
    write_output((dir.path / "fresh.json").string(), [](std::ostream& out) { out << "x"; });
    CHECK(slurp(dir.path / "fresh.json") == "x");
    CHECK(dir.entries() == std::vector<std::string>{"fresh.json", "out.json"});
}

// write_output asks the kernel to write a file back every 8 MiB while it is written.
TEST_CASE("write_output writes every byte of an output larger than its writeback step") {
    const temp_dir dir;
    const fs::path target = dir.path / "big.graphml";
    std::string line(1000, 'x');
    line.back() = '\n';
    write_output(target.string(), [&](std::ostream& out) {
        for (int i = 0; i < 20 * 1024; ++i) out << i << line;
    });
    std::ostringstream expected;
    for (int i = 0; i < 20 * 1024; ++i) expected << i << line;
    // The room made on the disk ahead of the writes (16 MB past them) is cut off at the end.
    CHECK(fs::file_size(target) == expected.str().size());
    CHECK(slurp(target) == expected.str());
    struct stat st {};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK(static_cast<std::size_t>(st.st_blocks) * 512 < expected.str().size() + (std::size_t{1} << 20));
}

TEST_CASE("an fd_buffer calls back as each further stretch of bytes is written, and writes everything") {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    std::string read_back;
    std::thread reader([&] {
        char chunk[65536];
        for (ssize_t n; (n = ::read(ends[0], chunk, sizeof chunk)) > 0;)
            read_back.append(chunk, static_cast<std::size_t>(n));
    });
    std::size_t calls = 0;
    {
        fd_buffer buffer(ends[1]);
        buffer.call_every(100000, [&] { ++calls; });
        std::ostream out(&buffer);
        for (int i = 0; i < 100000; ++i) out << i << '\n';
        out.flush();
        CHECK(out.good());
        CHECK(buffer.error() == 0);
    }
    ::close(ends[1]);
    reader.join();
    ::close(ends[0]);
    std::ostringstream expected;
    for (int i = 0; i < 100000; ++i) expected << i << '\n';
    CHECK(read_back == expected.str());
    // 588,890 bytes, written 65,536 at a time: a call after the 2nd, 4th, 6th and 8th write,
    // once 100,000 more had gone each time, and none for the last 64,602
    CHECK(read_back.size() == 588890);
    CHECK(calls == 4);
}

TEST_CASE("a file flushed on the side while it is written holds every byte, and a failed flush is reported") {
    using citegraph::exports_detail::background_sync;
    const auto dir = std::filesystem::temp_directory_path() / ("citegraph-sync-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "out.txt").string();
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    std::string expected;
    {
        background_sync flushing(fd);
        const std::string line(4095, 'x');
        for (int i = 0; i < 2000; ++i) {
            REQUIRE(::write(fd, (line + '\n').data(), line.size() + 1) == static_cast<ssize_t>(line.size() + 1));
            expected += line + '\n';
            if (i % 100 == 0) flushing.request();
        }
        CHECK(flushing.finish() == 0);
        flushing.request();  // after finish: ignored, and nothing waits on it
        CHECK(flushing.finish() == 0);
    }
    ::close(fd);
    std::ifstream in(path, std::ios::binary);
    const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(written == expected);
    std::filesystem::remove_all(dir);

    // A pipe cannot be flushed: the error comes back from finish(), not lost on the thread.
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    {
        background_sync flushing(ends[1]);
        flushing.request();
        CHECK(flushing.finish() == EINVAL);
    }
    {
        background_sync never_asked(ends[1]);
        CHECK(never_asked.finish() == 0);
    }
    ::close(ends[0]);
    ::close(ends[1]);
}

// Large pieces skip the buffer (written straight from the caller's memory), small ones are
// gathered in it: either way every byte arrives once, in order.
TEST_CASE("an fd_buffer keeps the order of pieces of every size around its buffer's") {
    const temp_dir dir;
    const fs::path target = dir.path / "pieces";
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    std::string expected;
    {
        fd_buffer buffer(fd);
        std::ostream out(&buffer);
        const std::size_t kib = 1024;
        std::size_t n = 0;
        const std::size_t sizes[] = {1 * kib,  16 * kib - 1, 16 * kib,     3, 64 * kib - 1, 64 * kib, 64 * kib + 1,
                                     200 * kib, 7,           16 * kib + 1, 40 * kib, 1, 300 * kib, 5 * kib};
        for (std::size_t size : sizes) {
            std::string piece(size, '\0');
            for (char& c : piece) c = static_cast<char>('a' + n++ % 26);
            out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
            expected += piece;
        }
        out << "end\n";
        expected += "end\n";
        out.flush();
        CHECK(out.good());
        CHECK(buffer.error() == 0);
    }
    ::close(fd);
    CHECK(slurp(target) == expected);
}

TEST_CASE("an fd_buffer that cannot write a large piece fails the stream and keeps why") {
    const int fd = ::open("/dev/full", O_WRONLY);
    REQUIRE(fd >= 0);
    fd_buffer buffer(fd);
    std::ostream out(&buffer);
    out << "held in the buffer";
    const std::string large(128 * 1024, 'x');
    out.write(large.data(), static_cast<std::streamsize>(large.size()));
    CHECK_FALSE(out.good());
    CHECK(buffer.error() == ENOSPC);
    ::close(fd);
}

TEST_CASE("write_output leaves the target untouched when writing fails") {
    const temp_dir dir;
    const fs::path target = dir.path / "out.json";
    spit(target, "old");

    SUBCASE("the writer throws: its exception passes through") {
        CHECK_THROWS_WITH_AS(write_output(target.string(),
                                          [](std::ostream& out) {
                                              out << "partial";
                                              throw std::logic_error("writer failed");
                                          }),
                             "writer failed", std::logic_error);
    }
    SUBCASE("the writer's stream fails") {
        CHECK_THROWS_WITH_AS(write_output(target.string(),
                                          [](std::ostream& out) {
                                              out << "partial";
                                              out.setstate(std::ios::badbit);
                                          }),
                             doctest::Contains(("cannot write " + target.string()).c_str()),
                             std::runtime_error);
    }
    CHECK(slurp(target) == "old");
    CHECK(dir.entries() == std::vector<std::string>{"out.json"});
}

TEST_CASE("write_output writes \"-\" to standard output") {
    std::ostringstream captured;
    std::streambuf* original = std::cout.rdbuf(captured.rdbuf());
    try {
        write_output("-", [](std::ostream& out) { out << "to stdout\n"; });
    } catch (...) {
        std::cout.rdbuf(original);
        throw;
    }
    std::cout.rdbuf(original);
    CHECK(captured.str() == "to stdout\n");
}

TEST_CASE("write_output names the path when it cannot write there") {
    const temp_dir dir;
    SUBCASE("the directory does not exist") {
        const std::string path = (dir.path / "missing" / "out.json").string();
        CHECK_THROWS_WITH_AS(write_output(path, [](std::ostream& out) { out << "x"; }),
                             ("cannot write " + path + ": No such file or directory").c_str(),
                             std::runtime_error);
        CHECK(dir.entries().empty());
    }
    SUBCASE("the target is a directory") {
        fs::create_directory(dir.path / "out.json");
        const std::string path = (dir.path / "out.json").string();
        CHECK_THROWS_WITH_AS(write_output(path, [](std::ostream& out) { out << "x"; }),
                             doctest::Contains(("cannot write " + path).c_str()), std::runtime_error);
        CHECK(fs::is_directory(path));
        CHECK(dir.entries() == std::vector<std::string>{"out.json"});
    }
    SUBCASE("the directory is not writable") {
        const fs::path locked = dir.path / "locked";
        fs::create_directory(locked);
        spit(locked / "out.json", "old");
        fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
        if (::access(locked.c_str(), W_OK) == 0) {
            MESSAGE("skipped: permissions do not bind this user (root?)");
        } else {
            const std::string path = (locked / "out.json").string();
            CHECK_THROWS_WITH_AS(write_output(path, [](std::ostream& out) { out << "x"; }),
                                 ("cannot write " + path + ": Permission denied").c_str(),
                                 std::runtime_error);
        }
        fs::permissions(locked, fs::perms::owner_all);
        CHECK(slurp(locked / "out.json") == "old");
        CHECK(std::distance(fs::directory_iterator(locked), fs::directory_iterator()) == 1);
    }
}

TEST_CASE("the bundled report round-trips through GraphML, DOT and networkx with every node and edge") {
    diagnostics warnings;
    const corpus c = build_corpus({import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings)});
    const corpus_assessment a = assess(c, {});
    REQUIRE(boost::num_vertices(c.graph()) > 300);

    SUBCASE("GraphML read back with pugixml") {
        std::ostringstream out;
        write_graphml(out, c, a);
        pugi::xml_document xml;
        REQUIRE(xml.load_string(out.str().c_str()));
        const pugi::xml_node graph = xml.child("graphml").child("graph");
        std::set<std::string> ids;
        for (pugi::xml_node node : graph.children("node")) ids.insert(node.attribute("id").value());
        std::set<std::tuple<std::string, std::string, std::string>> edges;
        for (pugi::xml_node edge : graph.children("edge"))
            edges.emplace(edge.attribute("source").value(), edge.attribute("target").value(),
                          data_of(edge, "edge_kind"));
        CHECK(ids.size() == boost::num_vertices(c.graph()));
        CHECK(ids == graph_ids(c));
        CHECK(edges.size() == boost::num_edges(c.graph()));
        CHECK(edges == graph_edges(c));
    }
    SUBCASE("DOT read back with cgraph") {
        std::ostringstream out;
        write_dot(out, c, a);
        cgraph_ptr g(agmemread(out.str().c_str()));
        REQUIRE(g != nullptr);
        // Every vertex and the legend.
        CHECK(static_cast<std::size_t>(agnnodes(g.get())) == boost::num_vertices(c.graph()) + 1);
        CHECK(static_cast<std::size_t>(agnedges(g.get())) == boost::num_edges(c.graph()));
    }
    SUBCASE("GraphML loaded by networkx") {
        const temp_dir dir;
        const fs::path file = dir.path / "mali.graphml";
        write_output(file.string(), [&](std::ostream& out) { write_graphml(out, c, a); });
        const json result = run_python(dir, R"j(
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
kinds = {}
for _, d in g.nodes(data=True):
    kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "kinds": kinds,
                  "r25": g.nodes["d1:r25"]}))
)j", file);
        CHECK(result["nodes"] == boost::num_vertices(c.graph()));
        CHECK(result["edges"] == boost::num_edges(c.graph()));
        CHECK(result["kinds"]["reference"] == 80);
        CHECK(result["kinds"]["claim"] == c.documents[0].claims.size());
        CHECK(result["r25"]["date"] == "2018-06-28");
        CHECK(result["r25"]["stale"] == true);
    }
}

// n copies of the bundled report as one corpus.
corpus copies_of_mali(int n) {
    diagnostics warnings;
    const std::string mali = std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt";
    std::vector<document> documents;
    for (int i = 0; i < n; ++i) documents.push_back(import_file(mali, "", warnings));
    return build_corpus(std::move(documents));
}

// GraphML elements are printed on every core, 256 to a run and 32 runs at a time, the edges
// as the out-edges of each run's vertices; thirty copies of the report make more nodes, and
// more edges, than one batch holds.
TEST_CASE("GraphML of a large corpus lists nodes in vertex order and edges in Boost's order") {
    const corpus c = copies_of_mali(30);
    const corpus_assessment a = assess(c, {});
    const citation_graph& g = c.graph();
    REQUIRE(boost::num_vertices(g) > 32 * 256);
    REQUIRE(boost::num_edges(g) > 32 * 256);

    // Every other vertex kept, so runs also skip vertices and the edges between them.
    for (const bool every_other : {false, true}) {
        CAPTURE(every_other);
        vertex_filter keep;
        if (every_other)
            for (vertex v = 0; v < boost::num_vertices(g); ++v) keep.push_back(v % 2 == 0);
        std::ostringstream out;
        write_graphml(out, c, a, keep);
        pugi::xml_document xml;
        REQUIRE(xml.load_string(out.str().c_str()));
        const pugi::xml_node graph = xml.child("graphml").child("graph");

        std::vector<std::string> written_nodes, expected_nodes;
        for (pugi::xml_node node : graph.children("node")) written_nodes.push_back(node.attribute("id").value());
        for (vertex v = 0; v < boost::num_vertices(g); ++v)
            if (keep.empty() || keep[v]) expected_nodes.push_back(c.vertex_id(v));
        CHECK(written_nodes == expected_nodes);

        std::vector<std::pair<std::string, std::string>> written_edges, expected_edges;
        for (pugi::xml_node edge : graph.children("edge"))
            written_edges.emplace_back(edge.attribute("source").value(), edge.attribute("target").value());
        for (auto e : boost::make_iterator_range(boost::edges(g))) {
            const vertex from = boost::source(e, g), to = boost::target(e, g);
            if (keep.empty() || (keep[from] && keep[to])) expected_edges.emplace_back(c.vertex_id(from), c.vertex_id(to));
        }
        CHECK(written_edges == expected_edges);
        CHECK(!written_edges.empty());
    }
}

// The JSON writer dumps documents' items on every core, 16 documents at a time.
TEST_CASE("JSON of a large corpus lists documents, references and claims in the graph's order") {
    const corpus c = copies_of_mali(40);
    const corpus_assessment a = assess(c, {});
    const citation_graph& g = c.graph();
    // Every third document left out whole, and of the rest every other claim and reference.
    vertex_filter keep(boost::num_vertices(g), true);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        if (doc % 3 == 1) keep[c.document_vertex(doc)] = false;
        for (std::size_t i = 0; i < c.documents[doc].claims.size(); i += 2) keep[c.claim_vertex(doc, i)] = false;
        for (std::size_t i = 0; i < c.documents[doc].references.size(); i += 2)
            keep[c.reference_vertex(doc, i)] = false;
    }
    std::ostringstream out;
    write_json(out, c, a, keep);
    const json written = json::parse(out.str());

    std::vector<std::string> documents, expected_documents;
    std::vector<std::string> items, expected_items;
    for (const json& d : written["documents"]) {
        documents.push_back(d["id"]);
        for (const json& r : d["references"])
            items.push_back(d["id"].get<std::string>() + " r" + std::to_string(r["number"].get<int>()));
        for (const json& cl : d["claims"]) items.push_back(cl["id"]);
    }
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        if (!keep[c.document_vertex(doc)]) continue;
        const std::string id = c.vertex_id(c.document_vertex(doc));
        expected_documents.push_back(id);
        for (std::size_t i = 0; i < c.documents[doc].references.size(); ++i)
            if (keep[c.reference_vertex(doc, i)])
                expected_items.push_back(id + " r" + std::to_string(c.documents[doc].references[i].number));
        for (std::size_t i = 0; i < c.documents[doc].claims.size(); ++i)
            if (keep[c.claim_vertex(doc, i)]) expected_items.push_back(c.vertex_id(c.claim_vertex(doc, i)));
    }
    CHECK(documents.size() == 27);
    CHECK(documents == expected_documents);
    CHECK(items == expected_items);
}

TEST_CASE("triage hashes only what a suppression or baseline compares, and hash_of gives the same hashes") {
    diagnostics warnings;
    const corpus c = build_corpus({import_file(std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt", "", warnings)});
    const corpus_assessment a = assess(c, {});
    const triaged_findings plain = triage(c, a, acknowledgements{});
    acknowledgements ack;
    ack.suppressions.push_back({"", "000000000000", "", "matches nothing", date{}, "citegraph.toml", {1, 1}});
    ack.baseline.emplace();
    const triaged_findings full = triage(c, a, ack);
    REQUIRE(plain.findings.size() == full.findings.size());
    REQUIRE(!plain.findings.empty());
    // The first finding, d1:c33, with the hash README's citegraph.toml example suppresses.
    CHECK(plain.keys.empty());
    REQUIRE(full.keys.size() == full.findings.size());
    CHECK(full.keys[0].hash == "4f49f184cc3e");
    CHECK(hash_of(c, plain, 0) == "4f49f184cc3e");
    for (std::size_t i = 0; i < plain.findings.size(); ++i) {
        CAPTURE(i);
        CHECK(full.keys[i].hash.size() == 12);
        CHECK(full.keys[i].fingerprint.size() == 16);
        CHECK(hash_of(c, plain, i) == full.keys[i].hash);
        CHECK(fingerprint_of(c, plain, i) == full.keys[i].fingerprint);
        CHECK(fingerprint_of(c, full, i) == finding_fingerprint(c, full.findings[i].f));
    }
}

TEST_CASE("text_hash folds whitespace, whether the text comes folded or not") {
    // SHA-256 of "Children work in mines." begins d6a790e6d2c5; spaces, tabs and line breaks in
    // runs, or at either end, hash as the one space or nothing folding leaves.
    const std::string folded = text_hash("Children work in mines.");
    CHECK(folded == "d6a790e6d2c5");
    CHECK(folded == text_hash("  Children\twork  in\n\nmines. "));
    CHECK(folded == text_hash("Children work\r\nin mines."));
    CHECK(folded != text_hash("Children workin mines."));
    CHECK(text_hash("") == "e3b0c44298fc");  // the empty text's digest
    CHECK(text_hash(" \t\n") == text_hash(""));
    CHECK(text_hash("a b") == "c8687a08aa5d");
    CHECK(text_hash("a  b") == "c8687a08aa5d");
    CHECK(text_hash("a\vb") == "c8687a08aa5d");
}

}  // TEST_SUITE("exports")

TEST_CASE("GraphML gives claims and references one status to colour by, and stale_upstream") {
    diagnostics warnings;
    const std::string data = CITEGRAPH_TEST_DATA;
    const std::string chain = data + "/provenance/chain/";
    for (const std::vector<std::string>& inputs :
         {std::vector<std::string>{data + "/usdol-mali-2021.txt"},
          std::vector<std::string>{chain + "basin-review.html", chain + "groundwater-survey.nxml",
                                   chain + "regional-summary.md"}}) {
        const std::string input = inputs.front();
        CAPTURE(input);
        std::vector<document> documents;
        for (const std::string& path : inputs) documents.push_back(import_file(path, "", warnings));
        const corpus c = build_corpus(std::move(documents));
        const corpus_assessment a = assess(c, {});
        std::ostringstream out;
        write_graphml(out, c, a);
        pugi::xml_document graphml;
        REQUIRE(graphml.load_string(out.str().c_str()));
        auto key_of = [&](const char* name) {
            return std::string(graphml.select_node(("//*[local-name()='key'][@attr.name='" + std::string(name) + "']").c_str())
                                   .node().attribute("id").value());
        };
        const std::string status = key_of("status"), verdict = key_of("verdict"), upstream = key_of("stale_upstream");
        REQUIRE(!status.empty());
        std::map<std::string, int> statuses;
        int upstream_true = 0;
        for (const pugi::xpath_node& n : graphml.select_nodes("//*[local-name()='node']")) {
            std::string node_status, node_verdict;
            for (pugi::xml_node d : n.node().children()) {
                const std::string key = d.attribute("key").value();
                if (key == status) node_status = d.child_value();
                if (key == verdict) node_verdict = d.child_value();
                if (key == upstream && std::string(d.child_value()) == "true") ++upstream_true;
            }
            if (!node_verdict.empty()) CHECK(node_status == node_verdict);  // a claim's status is its verdict
            else if (!node_status.empty()) ++statuses[node_status];
        }
        std::map<std::string, int> expected;
        int expected_upstream = 0;
        for (const document_assessment& da : a.documents)
            for (const reference_assessment& ra : da.references) {
                ++expected[ra.stale ? "stale" : ra.stale_upstream ? "stale-upstream" : ra.flags.in_force ? "in-force"
                           : ra.flags.undated ? "undated" : "current"];
                expected_upstream += ra.stale_upstream;
            }
        CHECK(statuses == expected);
        CHECK(upstream_true == expected_upstream);
        if (input.find("chain") != std::string::npos) CHECK(statuses["stale-upstream"] >= 1);
        else CHECK(statuses["stale"] == 41);
    }
}

TEST_CASE("JSON and GraphML say how each document's text calls out its references") {
    diagnostics warnings;
    const std::string data = CITEGRAPH_TEST_DATA;
    const corpus c = build_corpus({import_file(data + "/usdol-mali-2021.txt", "", warnings),
                                   import_file(data + "/footnoted/gao-06-282-breastfeeding.txt", "", warnings),
                                   import_file(data + "/jats-bmc-microbiology-2011.nxml", "", warnings)});
    const corpus_assessment a = assess(c, {});
    std::ostringstream json_out;
    write_json(json_out, c, a);
    const json j = json::parse(json_out.str());
    CHECK(j["documents"][0]["callout_style"] == "parenthesis");
    CHECK(j["documents"][1]["callout_style"] == "superscript");
    CHECK(j["documents"][2]["callout_style"] == "markup");
    std::ostringstream graphml_out;
    write_graphml(graphml_out, c, a);
    pugi::xml_document graphml;
    REQUIRE(graphml.load_string(graphml_out.str().c_str()));
    const std::string key = graphml.select_node("//*[local-name()='key'][@attr.name='callout_style']")
                                .node().attribute("id").value();
    REQUIRE(!key.empty());
    std::vector<std::string> styles;
    for (const pugi::xpath_node& d : graphml.select_nodes(("//*[local-name()='data'][@key='" + key + "']").c_str()))
        styles.push_back(d.node().child_value());
    CHECK(styles == std::vector<std::string>{"parenthesis", "superscript", "markup"});
}

TEST_CASE("the exports carry each document's identity, reference ids, DOIs, dates and full entries") {
    diagnostics warnings;
    const std::string data = CITEGRAPH_TEST_DATA;
    const corpus c = build_corpus({import_file(data + "/wikipedia-duck.html", "", warnings),
                                   import_file(data + "/jats-plosone-2020-dairy-lca.nxml", "", warnings)});
    const corpus_assessment a = assess(c, {});
    std::ostringstream json_out;
    write_json(json_out, c, a);
    const json j = json::parse(json_out.str());
    const json& duck = j["documents"][0];
    CHECK(duck["format"] == "html");
    CHECK(duck["url"] == "https://en.wikipedia.org/wiki/Duck");
    CHECK(duck["published"] == "2024-09-21");
    CHECK(duck["citation_style"] == "numbered");
    CHECK(duck["callout_style"] == "markup");
    REQUIRE(duck["bibliography"].size() == c.documents[0].bibliography.size());
    CHECK(duck["bibliography"].size() == 20);
    // Every short note names the full entries it points to, and they exist.
    std::size_t linked = 0;
    for (const json& r : duck["references"]) {
        for (const json& entry : r["full_entries"]) {
            CHECK(entry.get<std::size_t>() < duck["bibliography"].size());
            ++linked;
        }
        CHECK(r["id"].get<std::string>().starts_with("cite_note-"));
    }
    CHECK(linked >= 28);

    const json& plos = j["documents"][1];
    CHECK(plos["format"] == "jats");
    CHECK(plos["doi"] == "10.1371/journal.pone.0234687");
    const document& plos_doc = c.documents[1];
    REQUIRE(plos["references"].size() == plos_doc.references.size());
    for (std::size_t i = 0; i < plos_doc.references.size(); ++i) {
        const reference& r = plos_doc.references[i];
        CAPTURE(r.number);
        CHECK(plos["references"][i]["doi"] == (r.doi.empty() ? json(nullptr) : json(r.doi)));
        CHECK(plos["references"][i]["dates"].size() == r.dates.size());
    }

    std::ostringstream graphml_out;
    write_graphml(graphml_out, c, a);
    pugi::xml_document graphml;
    REQUIRE(graphml.load_string(graphml_out.str().c_str()));
    const auto doi_of_plos = graphml.select_node("//node[@id='d2']/data[@key='doi']");
    REQUIRE(doi_of_plos);
    CHECK(std::string(doi_of_plos.node().child_value()) == "10.1371/journal.pone.0234687");
    CHECK(graphml.select_nodes("//node/data[@key='full_entry']").size() >= 28);
}
