#include "dot_graph.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "nodes.hpp"
#include "text.hpp"
#include "text/counted.hpp"
#include "reasons.hpp"

namespace citegraph::exports_detail {

namespace {

// cgraph takes char* everywhere but copies what it is given and never writes through it.
char* chars(const std::string& text) { return const_cast<char*>(text.c_str()); }
char* chars(const char* text) { return const_cast<char*>(text); }

// agwrite's output channel is the std::ostream the caller passed.
int put_string(void* channel, const char* text) {
    auto& out = *static_cast<std::ostream*>(channel);
    out.write(text, static_cast<std::streamsize>(std::strlen(text)));
    return out ? 0 : EOF;
}
int flush_nothing(void*) { return 0; }

// Object ids in order of creation. cgraph's own id discipline makes a name's id the
// address of its copy, and orders subgraphs by id: dot then met the clusters in heap order,
// and a second picture drawn in one process came out different from the first.
// The names are cgraph reference-counted strings (agstrdup): agwrite asks of every name it
// prints whether it is an HTML string, a flag kept in front of the characters, so a plain
// std::string there made it read stray memory and print "<citegraph>" at random.
struct creation_ids {
    std::vector<char*> names;       // named object 2k has names[k - 1]
    std::unordered_map<std::string_view, IDTYPE> by_name;
    IDTYPE next_anonymous = 1;      // anonymous objects (edges) get odd ids
};

void* ids_open(Agraph_t*, Agdisc_t*) { return new creation_ids; }

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
    auto& ids = *static_cast<creation_ids*>(state);
    if (!name) {
        *id = ids.next_anonymous;
        ids.next_anonymous += 2;
        return TRUE;
    }
    if (const auto found = ids.by_name.find(name); found != ids.by_name.end()) {
        *id = found->second;
        return TRUE;
    }
    if (!create) return FALSE;
    ids.names.push_back(agstrdup(nullptr, name));
    *id = 2 * ids.names.size();
    ids.by_name.emplace(ids.names.back(), *id);
    return TRUE;
}

long ids_alloc(void*, int, IDTYPE) { return FALSE; }  // no caller-chosen ids
void ids_free(void*, int, IDTYPE) {}                  // names live until the graph closes

char* ids_print(void* state, int, IDTYPE id) {
    auto& ids = *static_cast<creation_ids*>(state);
    return id % 2 == 0 && id / 2 <= ids.names.size() ? ids.names[id / 2 - 1] : nullptr;
}

void ids_close(void* state) {
    auto* ids = static_cast<creation_ids*>(state);
    for (char* name : ids->names) agstrfree(nullptr, name);
    delete ids;
}
void ids_register(void*, int, void*) {}

// cgraph keeps pointers to its disciplines for the graph's life; these never change.
Agiddisc_t creation_id_discipline{ids_open, ids_map, ids_alloc, ids_free,
                                  ids_print, ids_close, ids_register};
Agiodisc_t ostream_io{AgIoDisc.afread, put_string, flush_nothing};
Agdisc_t ostream_discipline{&AgMemDisc, &creation_id_discipline, &ostream_io};

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
namespace colour {
constexpr const char* green = "#009E73";      // ok
constexpr const char* orange = "#E69F00";     // partly stale
constexpr const char* vermillion = "#D55E00"; // resting on stale; a stale reference
constexpr const char* grey = "#999999";       // uncited
constexpr const char* purple = "#CC79A7";     // dangling
constexpr const char* sky_blue = "#56B4E9";   // a current reference
constexpr const char* pale = "#F2F2F2";       // documents and sections
constexpr const char* yellow = "#F0E442";     // a source several documents cite
constexpr const char* blue = "#0072B2";       // same-as edges
constexpr const char* black = "#000000";      // resting on retracted; a retracted reference (white text)
}  // namespace colour

const char* verdict_colour(claim_verdict verdict) {
    switch (verdict) {
        case claim_verdict::ok: return colour::green;
        case claim_verdict::partly_stale: return colour::orange;
        case claim_verdict::resting_on_stale: return colour::vermillion;
        case claim_verdict::uncited: return colour::grey;
        case claim_verdict::dangling: return colour::purple;
        case claim_verdict::resting_on_retracted: return colour::black;
    }
    return colour::grey;
}

// What the legend says each claim colour means, in the order of the claim_verdict enum.
constexpr const char* verdict_meaning[] = {
    "claim: every source current",
    "claim: partly stale",
    "claim: resting on stale sources",
    "claim: no citation",
    "claim: cites a number the list lacks",
    "claim: cites a retracted work",
};
constexpr std::size_t verdict_count = std::size(verdict_meaning);

// A label or tooltip value for dot: valid UTF-8, a literal backslash doubled (dot reads
// "\N", "\l" and friends as escapes), a newline as the two characters "\n". Quotes, angle
// brackets and non-ASCII pass through: agwrite quotes the whole string itself.
std::string dot_text(const std::string& text) {
    std::string out;
    for (char c : clean_text(text)) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c != '\r') out += c;
    }
    return out;
}

// The attributes the builder sets, declared with their defaults before any use.
struct attributes {
    explicit attributes(Agraph_t* g) {
        const auto graph = [&](const char* name, const char* value) {
            return agattr(g, AGRAPH, chars(name), chars(value));
        };
        const auto node = [&](const char* name, const char* value) {
            return agattr(g, AGNODE, chars(name), chars(value));
        };
        const auto edge = [&](const char* name, const char* value) {
            return agattr(g, AGEDGE, chars(name), chars(value));
        };
        graph("rankdir", "LR");
        graph("fontname", "Helvetica");
        cluster_label = graph("label", "");
        cluster_style = graph("style", "");
        cluster_colour = graph("color", "");
        cluster_tooltip = graph("tooltip", "");
        node("fontname", "Helvetica");
        label = node("label", "\\N");
        shape = node("shape", "box");
        style = node("style", "filled");
        fill = node("fillcolor", colour::pale);
        font_colour = node("fontcolor", "black");
        tooltip = node("tooltip", "");
        url = node("URL", "");
        href = node("href", "");
        node_class = node("class", "");
        edge_colour = edge("color", "#333333");
        edge_style = edge("style", "solid");
        edge_class = edge("class", "");
    }
    Agsym_t *cluster_label, *cluster_style, *cluster_colour, *cluster_tooltip;
    Agsym_t *label, *shape, *style, *fill, *font_colour, *tooltip, *url, *href, *node_class;
    Agsym_t *edge_colour, *edge_style, *edge_class;
};

void set(void* object, Agsym_t* symbol, const std::string& value) {
    agxset(object, symbol, chars(value));
}

// The reference's date for a tooltip: "published 2018-06-28", "enacted 1992"; "" if undated.
std::string dated(const reference& r) {
    if (!r.published.known()) return "";
    const std::string_view role = to_string(r.role);
    return (role.empty() ? std::string("dated") : std::string(role)) + " " + to_iso(r.published);
}

// One legend row: a swatch of the colour (dashed for a dashed outline) and its meaning.
std::string legend_row(const char* fill, const char* meaning, bool dashed = false) {
    std::string row = "<TR><TD WIDTH=\"28\" BORDER=\"1\" COLOR=\"#000000\" BGCOLOR=\"";
    row += fill;
    row += dashed ? "\" STYLE=\"dashed\"></TD>" : "\"></TD>";
    row += "<TD ALIGN=\"LEFT\">";
    row += meaning;
    row += "</TD></TR>";
    return row;
}

// The most document subgraphs, or subgraphs of them, one subgraph holds (document_holder).
constexpr std::size_t document_fan_out = 16;

class dot_builder {
public:
    dot_builder(Agraph_t* g, const corpus& c, const corpus_assessment& a, const vertex_filter& keep)
        : g_(g), c_(c), a_(a), keep_(keep), attr_(g) {}

    void build() {
        nodes_.assign(boost::num_vertices(c_.graph()), nullptr);
        for (vertex v : boost::make_iterator_range(boost::vertices(c_.graph())))
            if (keeps(keep_, v)) add_node(v);
        for (auto e : boost::make_iterator_range(boost::edges(c_.graph())))
            if (keeps(keep_, boost::source(e, c_.graph())) && keeps(keep_, boost::target(e, c_.graph())))
                add_edge(e);
        if (agnnodes(g_) > 0) add_legend();
    }

private:
    // A document's nodes, its clusters and its edges live in a subgraph of their own (no
    // attributes, not a cluster, so layout ignores it). agwrite checks every node and edge
    // against every subgraph of the graph that holds it; with each document's clusters kept
    // inside the document's subgraph that is a handful per document instead of every
    // cluster of the corpus, which made writing a large corpus take minutes.
    //
    // The same check at the top, of every node against every document's subgraph, grows with
    // the square of the corpus: past document_fan_out documents the document subgraphs sit in
    // a tree of plain subgraphs ("documents_d1-d256", ...), at most document_fan_out under
    // each, so a node meets a few dozen subgraphs on its way down at most. A corpus of
    // document_fan_out documents or fewer is written as before.
    Agraph_t* document_graph(std::size_t doc) {
        if (documents_.size() <= doc) documents_.resize(doc + 1, nullptr);
        if (!documents_[doc]) {
            const std::string name = "document_" + c_.graph()[c_.document_vertex(doc)].id;
            documents_[doc] = agsubg(document_holder(doc), chars(clean_text(name)), 1);
            if (!documents_[doc]) throw std::runtime_error("cgraph cannot create " + name);
        }
        return documents_[doc];
    }

    // The subgraph a document's subgraph goes in: the graph itself for a small corpus, else
    // the innermost subgraph of the tree whose ranges of documents hold doc.
    Agraph_t* document_holder(std::size_t doc) {
        const std::size_t documents = c_.documents.size();
        Agraph_t* holder = g_;
        std::size_t span = 1;
        while (span * document_fan_out < documents) span *= document_fan_out;
        for (; span > 1 && documents > document_fan_out; span /= document_fan_out) {
            const std::size_t first = doc / span * span;
            const std::size_t last = std::min(documents, first + span);
            const std::string name = "documents_d" + std::to_string(first + 1) + "-d" + std::to_string(last);
            holder = agsubg(holder, chars(name), 1);
            if (!holder) throw std::runtime_error("cgraph cannot create " + name);
        }
        return holder;
    }

    Agraph_t* cluster(Agraph_t* parent, const std::string& name, const std::string& label) {
        Agraph_t* sub = agsubg(parent, chars("cluster_" + name), 1);
        set(sub, attr_.cluster_label, dot_text(label));
        set(sub, attr_.cluster_tooltip, dot_text(label));
        set(sub, attr_.cluster_style, "rounded");
        set(sub, attr_.cluster_colour, colour::grey);
        return sub;
    }

    void add_node(vertex v) {
        const graph_node& node = c_.graph()[v];
        const document& d = c_.documents[node.document];
        const document_assessment& da = a_.documents[node.document];
        const std::string text = node_text(c_, v);
        // A source belongs to no one document: it sits at the top, between them.
        Agraph_t* parent = node.kind == node_kind::source ? g_ : document_graph(node.document);
        std::string label = node_label(c_, v);
        std::string tooltip = text;
        std::string shape, fill = colour::pale, style = "filled", url;
        switch (node.kind) {
            case node_kind::document:
                shape = "folder";
                if (da.as_of.known()) tooltip += "\nas of " + to_iso(da.as_of);
                break;
            case node_kind::section:
                parent = cluster(parent, node.id, text);
                sections_[v] = parent;
                shape = "tab";
                break;
            case node_kind::claim: {
                const claim& cl = d.claims[node.item];
                const claim_assessment& ca = da.claims[node.item];
                if (cl.section < d.sections.size()) {
                    // A claim whose section the filter dropped sits in the document.
                    const auto found = sections_.find(c_.section_vertex(node.document, cl.section));
                    if (found != sections_.end()) parent = found->second;
                }
                shape = "box";
                fill = verdict_colour(ca.verdict);
                verdicts_seen_[static_cast<std::size_t>(ca.verdict)] = true;
                label += "\n[" + std::string(to_string(ca.verdict)) + "]";
                tooltip += "\n" + std::string(to_string(ca.verdict));
                if (!ca.reasons.empty())
                    tooltip += "\n" + join(claim_reason_texts(c_, a_, node.document, node.item), "\n");
                break;
            }
            case node_kind::reference: {
                const reference& r = d.references[node.item];
                const reference_assessment& ra = da.references[node.item];
                parent = references_cluster(node.document);
                shape = "note";
                fill = ra.flags.retracted ? colour::black : ra.stale ? colour::vermillion : colour::sky_blue;
                (ra.flags.retracted ? retracted_seen_ : ra.stale ? stale_seen_ : current_seen_) = true;
                if (ra.flags.undated || ra.flags.unverifiable) {
                    style = "filled,dashed";
                    dashed_seen_ = true;
                }
                std::vector<std::string> flags = flag_names(ra.flags);
                if (r.source_on_file) flags.push_back("source-on-file");
                tooltip = "[" + std::to_string(r.number) + "] " + text;
                tooltip += ra.flags.retracted ? "\nretracted" : ra.stale ? "\nstale" : "\ncurrent";
                if (!flags.empty()) tooltip += " (" + join(flags, ", ") + ")";
                if (const std::string date = dated(r); !date.empty()) tooltip += "\n" + date;
                if (!ra.stale_reasons.empty())
                    tooltip += "\n" + join(stale_reason_texts(c_, a_, node.document, node.item), "\n");
                if (!r.urls.empty() && is_web_url(r.urls.front())) url = r.urls.front();
                break;
            }
            case node_kind::source: {
                const source& s = c_.links.sources[node.item];
                shape = "ellipse";
                fill = colour::yellow;
                source_seen_ = true;
                label = node.id + ": " + label;
                tooltip = node.id + ": " + text + "\nnamed by " + text::counted(s.references.size(), "reference");
                if (s.matched_by != match_basis::none) tooltip += ", matched by " + std::string(to_string(s.matched_by));
                if (s.published.known()) tooltip += "\npublished " + to_iso(s.published);
                if (!s.doi.empty()) tooltip += "\ndoi " + s.doi;
                if (is_web_url(s.url)) url = s.url;
                break;
            }
        }

        Agnode_t* n = agnode(parent, chars(clean_text(node.id)), 1);
        if (!n) throw std::runtime_error("cgraph cannot create node " + node.id);
        nodes_[v] = n;
        set(n, attr_.label, dot_text(label));
        set(n, attr_.shape, shape);
        set(n, attr_.style, style);
        set(n, attr_.fill, fill);
        if (fill == colour::black) set(n, attr_.font_colour, "white");
        set(n, attr_.tooltip, dot_text(tooltip));
        set(n, attr_.node_class, std::string(to_string(node.kind)));
        if (!url.empty()) {
            set(n, attr_.url, dot_text(url));
            set(n, attr_.href, dot_text(url));
        }
    }

    Agraph_t* references_cluster(std::size_t doc) {
        auto [found, inserted] = references_.try_emplace(doc, nullptr);
        if (inserted)
            found->second = cluster(document_graph(doc),
                                    c_.graph()[c_.document_vertex(doc)].id + ":references",
                                    "References");
        return found->second;
    }

    void add_edge(citation_graph::edge_descriptor e) {
        const vertex source = boost::source(e, c_.graph()), target = boost::target(e, c_.graph());
        Agnode_t* tail = nodes_.at(source);
        Agnode_t* head = nodes_.at(target);
        const edge_kind kind = c_.graph()[e].kind;
        const std::size_t doc = c_.graph()[source].document;
        const bool inside = kind != edge_kind::same_as && doc == c_.graph()[target].document;
        Agraph_t* parent = inside ? document_graph(doc) : g_;
        Agedge_t* edge = agedge(parent, tail, head, nullptr, 1);
        if (!edge) throw std::runtime_error("cgraph cannot create an edge");
        set(edge, attr_.edge_class, std::string(to_string(kind)));
        switch (kind) {
            case edge_kind::cites: break;
            // Clusters already show what contains what; drawn, these edges would cross every
            // citation. Kept invisible, they still rank documents before sections before claims.
            case edge_kind::contains: set(edge, attr_.edge_style, "invis"); break;
            case edge_kind::same_as:
                set(edge, attr_.edge_style, "dashed");
                set(edge, attr_.edge_colour, colour::blue);
                same_as_seen_ = true;
                break;
            case edge_kind::derived_from:
                set(edge, attr_.edge_style, "bold");
                derived_from_seen_ = true;
                break;
        }
    }

    // One node, "legend", whose label is a table of the colours the graph uses and of the
    // shapes. Its text is fixed here, so the HTML-like label needs no escaping.
    void add_legend() {
        std::string table =
            "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#999999\">"
            "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
        for (std::size_t v = 0; v < verdict_count; ++v)
            if (verdicts_seen_[v])
                table += legend_row(verdict_colour(static_cast<claim_verdict>(v)), verdict_meaning[v]);
        if (retracted_seen_) table += legend_row(colour::black, "reference: retracted");
        if (stale_seen_) table += legend_row(colour::vermillion, "reference: stale");
        if (current_seen_) table += legend_row(colour::sky_blue, "reference: current");
        if (dashed_seen_)
            table += legend_row(colour::pale, "reference: undated or unverifiable", true);
        if (source_seen_) table += legend_row(colour::yellow, "source: one work several documents cite");
        table += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">box: claim · note: reference<BR ALIGN=\"LEFT\"/>"
                 "tab: section · folder: document<BR ALIGN=\"LEFT\"/>";
        if (source_seen_) table += "ellipse: source<BR ALIGN=\"LEFT\"/>";
        table += "arrow: the claim cites the reference<BR ALIGN=\"LEFT\"/>";
        if (same_as_seen_) table += "dashed blue arrow: the reference names the source<BR ALIGN=\"LEFT\"/>";
        if (derived_from_seen_)
            table += "bold arrow: the reference names that corpus document<BR ALIGN=\"LEFT\"/>";
        table += "</TD></TR></TABLE>";
        Agnode_t* n = agnode(g_, chars("legend"), 1);
        if (!n) throw std::runtime_error("cgraph cannot create the legend");
        char* html = agstrdup_html(g_, chars(table));
        agxset(n, attr_.label, html);
        agstrfree(g_, html);
        set(n, attr_.shape, "plaintext");
        set(n, attr_.style, "");
        set(n, attr_.tooltip, "Legend");
        set(n, attr_.node_class, "legend");
    }

    Agraph_t* g_;
    const corpus& c_;
    const corpus_assessment& a_;
    const vertex_filter& keep_;
    attributes attr_;
    std::vector<Agnode_t*> nodes_;  // by vertex index; null for a vertex the filter dropped
    std::vector<Agraph_t*> documents_;  // by document index; null until first used
    std::unordered_map<vertex, Agraph_t*> sections_;
    std::unordered_map<std::size_t, Agraph_t*> references_;
    bool verdicts_seen_[verdict_count] = {};
    bool retracted_seen_ = false;
    bool stale_seen_ = false, current_seen_ = false, dashed_seen_ = false;
    bool source_seen_ = false, same_as_seen_ = false, derived_from_seen_ = false;
};

}  // namespace

cgraph_ptr make_dot_graph(const corpus& c, const corpus_assessment& a, const vertex_filter& keep) {
    require_parallel(c, a);
    cgraph_ptr g(agopen(chars("citegraph"), Agdirected, &ostream_discipline));
    if (!g) throw std::runtime_error("cgraph cannot open a graph");
    dot_builder(g.get(), c, a, keep).build();
    return g;
}

}  // namespace citegraph::exports_detail
