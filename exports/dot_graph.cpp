#include "dot_graph.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ostream>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "dot_channel.hpp"
#include "forked_texts.hpp"
#include "nodes.hpp"
#include "text.hpp"
#include "text/counted.hpp"
#include "text/text_chars.hpp"
#include "reasons.hpp"

namespace citegraph::exports_detail {

namespace {

// cgraph takes char* everywhere but copies what it is given and never writes through it.
char* chars(const std::string& text) { return const_cast<char*>(text.c_str()); }
char* chars(const char* text) { return const_cast<char*>(text); }

// agwrite's output channel is a dot_channel.
int put_string(void* channel, const char* text) {
    return static_cast<dot_channel*>(channel)->put(text) ? 0 : EOF;
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
// A graph to draw lives in cgraph's own memory, which the layout frees and grows; a graph
// only written lives in an arena, closed at once.
Agdisc_t drawn_discipline{&AgMemDisc, &creation_id_discipline, &ostream_io};
Agdisc_t written_discipline{&arena_memory, &creation_id_discipline, &ostream_io};

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
// Runs between those characters are copied whole, found eight bytes at a time: a claim's
// text is every node's tooltip.
std::string dot_text(const std::string& text) {
    std::string repaired;
    const std::string_view clean = clean_view(text, repaired);
    std::string out;
    out.reserve(clean.size());
    for (std::size_t at = 0; at < clean.size();) {
        const std::size_t end = next_byte_of<'\\', '\n', '\r'>(clean, at);
        out.append(clean, at, end - at);
        if (end == clean.size()) break;
        if (clean[end] == '\\') out += "\\\\";
        else if (clean[end] == '\n') out += "\\n";
        at = end + 1;
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

// Sets a node's or an edge's attribute, unless it holds the value already, as a new one
// holds the default: cgraph would only find the string it holds in its dictionary, release
// the one it replaces, and write nothing. A claim's shape and style, and most sections'
// fill, are the defaults. (A subgraph's attribute is always set: setting it declares it in
// the subgraph.)
void set_unless_held(void* object, Agsym_t* symbol, const std::string& value) {
    if (value == agxget(object, symbol)) return;
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

// What the legend must show: the colours and shapes of the nodes and edges added so far.
// Plain bytes, so a process that wrote documents of its own can hand it back (forked_texts).
struct legend_marks {
    bool verdicts[verdict_count] = {};
    bool retracted = false, stale = false, current = false, dashed = false;
    bool source = false, same_as = false, derived_from = false;
    std::size_t nodes = 0;

    void add(const legend_marks& other) {
        for (std::size_t v = 0; v < verdict_count; ++v) verdicts[v] |= other.verdicts[v];
        retracted |= other.retracted;
        stale |= other.stale;
        current |= other.current;
        dashed |= other.dashed;
        source |= other.source;
        same_as |= other.same_as;
        derived_from |= other.derived_from;
        nodes += other.nodes;
    }
    std::string bytes() const { return std::string(reinterpret_cast<const char*>(this), sizeof *this); }
    static legend_marks from_bytes(const std::string& bytes) {
        legend_marks marks;
        if (bytes.size() != sizeof marks) throw std::runtime_error("a DOT writer process sent a malformed legend");
        std::memcpy(&marks, bytes.data(), sizeof marks);
        return marks;
    }
};
static_assert(std::is_trivially_copyable_v<legend_marks>);

// What a node shows, worked out from the corpus and its assessment alone, apart from the
// cgraph calls that set it. Texts are dot escStrings (dot_text).
struct node_look {
    std::string label;
    std::string tooltip;
    std::string url;            // "" for none
    std::string cluster_label;  // a section's: its cluster's label and tooltip
    const char* shape = "";
    const char* fill = colour::pale;
    const char* style = "filled";
    legend_marks shows{.nodes = 1};  // what the legend must show for the node
};

// Builds the graph one document at a time, into a graph of the document's own or a
// subgraph of one graph, then the nodes and edges that belong to no one document.
class dot_builder {
public:
    dot_builder(const corpus& c, const corpus_assessment& a, const vertex_filter& keep)
        : c_(c), a_(a), reasons_(c, a), keep_(keep), nodes_(boost::num_vertices(c.graph()), nullptr) {}

    // The document's vertices: [first, last) of the graph's, in order.
    std::pair<vertex, vertex> document_vertices(std::size_t doc) const {
        return {c_.document_vertex(doc), c_.reference_vertex(doc, c_.documents[doc].references.size())};
    }

    // True if the filter keeps any vertex of the document.
    bool keeps_any(std::size_t doc) const {
        const auto [first, last] = document_vertices(doc);
        for (vertex v = first; v < last; ++v)
            if (keeps(keep_, v)) return true;
        return false;
    }

    // The document's kept nodes, its clusters (sections and references) and the edges
    // between its nodes, in `holder`: the document's own graph or its subgraph of the whole.
    // Out-edges vertex by vertex: each node's out-edges keep the graph's order, which is the
    // order agwrite and the layout read them in.
    void add_document(std::size_t doc, Agraph_t* holder, const attributes& attr) {
        sections_.clear();
        references_ = nullptr;
        const auto [first, last] = document_vertices(doc);
        for (vertex v = first; v < last; ++v)
            if (keeps(keep_, v)) add_node(v, holder, attr, look_of(v));
        add_inside_edges(doc, holder, attr);
    }

    // The edges between the document's kept nodes, in `holder`, out-edges vertex by vertex.
    void add_inside_edges(std::size_t doc, Agraph_t* holder, const attributes& attr) {
        const auto [first, last] = document_vertices(doc);
        for (vertex v = first; v < last; ++v) {
            if (!keeps(keep_, v)) continue;
            for (auto e : boost::make_iterator_range(boost::out_edges(v, c_.graph())))
                if (inside(e) && keeps(keep_, boost::target(e, c_.graph()))) add_edge(e, holder, attr);
        }
    }

    // The document to be written, in two graphs agwrite writes one after the other as the
    // one subgraph: `clusters`, the clusters of its sections and references with their nodes,
    // and `rest`, the nodes outside any cluster (the document's own) and every edge. In one
    // graph agwrite asked, for every node and both ends of every edge, whether each cluster
    // held it: a seventh of a DOT export's instructions. `clusters` holds no edge and no node
    // outside its clusters, `rest` no cluster. An edge's end in a cluster is named in `rest`
    // without attributes (agwrite then writes it only as the edge's end, as add_top_part's
    // ends), and the nodes of `rest` are made in the order of the vertices, as add_document
    // makes them, so `rest` writes its nodes and edges in the one graph's order.
    void add_document_in_two(std::size_t doc, Agraph_t* clusters, const attributes& clusters_attr, Agraph_t* rest,
                             const attributes& rest_attr) {
        sections_.clear();
        references_ = nullptr;
        const auto [first, last] = document_vertices(doc);
        std::vector<bool> edge_end(last - first, false);
        for (vertex v = first; v < last; ++v) {
            if (!keeps(keep_, v)) continue;
            for (auto e : boost::make_iterator_range(boost::out_edges(v, c_.graph())))
                if (const vertex target = boost::target(e, c_.graph()); inside(e) && keeps(keep_, target))
                    edge_end[v - first] = edge_end[target - first] = true;
        }
        for (vertex v = first; v < last; ++v) {
            if (!keeps(keep_, v)) continue;
            const node_look look = look_of(v);
            if (Agraph_t* cluster = cluster_of(v, clusters, clusters_attr, look)) {
                add_node_to(v, cluster, clusters_attr, look);
                if (edge_end[v - first]) nodes_[v] = new_node(rest, c_.vertex_id(v));
            } else {
                add_node_to(v, rest, rest_attr, look);
            }
        }
        add_inside_edges(doc, rest, rest_attr);
    }

    // Forgets the nodes of a document whose graph has been written and closed.
    void forget_document(std::size_t doc) {
        const auto [first, last] = document_vertices(doc);
        std::fill(nodes_.begin() + static_cast<std::ptrdiff_t>(first), nodes_.begin() + static_cast<std::ptrdiff_t>(last),
                  nullptr);
        sections_.clear();
        references_ = nullptr;
    }

    // The sources, the edges that join documents or name a source, and the legend, in the
    // top graph g. An edge's end in a document whose graph was written on its own is named
    // in g without attributes (agwrite then writes it only as the edge's end), in the same
    // order as the vertices, so g writes these nodes and edges as the whole graph would.
    void add_top(Agraph_t* g, const attributes& attr) {
        add_top_part(g, attr, {0, boost::num_vertices(c_.graph())}, top_edges(), true);
    }

    // The edges add_top adds, in the graph's order: by the vertex they leave.
    std::vector<citation_graph::edge_descriptor> top_edges() const {
        std::vector<citation_graph::edge_descriptor> between;
        for (auto e : boost::make_iterator_range(boost::edges(c_.graph())))
            if (!inside(e) && keeps(keep_, boost::source(e, c_.graph())) && keeps(keep_, boost::target(e, c_.graph())))
                between.push_back(e);
        return between;
    }

    // The part of add_top's graph that holds `edges`, the top edges leaving `vertices`, with
    // the kept sources among those vertices, in g, a graph of its own written before the next
    // part is made: the parts, written one after another, write what add_top's graph writes.
    // A source is declared with its attributes in the first part that names it (agwrite
    // writes it just before the first edge to it, or in its place among the vertices if no
    // edge leads to it), and named bare in the parts after; every other node is named bare.
    // Nodes are made in vertex order, as add_top makes them. The legend comes with the last.
    void add_top_part(Agraph_t* g, const attributes& attr, std::pair<vertex, vertex> vertices,
                      std::span<const citation_graph::edge_descriptor> edges, bool with_legend) {
        const auto [first, last] = vertices;
        std::vector<vertex> named;
        for (const auto& e : edges) {
            named.push_back(boost::source(e, c_.graph()));
            named.push_back(boost::target(e, c_.graph()));
        }
        for (vertex v = first; v < last; ++v)
            if (c_.graph()[v].kind == node_kind::source && keeps(keep_, v) && !declared_[v]) named.push_back(v);
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        for (vertex v : named) {
            if (nodes_[v]) continue;  // in the graph already: a drawn graph holds its documents
            if (c_.graph()[v].kind == node_kind::source && !declared_[v]) {
                add_node(v, g, attr, look_of(v));
                declared_[v] = true;
            } else {
                nodes_[v] = new_node(g, c_.vertex_id(v));
            }
        }
        for (const auto& e : edges) add_edge(e, g, attr);
        if (with_legend && marks_.nodes > 0) add_legend(g, attr);
        top_part_ = std::move(named);
    }

    // Forgets the nodes of the last top part, whose graph has been written and closed.
    void forget_top_part() {
        for (vertex v : top_part_) nodes_[v] = nullptr;
        top_part_.clear();
    }

    // What the legend must show of the nodes and edges added so far, and the same of nodes
    // and edges added by a copy of this builder in another process.
    const legend_marks& marks() const { return marks_; }
    void add_marks(const legend_marks& marks) { marks_.add(marks); }

private:
    // An edge drawn inside its document's graph: not to a source, not to another document.
    bool inside(citation_graph::edge_descriptor e) const {
        const vertex source = boost::source(e, c_.graph()), target = boost::target(e, c_.graph());
        return c_.graph()[e].kind != edge_kind::same_as && c_.graph()[source].document == c_.graph()[target].document;
    }

    static Agnode_t* new_node(Agraph_t* g, const std::string& id) {
        Agnode_t* n = agnode(g, chars(clean_text(id)), 1);
        if (!n) throw std::runtime_error("cgraph cannot create node " + id);
        return n;
    }

    // A cluster whose label and tooltip are `label`, a dot escString.
    static Agraph_t* cluster(Agraph_t* parent, const attributes& attr, const std::string& name,
                             const std::string& label) {
        Agraph_t* sub = agsubg(parent, chars("cluster_" + name), 1);
        if (!sub) throw std::runtime_error("cgraph cannot create cluster_" + name);
        set(sub, attr.cluster_label, label);
        set(sub, attr.cluster_tooltip, label);
        set(sub, attr.cluster_style, "rounded");
        set(sub, attr.cluster_colour, colour::grey);
        return sub;
    }

    // What vertex v shows (see node_look).
    node_look look_of(vertex v) const {
        const graph_node& node = c_.graph()[v];
        const document& d = c_.documents[node.document];
        const document_assessment& da = a_.documents[node.document];
        const std::string text = node_text(c_, v);
        node_look look;
        std::string label = node_label(c_, v);
        std::string tooltip = text;
        std::string url;
        switch (node.kind) {
            case node_kind::document:
                look.shape = "folder";
                if (da.as_of.known()) tooltip += "\nas of " + to_iso(da.as_of);
                break;
            case node_kind::section:
                look.cluster_label = dot_text(text);
                look.shape = "tab";
                break;
            case node_kind::claim: {
                const claim_assessment& ca = da.claims[node.item];
                look.shape = "box";
                look.fill = verdict_colour(ca.verdict);
                look.shows.verdicts[static_cast<std::size_t>(ca.verdict)] = true;
                label += "\n[" + std::string(to_string(ca.verdict)) + "]";
                tooltip += "\n" + std::string(to_string(ca.verdict));
                if (ca.reason_count != 0)
                    tooltip += "\n" + join(reasons_.texts(node.document, node.item), "\n");
                break;
            }
            case node_kind::reference: {
                const reference& r = d.references[node.item];
                const reference_assessment& ra = da.references[node.item];
                look.shape = "note";
                look.fill = ra.flags.retracted ? colour::black : ra.stale ? colour::vermillion : colour::sky_blue;
                (ra.flags.retracted ? look.shows.retracted : ra.stale ? look.shows.stale : look.shows.current) = true;
                look.shows.dashed = ra.flags.undated || ra.flags.unverifiable;
                if (look.shows.dashed) look.style = "filled,dashed";
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
                look.shape = "ellipse";
                look.fill = colour::yellow;
                look.shows.source = true;
                label = s.id() + ": " + label;
                tooltip = s.id() + ": " + text + "\nnamed by " + text::counted(s.references.size(), "reference");
                if (s.matched_by != match_basis::none) tooltip += ", matched by " + std::string(to_string(s.matched_by));
                if (s.published.known()) tooltip += "\npublished " + to_iso(s.published);
                if (!s.doi.empty()) tooltip += "\ndoi " + s.doi;
                if (is_web_url(s.url)) url = s.url;
                break;
            }
        }
        look.label = dot_text(label);
        look.tooltip = dot_text(tooltip);
        if (!url.empty()) look.url = dot_text(url);
        return look;
    }

    // A node of a document goes in `holder` or one of its clusters; a source in the top graph.
    void add_node(vertex v, Agraph_t* holder, const attributes& attr, const node_look& look) {
        Agraph_t* cluster = cluster_of(v, holder, attr, look);
        add_node_to(v, cluster ? cluster : holder, attr, look);
    }

    // The cluster in `holder` that vertex v's node goes in, made with its first node: a
    // section's own, the section's of its claims, the references'. nullptr for a node outside
    // any: the document's, a claim whose section the filter dropped, a source.
    Agraph_t* cluster_of(vertex v, Agraph_t* holder, const attributes& attr, const node_look& look) {
        const graph_node& node = c_.graph()[v];
        if (node.kind == node_kind::section) return sections_[v] = cluster(holder, attr, c_.vertex_id(v), look.cluster_label);
        if (node.kind == node_kind::claim) {
            const document& d = c_.documents[node.document];
            const claim& cl = d.claims[node.item];
            if (cl.section >= d.sections.size()) return nullptr;
            const auto found = sections_.find(c_.section_vertex(node.document, cl.section));
            return found != sections_.end() ? found->second : nullptr;
        }
        if (node.kind == node_kind::reference) {
            if (!references_)
                references_ = cluster(holder, attr, c_.vertex_id(c_.document_vertex(node.document)) + ":references",
                                      dot_text("References"));
            return references_;
        }
        return nullptr;
    }

    // Vertex v's node with its attributes in `parent`, a graph or a cluster.
    void add_node_to(vertex v, Agraph_t* parent, const attributes& attr, const node_look& look) {
        const graph_node& node = c_.graph()[v];
        marks_.add(look.shows);

        Agnode_t* n = new_node(parent, c_.vertex_id(v));
        nodes_[v] = n;
        set_unless_held(n, attr.label, look.label);
        set_unless_held(n, attr.shape, look.shape);
        set_unless_held(n, attr.style, look.style);
        set_unless_held(n, attr.fill, look.fill);
        if (std::string_view(look.fill) == colour::black) set_unless_held(n, attr.font_colour, "white");
        set_unless_held(n, attr.tooltip, look.tooltip);
        set_unless_held(n, attr.node_class, std::string(to_string(node.kind)));
        if (!look.url.empty()) {
            set_unless_held(n, attr.url, look.url);
            set_unless_held(n, attr.href, look.url);
        }
    }

    void add_edge(citation_graph::edge_descriptor e, Agraph_t* parent, const attributes& attr) {
        Agnode_t* tail = nodes_.at(boost::source(e, c_.graph()));
        Agnode_t* head = nodes_.at(boost::target(e, c_.graph()));
        const edge_kind kind = c_.graph()[e].kind;
        Agedge_t* edge = agedge(parent, tail, head, nullptr, 1);
        if (!edge) throw std::runtime_error("cgraph cannot create an edge");
        set_unless_held(edge, attr.edge_class, std::string(to_string(kind)));
        switch (kind) {
            case edge_kind::cites: break;
            // Clusters already show what contains what; drawn, these edges would cross every
            // citation. Kept invisible, they still rank documents before sections before claims.
            case edge_kind::contains: set_unless_held(edge, attr.edge_style, "invis"); break;
            case edge_kind::same_as:
                set_unless_held(edge, attr.edge_style, "dashed");
                set_unless_held(edge, attr.edge_colour, colour::blue);
                marks_.same_as = true;
                break;
            case edge_kind::derived_from:
                set_unless_held(edge, attr.edge_style, "bold");
                marks_.derived_from = true;
                break;
        }
    }

    // One node, "legend", whose label is a table of the colours the graph uses and of the
    // shapes. Its text is fixed here, so the HTML-like label needs no escaping.
    void add_legend(Agraph_t* g, const attributes& attr) {
        std::string table =
            "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#999999\">"
            "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
        for (std::size_t v = 0; v < verdict_count; ++v)
            if (marks_.verdicts[v])
                table += legend_row(verdict_colour(static_cast<claim_verdict>(v)), verdict_meaning[v]);
        if (marks_.retracted) table += legend_row(colour::black, "reference: retracted");
        if (marks_.stale) table += legend_row(colour::vermillion, "reference: stale");
        if (marks_.current) table += legend_row(colour::sky_blue, "reference: current");
        if (marks_.dashed)
            table += legend_row(colour::pale, "reference: undated or unverifiable", true);
        if (marks_.source) table += legend_row(colour::yellow, "source: one work several documents cite");
        table += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">box: claim · note: reference<BR ALIGN=\"LEFT\"/>"
                 "tab: section · folder: document<BR ALIGN=\"LEFT\"/>";
        if (marks_.source) table += "ellipse: source<BR ALIGN=\"LEFT\"/>";
        table += "arrow: the claim cites the reference<BR ALIGN=\"LEFT\"/>";
        if (marks_.same_as) table += "dashed blue arrow: the reference names the source<BR ALIGN=\"LEFT\"/>";
        if (marks_.derived_from)
            table += "bold arrow: the reference names that corpus document<BR ALIGN=\"LEFT\"/>";
        table += "</TD></TR></TABLE>";
        Agnode_t* n = agnode(g, chars("legend"), 1);
        if (!n) throw std::runtime_error("cgraph cannot create the legend");
        char* html = agstrdup_html(g, chars(table));
        agxset(n, attr.label, html);
        agstrfree(g, html);
        set_unless_held(n, attr.shape, "plaintext");
        set_unless_held(n, attr.style, "");
        set_unless_held(n, attr.tooltip, "Legend");
        set_unless_held(n, attr.node_class, "legend");
    }

    const corpus& c_;
    const corpus_assessment& a_;
    const claim_reasons reasons_;
    const vertex_filter& keep_;
    std::vector<Agnode_t*> nodes_;  // by vertex index; null for a vertex not (or no longer) in a graph
    std::vector<bool> declared_ = std::vector<bool>(boost::num_vertices(c_.graph()));  // sources add_top_part declared
    std::vector<vertex> top_part_;  // the vertices named in the last top part
    std::unordered_map<vertex, Agraph_t*> sections_;  // the current document's section clusters
    Agraph_t* references_ = nullptr;                  // and its references cluster, once it has one
    legend_marks marks_;
};

cgraph_ptr open_graph(const std::string& name, Agdisc_t& discipline) {
    cgraph_ptr g(agopen(chars(name), Agdirected, &discipline));
    if (!g) throw std::runtime_error("cgraph cannot open a graph");
    return g;
}

std::string document_name(const corpus& c, std::size_t doc) {
    return clean_text("document_" + c.vertex_id(c.document_vertex(doc)));
}

void write(Agraph_t* g, dot_channel& channel) {
    if (agwrite(g, &channel) == EOF || !channel.finish())
        throw std::runtime_error("cannot write the DOT output");
}

}  // namespace

cgraph_ptr make_dot_graph(const corpus& c, const corpus_assessment& a, const vertex_filter& keep) {
    require_parallel(c, a);
    cgraph_ptr g = open_graph("citegraph", drawn_discipline);
    const attributes attr(g.get());
    dot_builder builder(c, a, keep);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        if (!builder.keeps_any(doc)) continue;
        Agraph_t* holder = agsubg(g.get(), chars(document_name(c, doc)), 1);
        if (!holder) throw std::runtime_error("cgraph cannot create " + document_name(c, doc));
        builder.add_document(doc, holder, attr);
    }
    builder.add_top(g.get(), attr);
    return g;
}

void write_dot_graph(std::ostream& out, const corpus& c, const corpus_assessment& a, const vertex_filter& keep,
                     std::size_t top_edges_per_part, unsigned processes) {
    require_parallel(c, a);
    dot_builder builder(c, a, keep);
    const cgraph_ptr top = open_graph("citegraph", written_discipline);
    const attributes top_attr(top.get());

    // The declarations, as cgraph writes them for the graph while it is empty, less its "}".
    std::ostringstream declared;
    dot_channel declarations(declared);
    write(top.get(), declarations);
    std::string head = declared.str();
    if (!head.ends_with("}\n")) throw std::logic_error("cgraph wrote an empty graph without its closing brace");
    head.resize(head.size() - 2);
    out << head;
    // What follows "digraph NAME {" in a graph that declares the same: written once, above.
    const std::string declarations_only = head.substr(head.find('\n') + 1);

    std::vector<std::size_t> kept;
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        if (builder.keeps_any(doc)) kept.push_back(doc);
    // Each document from two cgraph graphs of its own (add_document_in_two), written as its
    // subgraph: the clusters' graph without its closing brace, then the rest's without its
    // opening.
    const auto write_document = [&](std::size_t doc, std::ostream& to) {
        const std::string name = document_name(c, doc);
        const cgraph_ptr clusters = open_graph(name, written_discipline);
        const attributes clusters_attr(clusters.get());
        const cgraph_ptr rest = open_graph(name, written_discipline);
        const attributes rest_attr(rest.get());
        builder.add_document_in_two(doc, clusters.get(), clusters_attr, rest.get(), rest_attr);
        // As agwrite writes the name: quoted if need be. agcanon with html false, since
        // agcanonStr would look for the HTML flag in front of a string cgraph did not make.
        const std::string canonical = agcanon(chars(name), 0);
        const std::string head = "digraph " + canonical + " {\n" + declarations_only;
        std::ostringstream clusters_text;
        dot_channel opening(clusters_text, head, "\tsubgraph " + canonical + " {\n", true);
        write(clusters.get(), opening);
        std::string text = std::move(clusters_text).str();
        constexpr std::string_view closing = "\t}\n";
        if (!text.ends_with(closing)) throw std::logic_error("cgraph ended a document's clusters without its brace");
        to.write(text.data(), static_cast<std::streamsize>(text.size() - closing.size()));
        dot_channel rest_of_it(to, head, "", true);
        write(rest.get(), rest_of_it);
        builder.forget_document(doc);
    };
    // cgraph keeps state in globals and works on one thread: the documents are dealt round
    // processes of their own, each with a copy of the builder, and written here in order.
    forked_texts documents(
        kept.size(), processes ? processes : std::max(1u, std::thread::hardware_concurrency()),
        [&](std::size_t k) {
            std::ostringstream text;
            write_document(kept[k], text);
            return std::move(text).str();
        },
        [&] { return builder.marks().bytes(); });
    for (std::size_t k = 0; k < kept.size(); ++k) {
        if (documents.mine(k)) {
            write_document(kept[k], out);
        } else {
            const std::string text = documents.take(k);
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
        }
    }
    for (const std::string& marks : documents.finish()) builder.add_marks(legend_marks::from_bytes(marks));

    // The top graph in parts, each written and closed before the next is made: as one graph
    // it held a node and an edge in cgraph for every reference that names a source (122,000
    // of each for 2000 copies of the Mali report, 70 MB at the run's peak).
    const std::vector<citation_graph::edge_descriptor> between = builder.top_edges();
    const vertex vertices = boost::num_vertices(c.graph());
    const std::size_t edges_per_part = std::max<std::size_t>(top_edges_per_part, 1);
    std::size_t first_edge = 0;
    vertex first_vertex = 0;
    do {
        std::size_t end = std::min(first_edge + edges_per_part, between.size());
        // A vertex's edges stay in one part.
        while (end < between.size() && boost::source(between[end], c.graph()) == boost::source(between[end - 1], c.graph()))
            ++end;
        const bool last = end == between.size();
        const vertex end_vertex = last ? vertices : boost::source(between[end], c.graph());
        const cgraph_ptr part = open_graph("citegraph", written_discipline);
        const attributes part_attr(part.get());
        builder.add_top_part(part.get(), part_attr, {first_vertex, end_vertex},
                             std::span(between).subspan(first_edge, end - first_edge), last);
        std::ostringstream text;
        dot_channel body(text, head, "", false);
        write(part.get(), body);
        builder.forget_top_part();
        std::string printed = std::move(text).str();
        // Every part but the last goes on where the next begins, inside the one graph.
        if (!last) {
            if (!printed.ends_with("}\n")) throw std::logic_error("cgraph ended a part of the graph without its brace");
            printed.resize(printed.size() - 2);
        }
        out << printed;
        first_edge = end;
        first_vertex = end_vertex;
    } while (first_vertex < vertices);
}

}  // namespace citegraph::exports_detail
