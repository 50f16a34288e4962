// Tests for importers/common: dates as journal articles (Vancouver, PMC), GROBID, Markdown
// conversions and Wikipedia print them, and what in those entries is not a date.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "text/date_scanner.hpp"
#include "text/month_names.hpp"
#include "importers/common/reference_details.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

using strings = std::vector<std::string>;

// "ISO" for each date find_dates sees, "ISO role" when a label gives it a role.
strings dated(std::string_view text) {
    strings out;
    for (const found_date& d : find_dates(text)) {
        std::string item = to_iso(d.value);
        if (d.role != date_role::none) item += " " + std::string(to_string(d.role));
        out.push_back(item);
    }
    return out;
}

// "ISO role" for every date of a reference entry, as fill_from_text records them.
strings entry_dates(std::string_view text) {
    reference r;
    r.text = text;
    fill_from_text(r);
    strings out;
    for (const role_date& d : r.dates) out.push_back(to_iso(d.value) + " " + std::string(to_string(d.role)));
    return out;
}

// The entries of the Markdown conversion's "## References" section: "- [n] " starts one;
// lines up to the next entry continue it (the conversion splits some entries into list items).
strings markdown_references(const std::string& path) {
    std::ifstream in(path);
    strings entries;
    std::string line;
    bool in_list = false;
    while (std::getline(in, line)) {
        if (line.starts_with("## ")) in_list = line == "## References";
        if (!in_list || line.empty() || line.starts_with("## ")) continue;
        if (line.starts_with("- [")) entries.push_back(line.substr(line.find(']') + 2));
        else if (!entries.empty()) entries.back() += " " + line.substr(line.starts_with("- ") ? 2 : 0);
    }
    return entries;
}

}  // namespace

TEST_SUITE("date_styles") {

TEST_CASE("A Vancouver year before volume and page is the year, never the volume or page") {
    CHECK(dated("J Neuroeng Rehabil. 2016;13:22.") == strings{"2016"});
    CHECK(dated("Journal. 2016;13:22") == strings{"2016"});
    CHECK(dated("Nature 2015;521:1998-2005.") == strings{"2015"});
    CHECK(dated("Nature 2015;521:1998–2012.") == strings{"2015"});
    CHECK(dated("Nat Clim Chang. 2016;6: 452–461. 10.1038/nclimate2925") == strings{"2016"});
    CHECK(dated("Energies. 2018;11 10.3390/en11061412") == strings{"2018"});
    CHECK(dated("J Neuroeng Rehabil. 2016 13:22.") == strings{"2016"});
    CHECK(dated("Sci. 2016;13(1):2011.") == strings{"2016"});
    CHECK(dated("Plos One. 2020;15(6):e0234687.") == strings{"2020"});
    CHECK(dated("Report 2016 13:22 and more").empty());  // no segment start, no semicolon
}

TEST_CASE("A year glued to its volume reads as the year when volume and page follow") {
    CHECK(dated("BMC Med. 201613:46.") == strings{"2016"});
    CHECK(dated("J Neuroeng Rehabil 201613(1):22") == strings{"2016"});
    CHECK(dated("Nature. 2015521:1998") == strings{"2015"});
    CHECK(dated("Run 201613 of the trial.").empty());
    CHECK(dated("Sample 123456:78.").empty());
    CHECK(dated("Code 20161312345:46.").empty());
}

TEST_CASE("Journal styles date the entry by its year, never by volume, issue or pages") {
    CHECK(dated("Smith J. Title. Journal 13, no. 1 (2016): 22–30.") == strings{"2016"});                // Chicago
    CHECK(dated("A. Author, \"Title,\" IEEE Trans., vol. 13, no. 1, pp. 22–30, Jan. 2016.") ==
          strings{"2016-01"});                                                                          // IEEE
    CHECK(dated("Smith, John. \"Title.\" Journal, vol. 13, no. 1, 2016, pp. 22-30.") == strings{"2016"});  // MLA
    CHECK(dated("LeCun Y, et al. Deep learning. Nature 521, 436–444 (2015).") == strings{"2015"});      // Nature
    CHECK(dated("Smith, J., 2019. Title. Publisher.") == strings{"2019"});                              // Harvard
    CHECK(dated("De Marchis C, et al. J Neuroeng Rehabil 2016; 13: 22.") == strings{"2016"});
    CHECK(dated("J Neuroeng Rehabil. 2016;13:22. Published online 2016 Mar 3. doi: 10.1186/s12984-016-0129-6") ==
          strings{"2016", "2016-03-03 published"});                                                      // PMC
}

TEST_CASE("Physics and book styles: the year between volume and page, after the publisher, glued to a comma") {
    CHECK(dated("Lesgourgues J. and Pastor S. Physics Reports 429 (2006) 307 \xE2\x80\x93 379.") == strings{"2006"});
    CHECK(dated("B\xC3\xB6hmer C. G., and Harko T. JCAP06(2007)025, [astroph/0705.4158v4].") == strings{"2007"});
    CHECK(dated("Kolb E. W., and Turner M. S. The Early Universe (AddisonWesley, 1990).") == strings{"1990"});
    CHECK(dated("Matos T. Class.Quant.Grav.17:L9L16,2000, [gr-qc/9810028].") == strings{"2000"});
    // Not years: a resolution's number, a count in parentheses, a five-digit run.
    CHECK(dated("resolution 2374 (2017) on Mali").empty());
    CHECK(dated("Table (sample of 12, 2019) shows").empty());
    CHECK(dated("Code 1,20001, and so on.").empty());
}

TEST_CASE("Vancouver year-month dates and cited dates are read") {
    CHECK(dated("Lancet. 2016 Mar 5;387(10022):951-60.") == strings{"2016-03-05"});
    CHECK(dated("Lancet. 2016 Mar;387(10022):951-60.") == strings{"2016-03"});
    CHECK(dated("Health Aff. 2019 Mar-Apr;38(2):1.") == strings{"2019-03"});
    CHECK(dated("Available from: http://a.org/x [cited 2016 Jan 12].") == strings{"2016-01-12 accessed"});
    CHECK(dated("in 2016 March for Science").empty());
}

TEST_CASE("A lower-case month abbreviation before a year is a month, a lower-case word is not") {
    CHECK(dated("dec 2015") == strings{"2015-12"});
    CHECK(dated("Bulletin. dec 2015.") == strings{"2015-12"});
    CHECK(dated("Report, mar 2019.") == strings{"2019-03"});
    CHECK(dated("Workers who march 2019 times").empty());
    CHECK(dated("Findings that may 2017 change").empty());
}

TEST_CASE("A month name is the whole word, accented letters and all") {
    CHECK(dated("Rapport, Février 2019.") == strings{"2019-02"});
    CHECK(dated("Rapport, Août 2019.") == strings{"2019-08"});
    CHECK(dated("Rapport, Juneé 2019.") == strings{"2019"});
    CHECK(dated("Rapport, Maiéutica 2019.") == strings{"2019"});
    CHECK(dated("Report, Junes 2019.") == strings{"2019"});
    CHECK(dated("Report, June\xE2\x80\x93July 2019.") == strings{"2019-06"});
}

TEST_CASE("A numeric month before a year is read after a label or zero-padded alone") {
    CHECK(dated("Accessed 01 2022") == strings{"2022-01 accessed"});
    CHECK(dated("Retrieved 11 2021.") == strings{"2021-11 accessed"});
    CHECK(dated("Accessed 01/2022.") == strings{"2022-01 accessed"});
    CHECK(dated("Data portal. 03 2021.") == strings{"2021-03"});
    CHECK(dated("Data portal. 13 2021.").empty());
    CHECK(dated("Issue 12 2020 of the series").empty());
    CHECK(dated("Photo 05/2022.").empty());
}

TEST_CASE("Wikipedia dates keep their roles: published, archived and accessed") {
    // wikipedia-duck.html, note 18 and the Sources list.
    CHECK(entry_dates("\"Study plan for waterfowl injury assessment: Determining PCB concentrations in Hudson "
                      "river resident waterfowl\" (PDF). New York State Department of Environmental Conservation. "
                      "US Department of Commerce. December 2008. p. 3. Archived (PDF) from the original on "
                      "2022-10-09. Retrieved 2 July 2019.") ==
          strings{"2008-12 published", "2022-10-09 archived", "2019-07-02 accessed"});
    CHECK(entry_dates("Donne-Goussé, Carole; Laudet, Vincent; Hänni, Catherine (July 2002). \"A molecular "
                      "phylogeny of Anseriformes based on mitochondrial DNA analysis\". Molecular Phylogenetics "
                      "and Evolution. 23 (3): 339–356. Bibcode:2002MolPE..23..339D. "
                      "doi:10.1016/S1055-7903(02)00019-2. PMID 12099792.") == strings{"2002-07 published"});
    CHECK(entry_dates("Dohner, Janet Vorwald (2001). The Encyclopedia of Historic and Endangered Livestock and "
                      "Poultry Breeds. Yale University Press. ISBN 978-0300138139.") == strings{"2001 published"});
    CHECK(entry_dates("American Ornithologists' Union (1998). Checklist of North American Birds (PDF). "
                      "Washington, DC: American Ornithologists' Union. ISBN 978-1-891276-00-2. Archived (PDF) "
                      "from the original on 2022-10-09.") == strings{"1998 published", "2022-10-09 archived"});
    CHECK(dated("Archived from the original (PDF) on 2022-10-09.") == strings{"2022-10-09 archived"});
    CHECK(dated("Archived on 9 October 2022.") == strings{"2022-10-09 archived"});
    CHECK(dated("Retrieved 3 March 2022.") == strings{"2022-03-03 accessed"});
    CHECK(dated("Retrieved September 9, 2021.") == strings{"2021-09-09 accessed"});
    CHECK(dated("Smith (2013-09-03). Title. Retrieved 2006-11-02.") == strings{"2013-09-03", "2006-11-02 accessed"});
}

TEST_CASE("A parenthesised year dates the entry only when it closes its segment") {
    CHECK(dated("Carver, Heather (2011). The Duck Bible.") == strings{"2011"});
    CHECK(dated("Kear, Janet, ed. (2005), Ducks") == strings{"2005"});
    CHECK(dated("(July 2002)") == strings{"2002-07"});
    CHECK(dated("resolution 2374 (2017) on Mali").empty());
    CHECK(dated("Labour Convention (1930) applies").empty());
}

TEST_CASE("Ordinal day suffixes are read") {
    CHECK(dated("accessed June 2nd, 2017") == strings{"2017-06-02 accessed"});
    CHECK(dated("Posted March 1st, 2019.") == strings{"2019-03-01"});
    CHECK(dated("Posted April 3rd 2019.") == strings{"2019-04-03"});
    CHECK(dated("the 21st of June") .empty());
    CHECK(dated("June 2nds, 2017") == strings{"2017"});  // the year alone
}

TEST_CASE("DOIs and identifiers hold no dates") {
    CHECK(dated("J Neurosci Methods. 2015;250:1-5. 10.1016/j.jneumeth.2015.03.012") == strings{"2015"});
    CHECK(dated("doi:10.1186/1743-0003-13-22").empty());
    CHECK(dated("DOI: 10.1234/2019-01-02.").empty());
    CHECK(dated("See https://doi.org/10.1016/j.x.2019.01.002, 2019.") == strings{"2019"});
    CHECK(dated("ISBN 978-0-691-11359-0").empty());
    CHECK(dated("ISBN 0-19-850673-4").empty());
    CHECK(dated("ISBN-13: 978-1-4051-8947-7.").empty());
    CHECK(dated("Records. OCLC: 1999.").empty());
    CHECK(dated("PMID: 2019. Title.").empty());
    CHECK(dated("arXiv:2106.10598 , 2021.") == strings{"2021"});
    CHECK(dated("arXiv preprint, 2021.") == strings{"2021"});
    CHECK(dated("hdl:10315/13797. Bibcode:2002MolPE..23..339D.").empty());
}

TEST_CASE("Pages and volumes are not years") {
    CHECK(dated("Title. pp. 1998-2005.").empty());
    CHECK(dated("Proceedings, pages 2001–2010, 2019.") == strings{"2019"});
    CHECK(dated("Book. p. 2001.").empty());
    CHECK(dated("Journal, vol. 2019, pp. 1-3.").empty());
    CHECK(dated("Journal. Volume 2019.").empty());
    CHECK(dated("Sci. 13(1):2011.").empty());
    CHECK(dated("Naval research logistics quarterly , 2(1-2):83-97, 1955. 6") == strings{"1955"});
}

TEST_CASE("Day ranges give their first day and month ranges their first month") {
    CHECK(dated("Meeting. June 9–10, 2020.") == strings{"2020-06-09"});
    CHECK(dated("Meeting. June 9-10 2020.") == strings{"2020-06-09"});
    CHECK(dated("Meeting, 9–10 June 2020.") == strings{"2020-06-09"});
    CHECK(dated("Workshop, 30th–31st March 2021.") == strings{"2021-03-30"});
    CHECK(dated("Newsletter. May–June 2019.") == strings{"2019-05"});
    CHECK(dated("Meeting. June 9–2020.").empty());
    CHECK(dated("Meeting. June 9–100, 2020.") == strings{"2020"});  // the year alone
}

TEST_CASE("Slashed year-month-day dates are read and impossible days are not") {
    CHECK(dated("Posted 2017/06/30.") == strings{"2017-06-30"});
    CHECK(dated("Posted 2017/6/3.") == strings{"2017-06-03"});
    CHECK(dated("2017/13/01 2017/02/30 2017/06 2017/06/300").empty());
    CHECK(dated("Report. S/2017/06/30.").empty());
}

TEST_CASE("A year followed by a DOI, URL, Available or pages closes its segment") {
    // jats-plosone-2020-dairy-lca.nxml, references 10, 20, 21, 25 and 26.
    CHECK(dated("Salou T, Le Mouël C, van der Werf HMG. Environmental impacts of dairy system intensification: "
                "the functional unit matters! J Clean Prod. 2017 10.1016/j.jclepro.2016.05.019") == strings{"2017"});
    CHECK(dated("NRC. Nutrient Requirements of Dairy Cattle. 7th ed. Washington DC: National Academy Press; 2001.") ==
          strings{"2001"});
    CHECK(dated("INRA. INRA Feeding System for Ruminants. Noizère P, Sauvant D, Delaby L, editors. Wageningen: "
                "Wageningen Academic Publishiers; 2018 10.3920/978-90-8686-872-8") == strings{"2018"});
    CHECK(dated("Rome, Italy: FAO; 2016 Available: http://www.fao.org/partnerships/leap/resources/guidelines/en/") ==
          strings{"2016"});
    CHECK(dated("7th Greenhouse Gas and Animal Agriculture Conference,. Foz do Iguaçu; 2019 pp. 141–141.") ==
          strings{"2019"});
    CHECK(dated("ISO 14044. INTERNATIONAL STANDARD—Environmental management. 2006;2006: 46.") == strings{"2006"});
    CHECK(dated("Climate Change 2014 Synthesis Report").empty());
    CHECK(dated("Tables. 2017 edition of the guide").empty());
}

TEST_CASE("A year ending an entry after volume and issue numbers is read") {
    // tei-grobid-jner-2016-fes.tei.xml: a biblStruct's text with its markup removed.
    CHECK(dated("Functional electrical stimulation D Rushton Physiol Meas 18 4 1997") == strings{"1997"});
    CHECK(dated("M L Van Der Linden PLoS One 9 8 103368 2014") == strings{"2014"});
    CHECK(dated("Agenda 2030").empty());
    CHECK(dated("EUROCON 2009, EUROCON'09 New York City IEEE 2009").empty());
    CHECK(dated("Report 1234567 2014").empty());
}

TEST_CASE("Every date of an entry keeps its precision and the role its label or kind gives") {
    CHECK(entry_dates("Karl Mathiesen (16 March 2015). \"Don't feed the ducks bread, say conservationists\". The "
                      "Guardian. Retrieved 13 November 2016.") ==
          strings{"2015-03-16 published", "2016-11-13 accessed"});
    CHECK(entry_dates("Gov. Arrêté du 4 février 2009. Enacted: February 4, 2009.") ==
          strings{"2009-02-04 enacted", "2009-02-04 enacted"});
    CHECK(entry_dates("Congress. Trafficking Victims Protection Act. 2000.") == strings{"2000 enacted"});
    CHECK(entry_dates("Smith, Ann. Email to the author. May 2, 2020. Accessed May 3, 2020.") ==
          strings{"2020-05-02 communicated", "2020-05-03 accessed"});
    CHECK(entry_dates("ILO. Analysis of Surveys. Original data, 2015. Analysis received March 2022.") ==
          strings{"2015 published", "2022-03 communicated"});
    CHECK(entry_dates("Just some words").empty());

    reference r;
    r.text = "\"FAOSTAT\". www.fao.org. Retrieved 2019-10-25.";
    fill_from_text(r);
    CHECK(to_iso(r.published) == "2019-10-25");
    CHECK(r.role == date_role::accessed);
    REQUIRE(r.dates.size() == 1);
    CHECK(r.dates[0] == role_date{make_date(2019, 10, 25), date_role::accessed});
}

TEST_CASE("The TableFormer reference list gets every year it prints") {
    strings entries = markdown_references(std::string(CITEGRAPH_TEST_DATA) + "/md-arxiv-2203.01017-tableformer.md");
    REQUIRE(entries.size() == 38);
    // Read off each entry by hand; 7 names no year ("(SDAIR'95)" is a conference name).
    const strings expected = {
        "2020", "2019", "2014", "2019-04", "2005", "2013", "",     "2021", "2017-10", "2021",
        "1999", "2003", "2013", "2021",    "1955", "2013", "2019", "2021", "2021-05", "2021",
        "2019", "2019", "2020", "2019",    "2019", "2017", "2017", "2010", "2019",    "2018",
        "2017", "2015-06", "2019", "2021", "2016", "2021", "2020", "2019",
    };
    for (std::size_t k = 0; k < entries.size(); ++k) {
        CAPTURE(k + 1);
        CAPTURE(entries[k]);
        reference_details details = read_reference_details(entries[k]);
        CHECK(to_iso(details.published) == expected[k]);
    }
}

}  // TEST_SUITE

TEST_CASE("An author-year key opening an entry dates it") {
    // wikipedia-duck.html: a short note; the Sources list and Harvard-style entries.
    CHECK(dated("Carboneras 1992, p. 536.") == strings{"1992"});
    CHECK(dated("World Bank 2019. World Development Report.") == strings{"2019"});
    CHECK(dated("Kear J (ed.) 2005. Ducks, Geese and Swans. Oxford University Press.") == strings{"2005"});
    // Years inside titles, after an event's name in capitals, or not the entry's first number.
    CHECK(dated("Census 2010 results. Washington.").empty());
    CHECK(dated("Newsletter 2017: Special Edition.").empty());
    CHECK(dated("OECD 2019. Outlook.").empty());
    CHECK(dated("Vol 3 issue 2019. Title.").empty());
    CHECK(dated("Vision 2020. Strategic plan. Ministry of Health, 2018.") == strings{"2020", "2018"});
}

TEST_CASE("An access date never dates the work when the entry names another year") {
    // The date of reading, labelled before or after it, is accessed; the work's own year dates it.
    SUBCASE("retrieved, with a comma between month and year") {
        CHECK(entry_dates("World Bank. World Development Indicators. Washington, DC; 2019. Retrieved August, "
                          "2002, from http://example.org/wdi.") ==
              strings{"2019 published", "2002-08 accessed"});
    }
    SUBCASE("cited in brackets") {
        CHECK(entry_dates("Smith J. Child labour in Mali. J Afr Stud. 2015;12:1-9 [cited 1 May 2018].") ==
              strings{"2015 published", "2018-05-01 accessed"});
    }
    SUBCASE("a label after the date") {
        CHECK(entry_dates("Jones K. Fisheries and children. Oxford University Press, 2010. "
                          "http://example.org/b, 4 September 2012, date last accessed.") ==
              strings{"2010 published", "2012-09-04 accessed"});
        CHECK(dated("Report. 2016. Online 2019-05-02 (accessed).") == strings{"2016", "2019-05-02 accessed"});
        CHECK(dated("Seen 3 March 2020, last viewed by the author.") == strings{"2020-03-03 accessed"});
    }
    SUBCASE("the chosen date") {
        reference r;
        r.text = "Jones K. Fisheries and children. Oxford University Press, 2010. http://example.org/b, "
                 "4 September 2012, date last accessed.";
        fill_from_text(r);
        CHECK(to_iso(r.published) == "2010");
        CHECK(r.role == date_role::published);
    }
    SUBCASE("words that are no label leave the date alone") {
        CHECK(dated("Survey of 12 May 2019, accessible to all.") == strings{"2019-05-12"});
    }
}

TEST_CASE("A Harvard year in parentheses between authors and title dates the entry") {
    CHECK(entry_dates("International Union Against Cancer (UICC) (1997) TNM Classification of Malignant "
                      "Tumours. Wiley, New York.") == strings{"1997 published"});
    CHECK(entry_dates("Sobin LH, Wittekind C (2002) TNM classification of malignant tumours. 6th ed.") ==
          strings{"2002 published"});
    // A number before it: a resolution's year in parentheses names the resolution, not the entry's date.
    CHECK(dated("Security Council resolution 2374 (2017) on Mali") == strings{});
}

TEST_CASE("every month name is read in any case, and words that only start like one are not") {
    const std::vector<std::pair<std::string, int>> names = {
        {"January", 1}, {"JAN", 1}, {"janvier", 1}, {"Janv", 1}, {"February", 2}, {"feb", 2}, {"Février", 2},
        {"FÉVR", 2}, {"fev", 2}, {"March", 3}, {"Mar", 3}, {"mars", 3}, {"April", 4}, {"apr", 4}, {"Avril", 4},
        {"avr", 4}, {"May", 5}, {"MAI", 5}, {"June", 6}, {"Jun", 6}, {"juin", 6}, {"July", 7}, {"jul", 7},
        {"Juillet", 7}, {"juil", 7}, {"August", 8}, {"Aug", 8}, {"Août", 8}, {"AOUT", 8}, {"September", 9},
        {"Sep", 9}, {"Sept", 9}, {"septembre", 9}, {"October", 10}, {"oct", 10}, {"Octobre", 10},
        {"November", 11}, {"NOV", 11}, {"novembre", 11}, {"December", 12}, {"dec", 12}, {"Décembre", 12},
    };
    for (const auto& name_and_month : names) {
        const std::string& name = name_and_month.first;  // not a structured binding: CAPTURE copies it into a lambda
        CAPTURE(name);
        CHECK(citegraph::month_from_name(name) == name_and_month.second);
    }
    for (const std::string not_a_month : {"and", "of", "Ministry", "Marchs", "Ju", "Junes", "Ap", "decembres",
                                          "Augusta", "sep.", "", "Octobres", "Novembe", "Maié", "Août2", "Juneé"}) {
        CAPTURE(not_a_month);
        CHECK(citegraph::month_from_name(not_a_month) == 0);
    }
}
