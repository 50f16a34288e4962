// Sources across documents (graph/source_links, graph/source_keys): the keys that make two
// spellings of one work equal, and the grouping of references on the provenance corpora
// and on the real documents of tests/data read together.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/import.hpp"
#include "citegraph/provenance.hpp"
#include "graph/source_keys.hpp"
#include "text/work_titles.hpp"
#include "test_paths.hpp"

using namespace citegraph;

namespace {

const std::string data = CITEGRAPH_TEST_DATA;

// The documents of a folder of tests/data, imported in name order.
std::vector<document> import_folder(const std::string& folder) {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(data + "/" + folder))
        if (entry.path().extension() != ".md" || entry.path().filename() != "README.md")
            paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<document> documents;
    for (const std::string& path : paths) {
        diagnostics warnings;
        documents.push_back(import_file(path, "", warnings));
    }
    return documents;
}

// The index of the document whose path ends with name; fails the test if none does.
std::size_t document_named(const std::vector<document>& documents, const std::string& name) {
    for (std::size_t d = 0; d < documents.size(); ++d)
        if (documents[d].path.ends_with(name)) return d;
    FAIL("no document " << name);
    return 0;
}

// The reference of a document whose text holds part; fails the test if none does.
std::size_t reference_holding(const document& d, const std::string& part) {
    for (std::size_t i = 0; i < d.references.size(); ++i)
        if (d.references[i].text.find(part) != std::string::npos) return i;
    FAIL("no reference holds " << part);
    return 0;
}

const source& source_of(const provenance& links, std::size_t doc, std::size_t ref) {
    return links.sources[links.source_of[doc][ref]];
}

// A reference as an importer makes it from its text alone.
reference entry(const std::string& text) {
    reference r;
    r.text = text;
    r.title = entry_title(text);
    return r;
}

}  // namespace

TEST_SUITE("source links") {

TEST_CASE("DOI keys fold resolver links, the doi: prefix and case") {
    CHECK(doi_key("https://doi.org/10.4060/CA9692EN") == "10.4060/ca9692en");
    CHECK(doi_key("doi:10.4060/ca9692en") == "10.4060/ca9692en");
    CHECK(doi_key("http://dx.doi.org/10.1371/journal.pone.0234687.") == "10.1371/journal.pone.0234687");
    CHECK(doi_key("no identifier") == "");
}

TEST_CASE("URL keys fold scheme, host case, www, port, trailing slash, fragment and tracking") {
    const std::string key = url_key("https://example.org/basin-review");
    CHECK(key == "example.org/basin-review");
    CHECK(url_key("http://WWW.Example.org/basin-review/?utm_source=newsletter&utm_medium=email") == key);
    CHECK(url_key("https://example.org:443/basin-review#summary") == key);
    CHECK(url_key("http://example.org:80/basin-review?fbclid=abc&gclid=def") == key);
    SUBCASE("the path's case and the other parameters stay") {
        CHECK(url_key("https://example.org/Basin-Review") != key);
        CHECK(url_key("https://example.org/page?id=7&utm_campaign=x&lang=en") == "example.org/page?id=7&lang=en");
        CHECK(url_key("https://example.org:8080/basin-review") == "example.org:8080/basin-review");
    }
    SUBCASE("a home page and a DOI link give no key") {
        CHECK(url_key("https://www.worldbank.org/") == "");
        CHECK(url_key("https://doi.org/10.4060/CA9692EN") == "");
        CHECK(url_key("") == "");
    }
}

TEST_CASE("title keys fold case, punctuation, accents and numbers") {
    CHECK(title_key("Résumé des crises alimentaires au Sahel") == "resume des crises alimentaires au sahel");
    CHECK(title_key("RESUME DES CRISES ALIMENTAIRES AU SAHEL.") == "resume des crises alimentaires au sahel");
    CHECK(title_key("Łódź, Ħal Għargħur and Œuvres") == "lodz hal gharghur and oeuvres");
    CHECK(title_key("Global Report on Food Crises 2017") == title_key("Global report on food crises, 2020"));
    CHECK(title_key("2008;42:253–268") == "");
    CHECK(key_words(title_key("Tide Gauge Records, Second Edition")) == 5);
    CHECK(key_word_list(title_key("Tide Gauge Records, Second Edition")) ==
          std::vector<std::string_view>{"tide", "gauge", "records", "second", "edition"});
    CHECK(key_word_list("").empty());
    CHECK(key_words("") == 0);
}

TEST_CASE("an entry's segments have the spaces its removed links leave, tabs and no-break spaces folded") {
    // Short cleaned segments ("A b", "C d") are held inside their strings, which must stay
    // where they were made for the views of them to hold.
    CHECK(entry_segments("A  b. C\td. E  f g. Hi.") == std::vector<std::string>{"A b", "C d", "E f g", "Hi"});
    CHECK(entry_segments("Ministry of Labour. Report on https://example.org/a child labour. doi:10.1234/xyz Mali. 2020.") ==
          std::vector<std::string>{"Ministry of Labour", "Report on child labour", "doi: Mali", "2020"});
    CHECK(entry_segments("Survey\tof\t\tWork. A\xC2\xA0title\xC2\xA0 here. Done.") ==
          std::vector<std::string>{"Survey of Work", "A title here", "Done"});
    CHECK(entry_segments("  Leading and trailing  .") == std::vector<std::string>{"Leading and trailing"});
    CHECK(entry_segments("").empty());
    // The title is one of those folded segments, whole.
    CHECK(entry_title("Ab. Report on https://example.org/a the work of children in mines. 2020.") ==
          "Report on the work of children in mines");
}

TEST_CASE("the title of an entry is its longest segment that is not authors, a journal or an access note") {
    CHECK(entry_title(("FAO, IFAD, UNICEF, WFP and WHO. The State of Food Security and Nutrition in "
                                "the World 2020. Rome: FAO; 2020. https://doi.org/10.4060/CA9692EN")) ==
          "The State of Food Security and Nutrition in the World 2020");
    CHECK(entry_title(("Lakner C, Mahler DG, Negre M. How much does reducing inequality matter for "
                                "global poverty? World Bank; 2020.")) ==
          "How much does reducing inequality matter for global poverty");
    CHECK(entry_title(("White R, Chiba S, Pang T. Holin triggering in real time. Proc Natl Acad Sci USA. "
                                "2011;108:798–803.")) == "Holin triggering in real time");
    CHECK(entry_title(("Jane Doe, John Roe, and Ann Poe. Tables read by machines. In Proceedings of the Annual "
                                "Conference on Document Analysis and Recognition, pages 1-9, 2019.")) ==
          "Tables read by machines");
    CHECK(entry_title(("Smith J, Roe K. Short note. 2019.")) == "");
    CHECK(entry_title(("")) == "");
}

// Whether link_sources takes documents of this kind: not a temporary, whose references
// the sources' views would outlive.
template <class Documents>
concept linkable = requires(Documents&& documents) { link_sources(std::forward<Documents>(documents)); };
static_assert(linkable<const std::vector<document>&>);
static_assert(linkable<std::vector<document>&>);
static_assert(!linkable<std::vector<document>>);

TEST_CASE("an empty corpus links nothing") {
    const std::vector<document> none;
    const provenance links = link_sources(none);
    CHECK(links.sources.empty());
    CHECK(links.source_of.empty());
    CHECK(links.names_document.empty());
    CHECK(links.near_misses.empty());
}

TEST_CASE("the chain: the summary names the review by URL, the review names the survey by DOI") {
    const std::vector<document> docs = import_folder("provenance/chain");
    REQUIRE(docs.size() == 3);
    const std::size_t review = document_named(docs, "basin-review.html");
    const std::size_t survey = document_named(docs, "groundwater-survey.nxml");
    const std::size_t summary = document_named(docs, "regional-summary.md");
    const provenance links = link_sources(docs);

    const std::size_t by_url = reference_holding(docs[summary], "Basin Water Review");
    const std::size_t by_doi = reference_holding(docs[review], "doi:10.5555/gw-survey.2021");
    CHECK(links.names_document[summary][by_url] == review);
    CHECK(links.names_document[review][by_doi] == survey);
    CHECK(source_of(links, summary, by_url).document == review);
    CHECK(source_of(links, review, by_doi).document == survey);
    CHECK(source_of(links, review, by_doi).doi == "10.5555/gw-survey.2021");
    // Nothing else names a corpus document, and no two references are one work.
    long naming = 0;
    for (const auto& per_document : links.names_document)
        naming += std::count_if(per_document.begin(), per_document.end(), [](const auto& d) { return d.has_value(); });
    CHECK(naming == 2);
    CHECK(links.sources.size() == 5);
    CHECK(links.near_misses.empty());
}

TEST_CASE("the cycle: atlas to note by URL, note to records by title and year, records to atlas by DOI") {
    const std::vector<document> docs = import_folder("provenance/cycle");
    REQUIRE(docs.size() == 3);
    const std::size_t atlas = document_named(docs, "coastal-atlas.md");
    const std::size_t note = document_named(docs, "harbour-sediment-note.md");
    const std::size_t records = document_named(docs, "tide-gauge-records.md");
    const provenance links = link_sources(docs);
    CHECK(links.names_document[atlas] == std::vector<std::optional<std::size_t>>{note});
    CHECK(links.names_document[note] == std::vector<std::optional<std::size_t>>{records});
    CHECK(links.names_document[records] == std::vector<std::optional<std::size_t>>{atlas});

    SUBCASE("a title in another year names no document") {
        std::vector<document> changed = docs;
        changed[note].references[0].published = make_date(2019);
        CHECK(link_sources(changed).names_document[note][0] == std::nullopt);
    }
}

TEST_CASE("shared works spelled differently become one source each, editions stay apart") {
    const std::vector<document> docs = import_folder("provenance/shared");
    REQUIRE(docs.size() == 2);
    const std::size_t brief = document_named(docs, "food-brief.md");
    const std::size_t outlook = document_named(docs, "food-outlook.md");
    const provenance links = link_sources(docs);

    struct pair_case {
        std::string in_brief, in_outlook;
        match_basis basis;
    };
    for (const pair_case& expected : {pair_case{"CA9692EN", "ca9692en", match_basis::doi},
                                      pair_case{"Poverty and Shared Prosperity", "piecing together", match_basis::url},
                                      pair_case{"Résumé des crises", "RESUME DES CRISES", match_basis::title}}) {
        CAPTURE(expected.in_brief);
        const std::size_t a = reference_holding(docs[brief], expected.in_brief);
        const std::size_t b = reference_holding(docs[outlook], expected.in_outlook);
        CHECK(links.source_of[brief][a] == links.source_of[outlook][b]);
        const source& s = source_of(links, brief, a);
        CHECK(s.matched_by == expected.basis);
        CHECK(s.references == std::vector<reference_place>{{brief, a}, {outlook, b}});
        CHECK(s.document == std::nullopt);
    }
    const source& report = source_of(links, brief, reference_holding(docs[brief], "CA9692EN"));
    CHECK(report.id() == "s1");
    CHECK(report.doi == "10.4060/ca9692en");
    CHECK(report.title == "The State of Food Security and Nutrition in the World 2020");
    CHECK(to_iso(report.published) == "2020");
    // Its title and URL are its members', not copies: the views start where their text does.
    const reference& first = docs[report.references[0].document].references[report.references[0].reference];
    CHECK(report.title.data() == first.title.data());
    const source& by_url = source_of(links, brief, reference_holding(docs[brief], "Poverty and Shared Prosperity"));
    REQUIRE_FALSE(by_url.url.empty());
    CHECK(std::any_of(by_url.references.begin(), by_url.references.end(), [&](const reference_place& p) {
        const auto& urls = docs[p.document].references[p.reference].urls;
        return !urls.empty() && urls.front().data() == by_url.url.data();
    }));

    const std::size_t older = reference_holding(docs[brief], "Global Report on Food Crises 2017");
    const std::size_t newer = reference_holding(docs[outlook], "Global Report on Food Crises 2020");
    CHECK(links.source_of[brief][older] != links.source_of[outlook][newer]);
    REQUIRE(links.near_misses.size() == 1);
    CHECK(links.near_misses[0].first == reference_place{brief, older});
    CHECK(links.near_misses[0].second == reference_place{outlook, newer});
    CHECK(links.near_misses[0].reason == "same title, years 2017 and 2020");
    // 9 references, three pairs merged.
    CHECK(links.sources.size() == 6);
}

TEST_CASE("without merging every reference is its own source, and links to documents stay") {
    const std::vector<document> docs = import_folder("provenance/shared");
    const provenance links = link_sources(docs, link_options{.merge = false});
    CHECK(links.sources.size() == docs[0].references.size() + docs[1].references.size());
    for (const source& s : links.sources) {
        CHECK(s.references.size() == 1);
        CHECK(s.matched_by == match_basis::none);
    }
    CHECK(links.near_misses.size() == 1);
    const std::vector<document> chain = import_folder("provenance/chain");
    const provenance chain_links = link_sources(chain, link_options{.merge = false});
    CHECK(chain_links.names_document[document_named(chain, "regional-summary.md")][0] ==
          document_named(chain, "basin-review.html"));
}

TEST_CASE("two different DOIs are never one source, whatever else they share") {
    document a, b;
    a.references.push_back(entry("Survey of wells. 2020. https://example.org/wells"));
    a.references[0].urls = {"https://example.org/wells"};
    a.references[0].doi = "10.5555/one";
    b.references = a.references;
    b.references[0].doi = "10.5555/two";
    document c = b;
    c.references[0].doi.clear();  // shares the URL with both: joins the first only
    const std::vector<document> docs{a, b, c};
    const provenance links = link_sources(docs);
    CHECK(links.source_of[0][0] != links.source_of[1][0]);
    CHECK(links.source_of[2][0] == links.source_of[0][0]);
    CHECK(links.sources[links.source_of[0][0]].matched_by == match_basis::url);
}

TEST_CASE("an entry names a document by its title, any segment or the whole entry") {
    // Titles that share most of their words: each is told apart by the word only it holds.
    std::vector<document> docs(4);
    docs[0].title = "Report on Child Labour in Mali";
    docs[1].title = "Report on Child Labour in Chad";
    docs[2].title = "Gauge Records. Second Edition";
    const std::size_t citing = 3;
    for (const char* text : {
             "Ministry of Labour. Report on Child Labour in Chad. 2020.",
             "Ministry of Labour. Report on child labour in Mali. Annual series on the monitoring of "
             "children at work in the Sahel and its neighbours. 2021. https://example.org/mali",
             "Gauge Records. Second Edition. 2019.",
             "Ministry of Labour. Report on Child Labour in Niger. 2020.",
             "Report on Child Labour in Chad and Mali, a comparison. 2020."})
        docs[citing].references.push_back(entry(text));
    REQUIRE(docs[citing].references[1].title != "Report on child labour in Mali");
    REQUIRE(docs[citing].references[2].title.empty());
    const std::vector<std::optional<std::size_t>> expected{1, 0, 2, std::nullopt, std::nullopt};
    CHECK(link_sources(docs).names_document[citing] == expected);
}

TEST_CASE("embassy reporting and e-mails sharing a heading are not one work") {
    document d;
    for (const char* text : {"U.S. Embassy- Bamako. Reporting. February 14, 2020.",
                             "U.S. Embassy- Bamako. Reporting. March 2, 2020."}) {
        reference r = entry(text);
        r.kind = reference_kind::internal_reporting;
        r.published = make_date(2020, 2, 14);
        d.references.push_back(r);
    }
    std::vector<document> docs{d};
    CHECK(link_sources(docs).sources.size() == 2);
    docs[0].references[0].kind = docs[0].references[1].kind = reference_kind::report;
    CHECK(link_sources(docs).sources.size() == 1);
    docs[0].references[1].published = make_date(2020, 3, 2);  // one title in two months: two issues
    CHECK(link_sources(docs).sources.size() == 2);
}

TEST_CASE("the real documents read together: no work is shared across them, five repeats inside them") {
    std::vector<document> docs;
    for (const char* name : {"jats-bmc-microbiology-2011.nxml", "jats-plosone-2020-dairy-lca.nxml",
                             "md-arxiv-2203.01017-tableformer.md", "tei-grobid-jner-2016-fes.tei.xml",
                             "usdol-mali-2021.txt", "wikipedia-duck.html"}) {
        diagnostics warnings;
        docs.push_back(import_file(data + "/" + name, "", warnings));
    }
    const provenance links = link_sources(docs);
    std::size_t references = 0;
    for (const document& d : docs) references += d.references.size();
    REQUIRE(references == 362);

    std::vector<const source*> merged;
    for (const source& s : links.sources)
        if (s.references.size() > 1) merged.push_back(&s);
    // Each merged source lies inside one document and its members share the key it was merged by.
    for (const source* s : merged) {
        CAPTURE(s->id());
        std::set<std::string> url_keys_in_all, titles;
        std::set<std::size_t> in_documents;
        for (const reference_place& p : s->references) {
            const reference& r = docs[p.document].references[p.reference];
            in_documents.insert(p.document);
            titles.insert(title_key(r.title) + "|" + std::to_string(r.published.year));
            std::set<std::string> keys;
            for (const std::string& url : r.urls) keys.insert(url_key(url));
            if (&p == &s->references.front()) url_keys_in_all = keys;
            std::erase_if(url_keys_in_all, [&](const std::string& k) { return !keys.contains(k); });
        }
        CHECK(in_documents.size() == 1);
        if (s->matched_by == match_basis::url) CHECK(!url_keys_in_all.empty());
        if (s->matched_by == match_basis::title) CHECK(titles.size() == 1);
    }
    // The repeats: a paper listed twice (TableFormer), and in Duck a checklist, two books
    // cited at different pages, and two dictionaries that one dictionary page holds.
    CHECK(merged.size() == 5);
    CHECK(links.sources.size() == references - merged.size());
    std::size_t by_url = 0;
    for (const source* s : merged) by_url += s->matched_by == match_basis::url;
    CHECK(by_url == 3);
    for (const auto& per_document : links.names_document)
        CHECK(std::none_of(per_document.begin(), per_document.end(), [](const auto& d) { return d.has_value(); }));
    // The Mali report cites editions of its series (Trafficking in Persons 2017..2020), but
    // inside one document: no near miss across documents.
    CHECK(links.near_misses.empty());
}

}  // TEST_SUITE
