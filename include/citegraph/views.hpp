// Views that narrow the graph to the part a reader asked about: one claim and its sources,
// what rests on one reference, the stale claims, the claims of some sections.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"

namespace citegraph {

// What to keep. Each kind of selector that is set narrows the claims further (they
// combine with "and"); the values of one selector combine with "or". A view with no
// selector keeps the whole graph.
struct graph_view {
    std::vector<std::string> claims;      // claim ids "d1:c17"; with one document "c17" too
    std::vector<std::string> references;  // reference numbers "25", or "d1:r25"
    bool only_stale = false;              // claims resting on stale or retracted sources, or partly stale
    std::vector<std::string> sections;    // parts of section titles, case and accents ignored

    // True when no selector is set: the view is the whole graph.
    bool whole() const {
        return claims.empty() && references.empty() && !only_stale && sections.empty();
    }
};

// A claim, reference or section the view names that the corpus lacks, or a reference
// number that several documents share; the message names it. A usage error.
class view_error : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// Which vertices to draw or write, by vertex index; empty keeps every vertex.
using vertex_filter = std::vector<bool>;

// True if the filter keeps v (always, for the empty filter).
inline bool keeps(const vertex_filter& keep, vertex v) { return keep.empty() || keep[v]; }

// The vertices the view keeps: the selected claims, the references they cite (with
// --reference: only the named references), the documents and sections holding them, and
// the sources those references share with other documents.
// Empty for the whole view. Throws view_error for a name the corpus lacks; a view that
// matches nothing keeps nothing. The assessment must be parallel to the corpus.
vertex_filter select_vertices(const corpus& c, const corpus_assessment& a, const graph_view& view);

// How many vertices the filter keeps.
std::size_t kept_count(const corpus& c, const vertex_filter& keep);

// A claim or reference of the corpus: its document's index and its index in that document.
struct item_place {
    std::size_t document = 0;
    std::size_t item = 0;
};

// The claim an id names, as --claim reads it ("d1:c17"; "c17" with one document); throws
// view_error naming the id if the corpus lacks it.
item_place claim_named(const corpus& c, const std::string& id);

// The claim trace names, as a reader finds it: an id ("d1:c17", "c17"); the place check
// prints, "path:line" (the first claim starting on that line) or "path:line:column" (the
// claim that column falls in), where path is a document's path as given, or its ending after
// a "/"; or words of the claim's text, case, accents and spacing ignored, that one claim
// alone holds. Throws view_error naming the nearest claims when none starts on the line,
// listing each match's id and place when several claims hold the words, and saying so when
// none does.
item_place claim_located(const corpus& c, const std::string& subject);

// The reference a name names, as --reference reads it ("d1:r25"; "25" when one document
// has it); throws view_error naming it if no or several references match.
item_place reference_named(const corpus& c, const std::string& name);

// The references a name stands for, as impact reads it: the one reference "d1:r3" (or "3")
// names, or every reference of the source "s4" (an id of corpus::links.sources); throws
// view_error naming it if the corpus has no such reference or source.
std::vector<reference_place> references_named(const corpus& c, const std::string& name);

}  // namespace citegraph
