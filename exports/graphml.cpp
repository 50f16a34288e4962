#include <array>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/range/iterator_range.hpp>
#include <pugixml.hpp>

#include "citegraph/claim_years.hpp"
#include "citegraph/exports.hpp"
#include "graphml_shapes.hpp"
#include "nodes.hpp"
#include "ordered_parallel_text.hpp"
#include "text.hpp"
#include "reasons.hpp"

namespace citegraph {

namespace {

using exports_detail::join;

// One GraphML <key>: its id equals its attr.name, so Gephi and readers of either agree.
struct key_spec {
    const char* name;
    const char* domain;  // "graph", "node" or "edge"
    const char* type;    // "string", "int" or "boolean"
    // The value an element without this key has, declared as the key's <default> and then
    // never written: "false" for a flag that is nearly always false. Only values true of
    // every node are defaults, so a consumer that applies them (igraph, Gephi; networkx
    // keeps them in G.graph["node_default"]) learns no falsehood about a node of another
    // kind. nullptr: no default.
    const char* default_value = nullptr;
    // A comma-joined list left out when empty. Not declared as a default "": networkx
    // reads an empty <default> as the string "None".
    bool empty_left_out = false;
};

// Every key the writer may use. Names are unique across domains, so no id is ambiguous.
constexpr key_spec keys[] = {
    {"policy_as_of", "graph", "string"},   // the policy's as-of date; absent: per document
    {"policy_max_age", "graph", "string"}, // "3y", "1y6m"
    {"kind", "node", "string"},        // document, section, claim, reference, source
    {"label", "node", "string"},       // short one-line label
    {"text", "node", "string"},        // full text
    {"document", "node", "string"},    // path of the document the node belongs to
    {"line", "node", "int"},
    {"column", "node", "int"},
    {"section", "node", "string"},     // claims: their section's title
    {"cites", "node", "string", nullptr, true},  // claims: cited numbers, comma-joined
    {"years", "node", "string", nullptr, true},  // claims: years named, comma-joined
    {"verdict", "node", "string"},     // claims: ok, partly-stale, ...
    {"anachronism", "node", "boolean", "false"},
    {"reasons", "node", "string"},     // claims: reasons, one per line
    {"number", "node", "int"},         // references
    {"date", "node", "string"},        // references: ISO date of its own precision
    {"date_role", "node", "string"},
    {"ref_kind", "node", "string"},
    {"url", "node", "string"},         // references: first URL; documents: their own
    {"doi", "node", "string"},         // references and documents: lower-case DOI
    {"ref_id", "node", "string"},      // references: the input's own id ("B12", "cite_note-5")
    {"full_entry", "node", "string"},  // references: the full entries a short note points to
    {"format", "node", "string"},      // documents: the importer that read them
    {"published", "node", "string"},   // documents: their own publication date
    {"citation_style", "node", "string"},
    {"callout_style", "node", "string"},
    {"flags", "node", "string", nullptr, true},  // references: flag names, comma-joined
    {"stale", "node", "boolean", "false"},
    {"stale_upstream", "node", "boolean", "false"},  // references: name a corpus document resting on stale sources
    // Claims and references: one value to colour by (Gephi's partition): a claim's verdict; a
    // reference's retracted (--retractions), stale, stale-upstream, in-force, undated or current.
    {"status", "node", "string"},
    {"superseded_by", "node", "int"},
    {"stale_reasons", "node", "string"},
    {"as_of", "node", "string"},       // documents: the date ages were measured at
    {"reporting_year", "node", "int"},
    {"edge_kind", "edge", "string"},   // contains, cites, same-as, derived-from
};

// Keys only a corpus with shared sources uses: declared only then, so the GraphML of
// documents that share none stays as it was.
constexpr key_spec source_keys[] = {
    {"matched_by", "node", "string"},  // sources: doi, url or title, the weakest key that merged them
};

// The keys whose value may be left out: a handful of the score of keys, and the only ones
// left_out looks through for each "false" or "" written.
constexpr std::size_t leavable_count = [] {
    std::size_t count = 0;
    for (const key_spec& spec : keys) count += spec.default_value || spec.empty_left_out;
    return count;
}();
constexpr std::array<key_spec, leavable_count> leavable_keys = [] {
    std::array<key_spec, leavable_count> leavable{};
    std::size_t next = 0;
    for (const key_spec& spec : keys)
        if (spec.default_value || spec.empty_left_out) leavable[next++] = spec;
    return leavable;
}();

// True if `key` is left out with `value`: its declared <default>, or an empty list.
bool left_out(const char* key, std::string_view value) {
    // Only "false" and "" are ever left out; any other value is kept without a look at the keys.
    if (!value.empty() && value != "false") return false;
    for (const key_spec& spec : leavable_keys)
        if (std::strcmp(spec.name, key) == 0)
            return (spec.default_value && value == spec.default_value) || (spec.empty_left_out && value.empty());
    return false;
}

// True if some source vertex is drawn.
bool has_source_vertices(const corpus& c) {
    for (std::size_t i = 0; i < c.links.sources.size(); ++i)
        if (c.source_vertex(i)) return true;
    return false;
}

std::string join_numbers(std::span<const int> numbers) {
    std::string out;
    for (int n : numbers) {
        if (!out.empty()) out += ',';
        out += std::to_string(n);
    }
    return out;
}

// Runs of elements are printed on every core and written in order, so the output is the
// same as printing them one by one. Nodes are printed through one pugixml element per shape
// (graphml_shapes.hpp); edges, all of one shape, through one element that takes each edge's
// values.
// One element to a line, so line tools and diffs still work, with no indentation: it was 11%
// of the bytes, which a reader ignores and a large corpus waits for the disk to write.
constexpr const char* indent = "";
constexpr unsigned int format = pugi::format_indent;
constexpr unsigned int element_depth = 2;  // <graphml><graph><node>

// Sets an element's text or attribute to the UTF-8-repaired value without copying it when
// it needs no repair, which is nearly always.
class cleaner {
public:
    std::string_view operator()(std::string_view text) {
        return exports_detail::clean_view(text, storage_);
    }

private:
    std::string storage_;
};

// Appends <data key="key">value</data> to an element.
void add_data(pugi::xml_node element, const char* key, std::string_view clean_value) {
    pugi::xml_node data = element.append_child("data");
    data.append_attribute("key").set_value(key);
    data.text().set(clean_value.data(), clean_value.size());
}

using exports_detail::string_writer;

class graphml_writer {
public:
    // expected_bytes: room for what the run is expected to print (run_size_estimate).
    // node_printer: what write_node prints through, kept across runs; a run of edges has none.
    graphml_writer(const corpus& c, const corpus_assessment& a, const exports_detail::claim_reasons& reasons,
                   const vertex_filter& keep, std::size_t expected_bytes = 0,
                   exports_detail::graphml_node_printer* node_printer = nullptr)
        : c_(c), a_(a), reasons_(reasons), keep_(keep), node_(node_printer) {
        printed_.reserve(expected_bytes);
    }

    // Writes the declaration, <graphml> with its <key>s and <graph> up to its first element;
    // returns what closes them.
    std::string write_opening(std::ostream& out) {
        auto [opening, closing] = enclosing_tags();
        out << opening;
        return closing;
    }

    void write_node(vertex v) {
        if (!keeps(keep_, v)) return;
        add_node(v);
        node_->print(printed_, indent, format, element_depth);
    }

    // Every edge has one shape, <edge source target><data key="edge_kind">, since a kind is
    // never a value left out: one element made once per run takes each edge's three values
    // in turn and is printed as it is. A value is set only when it changes: the source once
    // for all of a vertex's out-edges, the kind when it differs from the last edge's. Ids and
    // kinds are ASCII the writer makes itself, so they need no UTF-8 repair.
    void write_out_edges(vertex v) {
        if (!keeps(keep_, v)) return;
        bool source_set = false;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, c_.graph()))) {
            const vertex target = boost::target(e, c_.graph());
            if (!keeps(keep_, target)) continue;
            if (!edge_) make_edge();
            if (!source_set) set_id(edge_source_, v);
            source_set = true;
            set_id(edge_target_, target);
            if (const edge_kind kind = c_.graph()[e].kind; kind != edge_kind_set_) {
                const std::string_view name = to_string(kind);
                edge_kind_.set(name.data(), name.size());
                edge_kind_set_ = kind;
            }
            string_writer writer(printed_);
            edge_.print(writer, indent, format, pugi::encoding_utf8, element_depth);
        }
    }

    // Everything the run printed, once it has written its last element.
    std::string take() { return std::move(printed_); }

private:
    // The document around the elements: the declaration, <graphml> with its <key>s and
    // <graph> with the graph's <data>, printed by pugixml and split where the nodes go,
    // just before "</graph>". Both halves are pugixml's own bytes.
    std::pair<std::string, std::string> enclosing_tags() {
        pugi::xml_document xml;
        pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
        declaration.append_attribute("version").set_value("1.0");
        declaration.append_attribute("encoding").set_value("UTF-8");

        pugi::xml_node root = xml.append_child("graphml");
        root.append_attribute("xmlns").set_value("http://graphml.graphdrawing.org/xmlns");
        root.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
        root.append_attribute("xsi:schemaLocation")
            .set_value("http://graphml.graphdrawing.org/xmlns "
                       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        const auto declare = [&](const key_spec& key) {
            pugi::xml_node element = root.append_child("key");
            element.append_attribute("id").set_value(key.name);
            element.append_attribute("for").set_value(key.domain);
            element.append_attribute("attr.name").set_value(key.name);
            element.append_attribute("attr.type").set_value(key.type);
            if (key.default_value) element.append_child("default").text().set(key.default_value);
        };
        for (const key_spec& key : keys) declare(key);
        if (has_source_vertices(c_))
            for (const key_spec& key : source_keys) declare(key);

        pugi::xml_node graph = root.append_child("graph");
        graph.append_attribute("id").set_value("citegraph");
        graph.append_attribute("edgedefault").set_value("directed");
        if (a_.policy.as_of.known()) add_data(graph, "policy_as_of", clean_(to_iso(a_.policy.as_of)));
        // Always present, so <graph> has content and pugixml closes it with its own tag.
        add_data(graph, "policy_max_age", clean_(to_string(a_.policy.max_age)));

        std::ostringstream printed;
        xml.save(printed, indent, format, pugi::encoding_utf8);
        std::string text = std::move(printed).str();
        constexpr std::string_view closing = "</graph>\n</graphml>\n";
        if (!std::string_view(text).ends_with(closing))
            throw std::logic_error("pugixml printed the GraphML header in an unexpected form");
        text.resize(text.size() - closing.size());
        return {std::move(text), std::string(closing)};
    }

    void make_edge() {
        edge_ = edge_document_.append_child("edge");
        edge_source_ = edge_.append_attribute("source");
        edge_target_ = edge_.append_attribute("target");
        pugi::xml_node kind = edge_.append_child("data");
        kind.append_attribute("key").set_value("edge_kind");
        edge_kind_ = kind.text();
    }

    void set_id(pugi::xml_attribute attribute, vertex v) {
        const vertex_id_text id = c_.vertex_id_text_of(v);
        attribute.set_value(id.view().data(), id.view().size());
    }

    // A value from the input, repaired as UTF-8.
    void data(const char* key, std::string_view value) {
        if (left_out(key, value)) return;
        node_->add(key, clean_(value));
    }
    // A value the model spells itself (names, dates, flags, lists of numbers): ASCII, which
    // needs no repair.
    void ascii_data(const char* key, std::string_view value) {
        if (left_out(key, value)) return;
        node_->add(key, value);
    }
    void data(const char* key, long long value) { node_->add(key, value); }
    void boolean(const char* key, bool value) { ascii_data(key, value ? "true" : "false"); }

    // The node's document path, repaired once for the nodes of a document rather than for
    // each: a run's nodes are nearly all of one document.
    std::string_view document_path(std::size_t doc) {
        if (doc != path_document_) {
            path_document_ = doc;
            path_ = exports_detail::clean_view(c_.documents[doc].path, path_storage_);
        }
        return path_;
    }

    void add_node(vertex v) {
        const graph_node& node = c_.graph()[v];
        const document& d = c_.documents[node.document];
        const document_assessment& da = a_.documents[node.document];

        node_->start(c_.vertex_id_text_of(v).view());  // ASCII the writer makes: no repair
        ascii_data("kind", to_string(node.kind));
        data("label", exports_detail::node_label(c_, v));
        data("text", exports_detail::raw_node_text(c_, v));
        if (node.kind != node_kind::source) node_->add("document", document_path(node.document));
        switch (node.kind) {
            case node_kind::document:
                if (da.as_of.known()) ascii_data("as_of", to_iso(da.as_of));
                if (d.reporting_year != 0) data("reporting_year", d.reporting_year);
                if (!d.format.empty()) data("format", d.format);
                if (!d.doi.empty()) data("doi", d.doi);
                if (!d.url.empty()) data("url", d.url);
                if (d.published.known()) ascii_data("published", to_iso(d.published));
                ascii_data("citation_style", to_string(d.style));
                ascii_data("callout_style", to_string(d.callouts));
                break;
            case node_kind::section:
                if (d.sections[node.item].where.line != 0)
                    data("line",
                         static_cast<long long>(d.sections[node.item].where.line));
                break;
            case node_kind::claim:
                add_claim_data(node, d.claims[node.item], da.claims[node.item]);
                break;
            case node_kind::reference:
                add_reference_data(node, d.references[node.item], da.references[node.item]);
                break;
            case node_kind::source: add_source_data(c_.links.sources[node.item]); break;
        }
    }

    void add_source_data(const source& s) {
        if (s.published.known()) ascii_data("date", to_iso(s.published));
        if (!s.doi.empty()) data("doi", s.doi);
        if (!s.url.empty()) data("url", s.url);
        if (s.matched_by != match_basis::none) ascii_data("matched_by", to_string(s.matched_by));
    }

    void add_reference_data(const graph_node& node, const reference& r,
                            const reference_assessment& ra) {
        const document& d = c_.documents[node.document];
        data("number", r.number);
        if (!r.extra->id.empty()) data("ref_id", r.extra->id);
        if (!r.doi.empty()) data("doi", r.doi);
        std::vector<std::string> full_entries;
        for (std::size_t entry : r.extra->full_entries)
            if (entry < d.bibliography.size()) full_entries.push_back(d.bibliography[entry].text);
        if (!full_entries.empty()) data("full_entry", join(full_entries, "\n"));
        if (r.where.line != 0) data("line", static_cast<long long>(r.where.line));
        if (r.published.known()) ascii_data("date", to_iso(r.published));
        if (r.role != date_role::none) ascii_data("date_role", to_string(r.role));
        ascii_data("ref_kind", to_string(r.kind));
        if (!r.urls.empty()) data("url", r.urls.front());
        std::vector<std::string> flags = flag_names(ra.flags);
        if (r.source_on_file) flags.push_back("source-on-file");
        ascii_data("flags", join(flags, ","));
        boolean("stale", ra.stale);
        boolean("stale_upstream", ra.stale_upstream);
        ascii_data("status", ra.flags.retracted ? "retracted"
                                : ra.stale            ? "stale"
                                : ra.stale_upstream ? "stale-upstream"
                                : ra.flags.in_force ? "in-force"
                                : ra.flags.undated  ? "undated"
                                                    : "current");
        if (ra.superseded_by != 0) data("superseded_by", ra.superseded_by);
        if (!ra.stale_reasons.empty())
            data("stale_reasons", join(exports_detail::stale_reason_texts(c_, a_, node.document, node.item), "\n"));
    }

    void add_claim_data(const graph_node& node, const claim& cl,
                        const claim_assessment& ca) {
        const document& d = c_.documents[node.document];
        if (cl.where.line != 0) data("line", static_cast<long long>(cl.where.line));
        if (cl.where.column != 0)
            data("column", static_cast<long long>(cl.where.column));
        if (const std::string* title = exports_detail::section_title(d, cl))
            data("section", *title);
        ascii_data("cites", join_numbers(cl.cites));
        ascii_data("years", join_numbers(years_named(cl.text)));
        ascii_data("verdict", to_string(ca.verdict));
        ascii_data("status", to_string(ca.verdict));
        boolean("anachronism", ca.anachronism);
        if (ca.reason_count != 0)
            data("reasons", join(reasons_.texts(node.document, node.item), "\n"));
    }

    const corpus& c_;
    const corpus_assessment& a_;
    const exports_detail::claim_reasons& reasons_;
    const vertex_filter& keep_;
    exports_detail::graphml_node_printer* node_;  // what write_node prints through; null for edges
    pugi::xml_document edge_document_;  // the one edge element, once made
    pugi::xml_node edge_;
    pugi::xml_attribute edge_source_, edge_target_;
    pugi::xml_text edge_kind_;
    std::optional<edge_kind> edge_kind_set_;  // the kind edge_kind_ holds, once set
    std::string printed_;  // what the run has printed
    cleaner clean_;
    std::size_t path_document_ = static_cast<std::size_t>(-1);  // the document path_ is of
    std::string_view path_;
    std::string path_storage_;  // path_'s text when it needed repair
};

// The size of a run's text, told by the run printed last, with an eighth more: a string grown
// from a guess copied a run's text each time it doubled (a run of 256 nodes prints about 175
// kB), and left up to half of what it held unused, while memory holds a window of runs.
class run_size_estimate {
public:
    std::size_t next() const {
        const std::size_t last = last_.load(std::memory_order_relaxed);
        return last + last / 8;
    }
    void printed(std::size_t bytes) { last_.store(bytes, std::memory_order_relaxed); }

private:
    std::atomic<std::size_t> last_{std::size_t{64} << 10};
};

// Node printers lent to one run at a time, each keeping the elements of the shapes it has
// printed: a printer made anew for every run of 256 nodes made its shapes' elements again,
// which cost as much as finding the shape of every node.
class node_printer_pool {
public:
    std::unique_ptr<exports_detail::graphml_node_printer> take() {
        const std::lock_guard lock(mutex_);
        if (idle_.empty()) return std::make_unique<exports_detail::graphml_node_printer>();
        std::unique_ptr<exports_detail::graphml_node_printer> printer = std::move(idle_.back());
        idle_.pop_back();
        return printer;
    }
    void give_back(std::unique_ptr<exports_detail::graphml_node_printer> printer) {
        const std::lock_guard lock(mutex_);
        idle_.push_back(std::move(printer));
    }

private:
    std::mutex mutex_;
    std::vector<std::unique_ptr<exports_detail::graphml_node_printer>> idle_;
};

}  // namespace

void write_graphml(std::ostream& out, const corpus& c, const corpus_assessment& a,
                   const vertex_filter& keep) {
    exports_detail::require_parallel(c, a);
    const exports_detail::claim_reasons reasons(c, a);
    const std::string closing = graphml_writer(c, a, reasons, keep).write_opening(out);
    const std::size_t vertices = boost::num_vertices(c.graph());
    run_size_estimate node_runs;
    node_printer_pool printers;
    exports_detail::write_printed_runs_in_order_in_parallel(out, vertices, [&](std::size_t first, std::size_t last) {
        std::unique_ptr<exports_detail::graphml_node_printer> printer = printers.take();
        graphml_writer run(c, a, reasons, keep, node_runs.next(), printer.get());
        for (vertex v = first; v < last; ++v) run.write_node(v);
        printers.give_back(std::move(printer));
        std::string printed = run.take();
        node_runs.printed(printed.size());
        return printed;
    });
    // In the order boost::edges lists them: each vertex's out-edges, vertex by vertex.
    run_size_estimate edge_runs;
    exports_detail::write_printed_runs_in_order_in_parallel(out, vertices, [&](std::size_t first, std::size_t last) {
        graphml_writer run(c, a, reasons, keep, edge_runs.next());
        for (vertex v = first; v < last; ++v) run.write_out_edges(v);
        std::string printed = run.take();
        edge_runs.printed(printed.size());
        return printed;
    });
    out << closing;
}

}  // namespace citegraph
