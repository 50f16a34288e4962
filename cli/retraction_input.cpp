#include "retraction_input.hpp"

#include <unordered_set>

#include "citegraph/retraction_watch.hpp"

namespace citegraph::cli {

retraction_list read_retractions(const std::string& path, const corpus& c, diagnostics& warnings) {
    if (path.empty()) return {};
    std::unordered_set<std::string> dois, pmids;
    const auto add = [&](const reference& r) {
        if (!r.doi.empty()) dois.insert(r.doi);
        if (!r.extra->pmid.empty()) pmids.insert(r.extra->pmid);
    };
    for (const document& d : c.documents) {
        for (const reference& r : d.references) add(r);
        for (const reference& entry : d.bibliography) add(entry);  // the full entries short notes point to
    }
    // The database holds some 50,000 rows; a corpus cites a few hundred works at most.
    return read_retraction_watch(path, [&](const retraction_notice& n) {
        return dois.contains(n.original_doi) || pmids.contains(n.original_pmid);
    }, warnings);
}

}  // namespace citegraph::cli
