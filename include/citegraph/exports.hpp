// Writers for the analysed corpus: the table every command's --format chooses from, and
// the graph writers (JSON, GraphML through pugixml, DOT through cgraph, W3C PROV).
#pragma once

#include <functional>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/corpus.hpp"
#include "citegraph/diagnostics.hpp"
#include "citegraph/findings.hpp"
#include "citegraph/views.hpp"

namespace citegraph {

struct triaged_findings;  // citegraph/triage.hpp

// What a writer writes from.
struct writer_input {
    const corpus& c;
    const corpus_assessment& a;   // parallel to c
    vertex_filter keep;           // export: the vertices to write (select_vertices); empty keeps all
    std::string subject;          // trace: a claim (claim_located); impact: a reference ("d1:r3") or source ("s4")
    diagnostics* notes = nullptr; // report: where it says it left the graph out; may be null
    bool colour = false;          // check's text: verdicts and counts in ANSI colour (for a terminal)
    // check: the findings with their suppressions and baseline state (triage); null: every
    // finding is listed.
    const triaged_findings* findings = nullptr;
    bool show_hashes = false;     // check text: each finding line ends with the hash a suppression takes
    finding_filter shown{};       // check: the findings to list (--only, --hide); summaries count all;
                                  // the baseline, suppressions and --fail-on ignore it
};

// Every writer has this shape. Throws view_error when the subject names nothing in the corpus.
using write_function = void (*)(std::ostream& out, const writer_input& in);

struct writer {
    std::string_view command;  // the command it serves: "check", "export", "report", "trace", "impact"
    std::string_view name;     // what that command's --format takes: "text", "json", "graphml", ...
    write_function write;
};

// The table of writers: per command, the default format first, then the order --help lists them.
std::span<const writer> writers();

// The writer of a command's format; nullptr if there is none.
const writer* find_writer(std::string_view command, std::string_view name);

// The formats a command writes, the default first.
std::vector<std::string> writer_names(std::string_view command);

// Works that two documents cite under one title but in different years, as warnings at the
// first reference: not merged, and worth a look (a newer edition, or a wrong year).
std::vector<diagnostic> near_miss_warnings(const corpus& c);

// What the JSON export's "schema" says: its layout's name and version. The version grows
// when a key is removed, renamed or changes meaning, not when one is added.
inline constexpr const char* json_export_schema = "citegraph-export/1";

// The JSON described in README.md: documents with their references and claims; an empty
// corpus gives "documents": []. Invalid UTF-8 comes out as U+FFFD. All three writers throw
// std::invalid_argument if the assessment is not parallel to the corpus, and write only the
// vertices `keep` keeps (select_vertices; every vertex by default) and the edges between them.
// In JSON a document without kept vertices is left out, and "cited_by" lists kept claims only.
// JSON ends with "sources" (every work a kept reference names, "shared" when references of
// several documents name it) and "near_misses" ([] for a single document).
void write_json(std::ostream& out, const corpus& c, const corpus_assessment& a,
                const vertex_filter& keep = {});

// GraphML with typed keys named after what they hold (key id == attr.name); loads in
// networkx, igraph and Gephi. A node carries only the attributes of its kind.
void write_graphml(std::ostream& out, const corpus& c, const corpus_assessment& a,
                   const vertex_filter& keep = {});

// DOT written through cgraph: shape by node kind, colour by verdict, sections as clusters,
// tooltips with full text and dates, http(s) links on references, and a node "legend" (class
// "legend") unless the graph is empty. Labels and tooltips are dot escStrings: a literal
// backslash appears doubled, a newline as "\n". cgraph keeps state in globals and works on
// one thread, so with more than one document the documents are written by up to `processes`
// processes (0: one per core; 1: the caller alone): the caller and children fork() makes,
// which write only to pipes back to the caller and have ended when write_dot returns.
void write_dot(std::ostream& out, const corpus& c, const corpus_assessment& a,
               const vertex_filter& keep = {}, unsigned processes = 0);

// W3C PROV as PROV-JSON: documents, claims and references as entities with their dates,
// texts, places and verdicts; the relations exports/prov_model.hpp lists. Names are
// qualified with the prefix "cg" (urn:citegraph:): "d1:c17" is cg:d1.c17.
void write_prov_json(std::ostream& out, const corpus& c, const corpus_assessment& a,
                     const vertex_filter& keep = {});

// The same PROV document as PROV-N text ("document ... endDocument"); string literals have
// '"', '\\' and line breaks escaped.
void write_provn(std::ostream& out, const corpus& c, const corpus_assessment& a,
                 const vertex_filter& keep = {});

// Calls write on a temporary file beside path and renames it over path only if write
// returns normally and every byte reached the disk; "-" writes to standard output.
// Throws std::runtime_error naming path if the file cannot be written; the target is then untouched.
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace citegraph
