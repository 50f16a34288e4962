// Numbering the entries of a REFERENCES list and reading what each one says.
#pragma once

#include <string>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "citegraph/model.hpp"
#include "source_lines.hpp"
#include "blocks.hpp"
#include "text_run.hpp"

namespace citegraph::text_import {

// One reference per entry, in list order. An entry is numbered by its marker's number
// ("[29]", "29.") when it has one, else by its leading integer
// ("29 Kibaru ...") when that equals the expected number (previous + 1) or is plausible
// (no larger than the list); otherwise it is numbered previous + 1 (its position while
// numbers agree), the integer staying part of the text ("5000 girls ..."). A plausible number
// that disagrees with the position, and a duplicate number, are warnings. Text is cleaned
// of markup; details (URLs, date, kind) come from read_reference_details. [] for no entries.
std::vector<reference> number_references(const std::vector<reference_entry>& entries,
                                         const line_map& positions, const std::string& path,
                                         diagnostics& warnings);

}  // namespace citegraph::text_import
