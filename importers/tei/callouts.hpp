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
    // warning for each callout that disagrees); an entry no numbered callout names takes
    // the number after its predecessor's (list order + 1 while the two agree) unless that
    // is taken, then its list position, then the smallest free number; every entry of an
    // author-year document takes its list position. Warns when callouts give two entries
    // one number. Returns the numbers in list order.
    std::vector<int> number_entries(const std::vector<std::string>& ids,
                                    const std::vector<location>& entry_places);

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
