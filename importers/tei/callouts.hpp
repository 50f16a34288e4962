// The bibliographic callouts of a TEI document (<ref type="bibr" target="#b3">[4]</ref>):
// how the document cites, which printed number each list entry carries, and the
// callouts written into assembled text.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "importers/common/cited_text.hpp"
#include "importers/common/xml_input.hpp"

namespace citegraph::tei_import {

// true for a <ref type="bibr"> element (prefix ignored).
bool is_bibliographic_ref(pugi::xml_node node);

// Every <ref type="bibr"> below root, in document order; [] if there is none.
std::vector<pugi::xml_node> bibliographic_refs(pugi::xml_node root);

// The ids a ref's target attribute names: "#b0 #b1" gives b0, b1; [] without a target.
std::vector<std::string> target_ids(pugi::xml_node ref);

class callout_numbers {
public:
    // Reads every <ref type="bibr"> under root. The document is author-year when more
    // callouts print text ("Smith et al., 2019") than print numbers ("[3,", "4]"); a
    // number beyond the list's entry_count ("Smith (2019)") is no printed number then,
    // unless the list is empty.
    callout_numbers(const xml_input& input, std::size_t entry_count, diagnostics& warnings);

    citation_style style() const { return style_; }

    // true if the document holds any <ref type="bibr">.
    bool any() const { return !refs_.empty(); }

    // Numbers the list entries (ids in list order; "" for an entry without xml:id): by
    // the number numbered callouts print for the entry's id (the one most print, with a
    // warning for each callout that disagrees). Entries no numbered callout names take,
    // run by run, the numbers after their predecessor's when those are free and, unless
    // the run is the list's last, fit below the next printed number (entries 17, ?, 19:
    // 18); an entry no number fits (17, ?, 18: a lettered "17a", a split entry) takes one
    // past the highest, so no printed number goes to another entry. Every entry of an
    // author-year document takes its list position. Warns when callouts give two entries
    // one number. Returns the numbers in list order.
    std::vector<int> number_entries(const std::vector<std::string>& ids,
                                    const std::vector<location>& entry_places);

    // The bracket most numbered callouts open with, '(' or '[' ('[' when as many open with each);
    // '\0' for an author-year document or when no numbered callout prints one.
    char numbered_bracket() const;

    // The numbers number_entries gave the list, sorted; [] before it is called.
    const std::vector<int>& list_numbers() const { return list_numbers_; }

    // Writes a callout into text. A numbered callout cites the numbers it prints when one
    // of them is in the list (or the list is empty), else the number of its target (with
    // a warning); it appends
    // only the brackets and separators around its numbers. Any other callout appends its
    // own text and cites its target. A callout that reaches no entry stays plain text and
    // is warned about, unless the list is empty. Call number_entries first.
    void write(pugi::xml_node ref, cited_text& out) const;

private:
    const xml_input& input_;
    diagnostics& warnings_;
    citation_style style_ = citation_style::numbered;
    std::vector<pugi::xml_node> refs_;  // every <ref type="bibr">, in document order
    std::unordered_map<std::string, int> number_of_id_;
    std::vector<int> list_numbers_;  // sorted, for lookups
    bool has_number(int number) const;
    // The numbers of the entries the ref's target names; warns for ids not in the list.
    std::vector<int> target_numbers(pugi::xml_node ref) const;
    void warn(pugi::xml_node ref, const std::string& message) const;
};

}  // namespace citegraph::tei_import
