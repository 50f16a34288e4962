#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>

#include "citegraph/claims.hpp"

namespace citegraph {
namespace {

constexpr std::size_t most = std::numeric_limits<std::uint32_t>::max();

// A new chunk holds at least this, and grows with the document's text up to the largest:
// a short document's claims take a few small chunks, a long one's take 1 MiB ones, and the
// room left at the end of a full chunk is a small share of it. A text larger than the
// largest gets a chunk of its own size.
constexpr std::size_t smallest_chunk = 4096;
constexpr std::size_t largest_chunk = 1 << 20;

// true if p points into [begin, begin + size): std::less orders unrelated pointers too.
template <typename T>
bool points_into(const T* p, const T* begin, std::size_t size) {
    return size != 0 && !std::less<const T*>{}(p, begin) && std::less<const T*>{}(p, begin + size);
}

[[noreturn]] void too_many() {
    throw std::length_error("a document holds more than 2^32 claims or cited numbers, or 2^31 sections");
}

// The largest section index an entry holds (31 bits).
constexpr std::uint32_t last_section = 0x7FFFFFFFu;

}  // namespace

claim_list::claim_list(std::initializer_list<claim_draft> claims) {
    for (const claim_draft& c : claims) push_back(c);
}

void claim_list::check_room(std::size_t text_size, std::size_t cites_size, std::uint32_t section) const {
    if (text_size > most || cites_size > most - numbers_.size() || entries_.size() == most || section > last_section)
        too_many();
}

std::uint32_t claim_list::chunk_for(std::size_t bytes) {
    if (!chunks_.empty() && chunks_.back().capacity() - chunks_.back().size() >= bytes)
        return static_cast<std::uint32_t>(chunks_.size() - 1);
    if (chunks_.size() == most) too_many();
    std::size_t held = 0;
    for (const std::string& chunk : chunks_) held += chunk.size();
    std::string chunk;
    chunk.reserve(std::max(bytes, std::clamp(held, smallest_chunk, largest_chunk)));
    chunks_.push_back(std::move(chunk));
    return static_cast<std::uint32_t>(chunks_.size() - 1);
}

void claim_list::push_back(std::string_view text, std::span<const int> cites, location where, std::uint32_t section,
                           bool in_table) {
    check_room(text.size(), cites.size(), section);
    // A claim read from this list may be what is added: copy it first if a buffer it is read
    // from may move. Numbers move when their vector grows; texts stay in their chunks, unless
    // a short last chunk that shrink_to_fit gave back is held inside its string and the list
    // of chunks grows.
    const bool chunks_move = chunks_.size() == chunks_.capacity();
    const bool own_text = chunks_move && std::any_of(chunks_.begin(), chunks_.end(), [&](const std::string& chunk) {
        return points_into(text.data(), chunk.data(), chunk.size());
    });
    if (own_text || points_into(cites.data(), numbers_.data(), numbers_.size())) {
        const std::string text_copy(text);
        const std::vector<int> cites_copy(cites.begin(), cites.end());
        push_back(text_copy, cites_copy, where, section, in_table);
        return;
    }
    const std::uint32_t chunk = chunk_for(text.size());
    const std::size_t text_at = chunks_[chunk].size();
    chunks_[chunk].append(text);
    add_entry(chunk, text_at, text.size(), cites, where, section, in_table);
}

void claim_list::push_back(claim_draft&& c) {
    if (c.text.size() < largest_chunk) {
        push_back(c.text, c.cites, c.where, c.section, c.in_table);
        return;
    }
    // A text this large would have a chunk of its own: it becomes one. It is no view into
    // this list, being a string of its own.
    check_room(c.text.size(), c.cites.size(), c.section);
    if (chunks_.size() == most) too_many();
    const std::size_t text_size = c.text.size();
    chunks_.push_back(std::move(c.text));
    add_entry(static_cast<std::uint32_t>(chunks_.size() - 1), 0, text_size, c.cites, c.where, c.section, c.in_table);
}

void claim_list::add_entry(std::uint32_t chunk, std::size_t text_at, std::size_t text_size, std::span<const int> cites,
                           location where, std::uint32_t section, bool in_table) {
    entry e;
    e.chunk = chunk;
    e.text_at = static_cast<std::uint32_t>(text_at);
    e.text_size = static_cast<std::uint32_t>(text_size);
    e.cites_at = static_cast<std::uint32_t>(numbers_.size());
    e.cites_size = static_cast<std::uint32_t>(cites.size());
    e.where = where;
    e.section = section & last_section;
    e.in_table = in_table ? 1 : 0;
    numbers_.insert(numbers_.end(), cites.begin(), cites.end());
    entries_.push_back(e);
}

void claim_list::set_last_cites(std::span<const int> numbers) {
    entry& last = entries_.back();
    if (points_into(numbers.data(), numbers_.data(), numbers_.size())) {
        const std::vector<int> copy(numbers.begin(), numbers.end());
        set_last_cites(copy);
        return;
    }
    // The last claim's numbers end the buffer, so they are replaced where they are.
    if (numbers.size() > most - last.cites_at) too_many();
    numbers_.resize(last.cites_at);
    numbers_.insert(numbers_.end(), numbers.begin(), numbers.end());
    last.cites_size = static_cast<std::uint32_t>(numbers.size());
}

void claim_list::shrink_to_fit() {
    entries_.shrink_to_fit();
    chunks_.shrink_to_fit();
    if (!chunks_.empty()) chunks_.back().shrink_to_fit();  // the others are full, or nearly
    numbers_.shrink_to_fit();
}

}  // namespace citegraph
