// What a bibliographic <xref> cites: the reference numbers its rid ids stand for.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph::jats_import {

class callout_targets {
public:
    // The ids and numbers of the reference list; references without an id are reachable
    // only by number.
    explicit callout_targets(const std::vector<reference>& references);

    // The numbers of the ids in rid ("B1 B2": space-separated), in that order; ids not in
    // the list go to missing. [] for an empty rid.
    std::vector<int> numbers(std::string_view rid, std::vector<std::string>& missing) const;

    // true if the list has a reference with this number.
    bool has_number(int number) const { return known_.contains(number); }

    // true if the article has no reference list at all.
    bool empty() const { return known_.empty(); }

private:
    std::unordered_map<std::string, int> by_id_;
    std::unordered_set<int> known_;
};

// The numbers a callout's text prints when it prints nothing else: "3", "[3]", "3,5",
// "10–13" (a range of at most 1000 is filled); [] for any other text, "Smith 2019" included.
std::vector<int> printed_numbers(std::string_view text);

}  // namespace citegraph::jats_import
