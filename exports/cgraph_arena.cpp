#include "cgraph_arena.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

namespace citegraph::exports_detail {

namespace {

// Bump allocation from zeroed blocks, as cgraph's own allocator (calloc) hands out zeroed
// memory. A request larger than a quarter block gets a block of its own, so little of a
// block is left unused.
class arena {
public:
    void* allocate(std::size_t size) {
        size = (size + alignment - 1) / alignment * alignment;
        if (size > block_size / 4) return new_block(size);
        if (size > room_) {
            next_ = new_block(block_size);
            room_ = block_size;
        }
        void* at = next_;
        next_ += size;
        room_ -= size;
        return at;
    }

private:
    static constexpr std::size_t alignment = alignof(std::max_align_t);
    static constexpr std::size_t block_size = 64 * 1024;

    std::byte* new_block(std::size_t size) {
        blocks_.push_back(std::make_unique<std::byte[]>(size));  // value-initialised: zeroed
        return blocks_.back().get();
    }

    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::byte* next_ = nullptr;
    std::size_t room_ = 0;
};

void* arena_open(Agdisc_t*) { return new arena; }

void* arena_alloc(void* heap, std::size_t request) { return static_cast<arena*>(heap)->allocate(request); }

// A grown block is a new one holding the old bytes; the part beyond them is zero, as
// cgraph's own resize makes it.
void* arena_resize(void* heap, void* old, std::size_t old_size, std::size_t request) {
    if (request <= old_size) return old;
    void* grown = static_cast<arena*>(heap)->allocate(request);
    if (old) std::memcpy(grown, old, old_size);
    return grown;
}

void arena_free(void*, void*) {}

void arena_close(void* heap) { delete static_cast<arena*>(heap); }

}  // namespace

Agmemdisc_t arena_memory{arena_open, arena_alloc, arena_resize, arena_free, arena_close};

namespace {

// The dictionaries of a graph and its subgraphs: the nodes, edges and subgraphs of each,
// and the attribute declarations each holds in its "_AG_datadict" record (cgraph's name
// for it, in attr.c). cdt allocates each dictionary with malloc, whatever the graph's
// memory discipline.
void collect_dictionaries(Agraph_t* g, std::vector<Dict_t*>& out) {
    out.insert(out.end(), {g->n_seq, g->n_id, g->e_seq, g->e_id, g->g_dict});
    if (auto* data = reinterpret_cast<Agdatadict_t*>(aggetrec(g, const_cast<char*>("_AG_datadict"), 0)))
        out.insert(out.end(), {data->dict.n, data->dict.e, data->dict.g});
    for (Agraph_t* sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) collect_dictionaries(sub, out);
}

}  // namespace

void close_graph(Agraph_t* g) {
    if (agparent(g) != nullptr || !g->clos->disc.mem->close) {
        agclose(g);
        return;
    }
    // cgraph frees the heap at once when the memory discipline can close it, and then
    // skips two things it does when it closes a graph element by element: closing the id
    // discipline, and freeing the dictionaries cdt allocated. Both are done here: the
    // dictionaries' contents were in the heap, their headers are freed as cdt would.
    std::vector<Dict_t*> dictionaries;
    collect_dictionaries(g, dictionaries);
    dictionaries.push_back(g->clos->strdict);
    for (Dict_t* lookup : g->clos->lookup_by_name) dictionaries.push_back(lookup);
    for (Dict_t* lookup : g->clos->lookup_by_id) dictionaries.push_back(lookup);
    g->clos->disc.id->close(g->clos->state.id);
    agclose(g);
    for (Dict_t* dictionary : dictionaries) std::free(dictionary);
}

}  // namespace citegraph::exports_detail
