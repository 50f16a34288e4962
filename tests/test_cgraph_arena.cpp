// The arena memory discipline for cgraph graphs that are built, written and closed
// (exports/cgraph_arena): values replaced, attribute arrays grown, values too large for a
// block, and a close that frees the heap at once rather than element by element.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <graphviz/cgraph.h>

#include "exports/cgraph_arena.hpp"

using citegraph::exports_detail::arena_memory;
using citegraph::exports_detail::close_graph;

namespace {

char* chars(const std::string& text) { return const_cast<char*>(text.c_str()); }

// arena_memory, counting what cgraph frees and closes.
int frees = 0;
int closes = 0;
void counting_free(void* heap, void* ptr) {
    ++frees;
    arena_memory.free(heap, ptr);
}
void counting_close(void* heap) {
    ++closes;
    arena_memory.close(heap);
}
Agmemdisc_t counting_memory{arena_memory.open, arena_memory.alloc, arena_memory.resize, counting_free, counting_close};
Agdisc_t counting_discipline{&counting_memory, nullptr, nullptr};

struct graph_closer {
    void operator()(Agraph_t* g) const { agclose(g); }
};

// agwrite's text for g.
std::string written(Agraph_t* g) {
    char* text = nullptr;
    std::size_t size = 0;
    FILE* out = open_memstream(&text, &size);
    REQUIRE(out != nullptr);
    REQUIRE(agwrite(g, out) == 0);
    std::fclose(out);
    std::string copy(text, size);
    std::free(text);
    return copy;
}

std::string label_of(int k) { return "node " + std::to_string(k) + std::string(static_cast<std::size_t>(k % 7) * 13, 'x'); }

}  // namespace

TEST_CASE("a graph in the arena keeps every value through replacement and growth, and closes at once") {
    frees = closes = 0;
    Agraph_t* g = agopen(chars("arena"), Agdirected, &counting_discipline);
    REQUIRE(g != nullptr);
    Agsym_t* label = agattr(g, AGNODE, chars("label"), chars(""));
    const std::string long_value(100 * 1024, 'v');  // larger than a block
    constexpr int node_count = 3000;
    Agnode_t* previous = nullptr;
    for (int k = 0; k < node_count; ++k) {
        Agraph_t* cluster = agsubg(g, chars("cluster_" + std::to_string(k % 25)), 1);
        Agnode_t* n = agnode(cluster, chars("n" + std::to_string(k)), 1);
        agxset(n, label, chars("first value"));
        agxset(n, label, chars(label_of(k)));  // frees the first value's copy
        if (previous) agedge(g, previous, n, nullptr, 1);
        previous = n;
    }
    // Declared after the nodes: every node's attribute array, made with room for four,
    // grows to hold the fifth.
    Agsym_t* tooltip = agattr(g, AGNODE, chars("tooltip"), chars("none"));
    for (const char* name : {"shape", "color", "class"}) agattr(g, AGNODE, chars(name), chars(std::string(name) + " default"));
    agxset(agnode(g, chars("n7"), 0), tooltip, chars(long_value));
    CHECK(frees > 0);

    const std::string text = written(g);
    const int frees_before_close = frees;
    close_graph(g);
    CHECK(closes == 1);
    // The heap went at once: closing element by element frees every node, edge and value.
    CHECK(frees - frees_before_close < node_count);

    const std::unique_ptr<Agraph_t, graph_closer> read(agmemread(text.c_str()));
    REQUIRE(read != nullptr);
    CHECK(agnnodes(read.get()) == node_count);
    CHECK(agnedges(read.get()) == node_count - 1);
    CHECK(agnsubg(read.get()) == 25);
    for (int k = 0; k < node_count; ++k) {
        Agnode_t* n = agnode(read.get(), chars("n" + std::to_string(k)), 0);
        REQUIRE(n != nullptr);
        CHECK(std::string(agget(n, chars("label"))) == label_of(k));
        CHECK(std::string(agget(n, chars("tooltip"))) == (k == 7 ? long_value : "none"));
        CHECK(std::string(agget(n, chars("class"))) == "class default");
    }
}
