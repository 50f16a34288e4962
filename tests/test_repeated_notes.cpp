// Notes that repeat a source named before them: "Ibid.", "Id. at 5", "supra note 3".
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "command.hpp"
#include "importers/common/repeated_notes.hpp"

using namespace citegraph;
using citegraph::testing::scratch_dir;

TEST_SUITE("repeated notes") {

TEST_CASE("a note repeats a source when it opens with Ibid., Id. or a pointer to an earlier note") {
    for (std::string_view text : {"Ibid.", "Ibid., p. 4.", "ibid", "IBID., 12-14.", "See ibid.", "Id. at 5.",
                                  "See id. at 2."}) {
        CAPTURE(text);
        const auto note = read_repeated_note(text);
        REQUIRE(note.has_value());
        CHECK(note->previous);
    }
    for (std::string_view text : {"Supra note 3.", "See supra note 3, at 12.", "See note 3 above.",
                                  "Note 3, supra, p. 7."}) {
        CAPTURE(text);
        const auto note = read_repeated_note(text);
        REQUIRE(note.has_value());
        CHECK(!note->previous);
        CHECK(note->number == 3);
    }
    for (std::string_view text : {"Ibidem Press, Stuttgart, 2004.", "Identity theft rose 4%.", "Note that the data",
                                  "See note 3 for the method.", "Supra Court records, 1999.", "See the report."}) {
        CAPTURE(text);
        CHECK(!read_repeated_note(text).has_value());
    }
}

TEST_CASE("a footnoted report's Ibid. and supra notes rest on the source they repeat") {
    // As pdftotext prints a report's pages: notes at the foot, called out by flattened
    // superscripts.
    const std::string report =
        "Federal grants reached $500 billion in 2005.1 Most went to health.2 Health grants\n"
        "grew fastest.3 States spent them within two years.4\n\n"
        "1 Office of Management and Budget, Analytical Perspectives, Budget of the United States\n"
        "Government, Fiscal Year 2007 (Washington, D.C.: February 2006), https://www.whitehouse.gov/omb.\n"
        "2 Ibid., p. 92.\n"
        "3 Id. at 95.\n"
        "4 See supra note 1, at 101.\n";
    scratch_dir dir;
    const std::filesystem::path path = dir.path / "report.txt";
    std::ofstream(path) << report;
    diagnostics warnings;
    const document doc = import_file(path.string(), "", warnings);
    REQUIRE(doc.references.size() == 4);
    const reference& source = doc.references[0];
    CHECK(source.published.year == 2006);
    CHECK(!source.urls.empty());
    for (std::size_t i = 1; i < 4; ++i) {
        CAPTURE(doc.references[i].text);
        CHECK(doc.references[i].number == static_cast<int>(i) + 1);
        CHECK(doc.references[i].published == source.published);
        CHECK(doc.references[i].urls == source.urls);
        CHECK(doc.references[i].kind == source.kind);
    }
    CHECK(doc.references[1].text == "Ibid., p. 92.");
}

TEST_CASE("a repeated note pointing nowhere keeps what it has") {
    std::vector<reference> notes(3);
    notes[0].number = 1;
    notes[0].text = "Ibid.";  // nothing before it
    notes[1].number = 2;
    notes[1].text = "Supra note 9.";  // no note 9
    notes[1].published = make_date(2001);
    notes[2].number = 3;
    notes[2].text = "See note 3 above.";  // itself
    notes[2].published = make_date(2003);
    resolve_repeated_notes(notes);
    CHECK(notes[0].published == date{});
    CHECK(notes[1].published == make_date(2001));
    CHECK(notes[2].published == make_date(2003));
}

}  // TEST_SUITE
