// Runs of reference text that hold digits but never a date: URLs ("https://a.org/2017/06/30/"),
// DOIs ("10.1016/j.jneumeth.2015.03.012") and labelled identifiers ("ISBN 978-0-691-11359-0",
// "doi:10.1186/1743-0003-13-22", "PMID 12099792", "arXiv:1908.04729", "Bibcode:2002MolPE..23..339D").
#pragma once

#include <cstddef>
#include <string_view>

namespace citegraph {

// One past the URL, DOI or labelled identifier that starts at text[at]; at itself if none
// starts there (a label needs a value starting with a digit: "arXiv preprint" is no identifier).
std::size_t identifier_end(std::string_view text, std::size_t at);

}  // namespace citegraph
