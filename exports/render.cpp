#include "citegraph/render.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <graphviz/gvc.h>

#include "dot_graph.hpp"

namespace citegraph {

namespace {

// Graphviz reports through a process-wide handler; while a rendering runs, what it says
// is collected here instead of going to standard error, and becomes the exception message.
thread_local std::string* graphviz_messages = nullptr;

int collect_message(char* message) {
    if (graphviz_messages) *graphviz_messages += message;
    return 0;
}

// Routes Graphviz's messages into `messages` for the guard's life.
class message_capture {
public:
    explicit message_capture(std::string& messages)
        : previous_handler_(agseterrf(collect_message)), previous_level_(agseterr(AGWARN)) {
        graphviz_messages = &messages;
    }
    message_capture(const message_capture&) = delete;
    message_capture& operator=(const message_capture&) = delete;
    ~message_capture() {
        graphviz_messages = nullptr;
        agseterrf(previous_handler_);
        agseterr(previous_level_);
    }

private:
    agusererrf previous_handler_;
    agerrlevel_t previous_level_;
};

// One Graphviz context for the whole process, never freed. Graphviz 2.42's text layout
// keeps font data of the first context in a cache the next context reads, so drawing a
// second picture after freeing the first context read freed memory (AddressSanitizer:
// heap-use-after-free in textspan_size). It is reachable to the end, so no leak either.
GVC_t* graphviz_context() {
    static GVC_t* const gvc = gvContext();
    return gvc;
}

// Frees a layout before its graph is closed.
class layout_guard {
public:
    layout_guard(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
    layout_guard(const layout_guard&) = delete;
    layout_guard& operator=(const layout_guard&) = delete;
    ~layout_guard() { gvFreeLayout(gvc_, g_); }

private:
    GVC_t* gvc_;
    Agraph_t* g_;
};

struct render_data_freer {
    void operator()(char* data) const { gvFreeRenderData(data); }
};

// Graphviz's own words, trimmed, or what failed when it said nothing.
std::string failure(const std::string& messages, const std::string& what) {
    std::string text = messages;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text.empty() ? what : what + ": " + text;
}

// Graphviz (2.42 here) writes a node's URL into SVG as it is, so a query string's '&'
// makes the file malformed XML that browsers refuse to show. For SVG the links are
// XML-escaped first; PNG and PDF take them as plain text.
void escape_links_for_svg(Agraph_t* g) {
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (const char* name : {"URL", "href"}) {
            const char* value = agget(n, const_cast<char*>(name));
            if (!value || !*value) continue;
            std::string escaped;
            for (const char* p = value; *p; ++p) {
                switch (*p) {
                    case '&': escaped += "&amp;"; break;
                    case '<': escaped += "&lt;"; break;
                    case '>': escaped += "&gt;"; break;
                    case '"': escaped += "&quot;"; break;
                    default: escaped += *p;
                }
            }
            // cgraph's C interface takes char* but does not write through it.
            char no_default[] = "";
            agsafeset(n, const_cast<char*>(name), escaped.data(), no_default);
        }
    }
}

}  // namespace

std::string_view to_string(render_format format) {
    switch (format) {
        case render_format::svg: return "svg";
        case render_format::png: return "png";
        case render_format::pdf: return "pdf";
    }
    return "svg";
}

std::string_view choose_layout(std::size_t nodes) {
    return nodes <= dot_layout_limit ? "dot" : "sfdp";
}

const std::vector<std::string>& layout_engines() {
    static const std::vector<std::string> engines{"dot", "sfdp", "neato", "fdp", "twopi", "circo"};
    return engines;
}

std::size_t layout_node_limit(std::string_view engine) {
    if (engine == "circo") return 80;
    if (engine == "fdp") return 800;
    return render_node_limit;
}

graph_too_large::graph_too_large(std::size_t node_count, std::size_t limit, std::string_view engine)
    : view_error("the graph has " + std::to_string(node_count) + " nodes; " +
                 (limit < render_node_limit
                      ? "--layout " + std::string(engine) + " draws at most " + std::to_string(limit) +
                            " in reasonable time (dot, sfdp, neato and twopi up to " +
                            std::to_string(render_node_limit) + ")"
                      : "more than " + std::to_string(limit) + " cannot be drawn readably")),
      nodes(node_count) {}

std::string render_graph(const corpus& c, const corpus_assessment& a, const vertex_filter& keep,
                         const render_options& options) {
    const auto& engines = layout_engines();
    if (!options.layout.empty() &&
        std::find(engines.begin(), engines.end(), options.layout) == engines.end())
        throw std::invalid_argument("unknown layout engine '" + options.layout + "'");

    std::string messages;
    const message_capture capture(messages);
    GVC_t* const gvc = graphviz_context();
    if (!gvc) throw std::runtime_error("Graphviz cannot start");
    // Counted before the cgraph graph is built: the report asks for the stale paths of a
    // whole corpus, and building 63,000 nodes to refuse them took a seventh of its run.
    const std::size_t kept = kept_count(c, keep);
    const std::size_t nodes = kept == 0 ? 0 : kept + 1;  // and the legend
    const std::string engine =
        options.layout.empty() ? std::string(choose_layout(nodes)) : options.layout;
    if (nodes > layout_node_limit(engine)) throw graph_too_large(nodes, layout_node_limit(engine), engine);
    const exports_detail::cgraph_ptr g = exports_detail::make_dot_graph(c, a, keep);
    if (static_cast<std::size_t>(agnnodes(g.get())) != nodes)
        throw std::logic_error("the graph to draw has " + std::to_string(agnnodes(g.get())) + " nodes, not " +
                               std::to_string(nodes));
    if (gvLayout(gvc, g.get(), engine.c_str()) != 0)
        throw std::runtime_error(failure(messages, "Graphviz cannot lay out the graph with " + engine));
    const layout_guard layout(gvc, g.get());

    char* raw = nullptr;
    unsigned int length = 0;
    const std::string format(to_string(options.format));
    if (options.format == render_format::svg) escape_links_for_svg(g.get());
    const int status = gvRenderData(gvc, g.get(), format.c_str(), &raw, &length);
    const std::unique_ptr<char, render_data_freer> data(raw);
    if (status != 0 || !raw)
        throw std::runtime_error(failure(messages, "Graphviz cannot render " + format));
    return std::string(raw, length);
}

}  // namespace citegraph
