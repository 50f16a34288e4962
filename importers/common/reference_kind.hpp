// Decides what kind of work a reference entry names, from its words, dates and URLs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"
#include "text/date_scanner.hpp"
#include "text/reference_segments.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

// The kind of the entry `text` (URLs already blanked out), given the dates found in that
// text and the entry's URLs. First match wins: personal_communication, internal_reporting,
// legislation, dataset, news, web_page, report; other for "" or an entry with no date.
reference_kind classify_reference(std::string_view text, const std::vector<found_date>& dates,
                                  const std::vector<std::string>& urls);

// The same for a caller that has already split text (split_reference) and folded the
// body's words (text::folded_words of parts.body), so neither is done twice.
reference_kind classify_reference(std::string_view text, const reference_parts& parts,
                                  const text::folded_text& body_words,
                                  const std::vector<found_date>& dates,
                                  const std::vector<std::string>& urls);

// The kind a reference gets when its markup names one (JATS publication-type, a TEI
// container's level, Wikipedia's cite class): the markup's, unless it names none (other) or
// the text found what markup does not tell (a law, a letter, an embassy cable).
reference_kind markup_kind_over(reference_kind text_kind, reference_kind tagged_kind);

}  // namespace citegraph
