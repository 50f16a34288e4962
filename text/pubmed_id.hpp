// PubMed IDs as tagged (JATS pub-id-type="pmid", TEI idno type="PMID") or listed (Retraction Watch).
#pragma once

#include <string>
#include <string_view>

namespace citegraph {

// The digits of a PubMed ID, surrounding spaces and leading zeros dropped ("PMID: 31907089"
// gives "31907089"); "" for 0, blank, or anything but digits after an optional "PMID" and ":".
std::string normalise_pmid(std::string_view text);

// The first PubMed ID that reference text names: "PMID 12099792", "PMID: 12099792" (a
// no-break space too), or a PubMed address ("pubmed.ncbi.nlm.nih.gov/12099792",
// "ncbi.nlm.nih.gov/pubmed/12099792"); "" if it names none. "PMCID" is not a PubMed ID.
std::string find_pmid(std::string_view text);

}  // namespace citegraph
