// Citation groups in running text: a parenthesis or bracket holding only reference numbers,
// "(3)", "(3,5,11-13)", "(40–42)", "[4]", "[1, 4-6]". Plain text is read by them, and so is
// the text that markup leaves untagged (untagged_callouts). The parser and the judgement
// of whether a group cites the list are number_groups'.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "importers/common/number_groups.hpp"

namespace citegraph {

using citation_item = number_item;
using citation_group = number_group;

// The next group at or after `from`; nullopt if there is none. A '(' directly after a
// letter or digit opens no group ("Article 3(1)"); a '[' may ("symbols[10]"), except
// after '!' or a ']' that closes no group of numbers (Markdown link syntax). Bracket
// groups printed side by side as one callout, "[11][14]", "[1], [2]", "[3]–[5]" (cites
// 3 to 5), are one group spanning them all. Numbers longer than 9 digits make no group.
// Linear: each byte is examined a bounded number of times.
std::optional<citation_group> next_citation_group(std::string_view text, std::size_t from);

// For each of a paragraph's groups (in text order), true if it numbers an item of a list
// written inline: "This report (1) provides ..., (2) analyzes ... and (3) outlines ...".
// Only a run that counts (1), (2), ... in order, each opening a clause in lower case, is a
// list; a callout rarely does both.
std::vector<bool> list_markers(std::string_view text, const std::vector<citation_group>& groups);

// true if text ends with a group naming no year-like number ("... labor. (3,5)", "... [4]").
bool ends_with_citation_group(std::string_view text);

}  // namespace citegraph
