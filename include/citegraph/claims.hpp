// A document's claims: what each says and which reference numbers it cites. A document
// holds the texts and numbers of all its claims together, in one buffer each, and a claim
// is read as a view into them: a corpus has hundreds of thousands of claims, and a string
// and a vector of their own were two allocations and 56 bytes for each.
// Standard library only.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "citegraph/location.hpp"

namespace citegraph {

// The reference numbers a claim cites, ranges expanded, in citation order. A view: valid
// while the claim_list it was read from is alive and nothing is added to it.
class cite_numbers {
public:
    cite_numbers() = default;
    explicit cite_numbers(std::span<const int> numbers) : numbers_(numbers) {}

    const int* begin() const { return numbers_.data(); }
    const int* end() const { return numbers_.data() + numbers_.size(); }
    std::size_t size() const { return numbers_.size(); }
    bool empty() const { return numbers_.empty(); }
    int front() const { return numbers_.front(); }
    int back() const { return numbers_.back(); }
    int operator[](std::size_t i) const { return numbers_[i]; }

    // The same numbers in the same order.
    friend bool operator==(cite_numbers a, cite_numbers b) { return std::ranges::equal(a.numbers_, b.numbers_); }
    friend bool operator==(cite_numbers a, const std::vector<int>& b) { return std::ranges::equal(a.numbers_, b); }

private:
    std::span<const int> numbers_;
};

// A run of text that a citation group (or none) supports, as its document holds it. A view:
// text and cites stay valid while the claim_list it was read from is alive and nothing is
// added to it. The years the text names are years_named(text) (citegraph/claim_years.hpp).
struct claim {
    std::string_view text;      // whitespace folded, markup removed
    cite_numbers cites;         // reference numbers, ranges expanded, in citation order
    location where;             // where the claim's first character is
    std::uint32_t section = 0;  // index into document::sections
    bool in_table = false;      // a table cell (text carries row and column)
};

// A claim being made, holding its own text and numbers: what importers build and change
// (a claim's text grows while its sentence goes on) before claim_list::push_back copies it.
struct claim_draft {
    std::string text;
    std::vector<int> cites;
    location where;
    std::uint32_t section = 0;
    bool in_table = false;
};

// A document's claims in order. Each claim's text is copied into chunks of text and its
// numbers into one vector, both held by the list, so a claim read from it (operator[], the
// iterators) is a view into them; adding a claim may move them and so ends every view read
// before.
class claim_list {
public:
    class const_iterator;
    using value_type = claim;
    using size_type = std::size_t;
    using iterator = const_iterator;

    claim_list() = default;
    claim_list(std::initializer_list<claim_draft> claims);

    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }
    // Claim i (i < size()). const, so that writing to what it gives ("claims[0].text = t")
    // does not compile rather than change a copy.
    const claim operator[](std::size_t i) const {
        const entry& e = entries_[i];
        return {std::string_view(chunks_[e.chunk]).substr(e.text_at, e.text_size),
                cite_numbers(std::span<const int>(numbers_).subspan(e.cites_at, e.cites_size)), e.where, e.section,
                e.in_table != 0};
    }
    const claim front() const { return (*this)[0]; }
    const claim back() const { return (*this)[size() - 1]; }
    const_iterator begin() const;
    const_iterator end() const;

    // Adds a copy of the claim after the others. Throws std::length_error when the
    // document's claims would hold 2^32 numbers or 2^32 claims, or the section is 2^31 or more.
    void push_back(const claim_draft& c) { push_back(c.text, c.cites, c.where, c.section, c.in_table); }
    // As push_back(c), but a text of 1 MiB or more is taken over rather than copied: a
    // paragraph converted badly from PDF can be one 100 MB claim.
    void push_back(claim_draft&& c);
    void push_back(std::string_view text, std::span<const int> cites, location where, std::uint32_t section,
                   bool in_table);
    // Gives the last claim (there must be one) these numbers instead of its own: a paragraph
    // of callouts alone cites for the claim before it.
    void set_last_cites(std::span<const int> numbers);
    // Gives back the room the buffers grew into: the claims of a corpus are held to the end.
    void shrink_to_fit();

private:
    // 32 bytes; 32-bit offsets, as a claim's place and the graph's vertices are, and a
    // section index of 31 bits beside in_table.
    struct entry {
        std::uint32_t chunk = 0;      // index into chunks_
        std::uint32_t text_at = 0;    // where in it the text starts
        std::uint32_t text_size = 0;
        std::uint32_t cites_at = 0;   // index into numbers_
        std::uint32_t cites_size = 0;
        location where;
        std::uint32_t section : 31 = 0;
        std::uint32_t in_table : 1 = 0;
    };
    static_assert(sizeof(entry) == 32, "a corpus holds one entry per claim");

    // Throws std::length_error unless a claim of this size and section fits the entries.
    void check_room(std::size_t text_size, std::size_t cites_size, std::uint32_t section) const;
    // Room for the text: the last chunk's, else a new chunk's. Returns the chunk's index.
    std::uint32_t chunk_for(std::size_t bytes);
    // Adds the entry of a claim whose text is in place; copies its numbers.
    void add_entry(std::uint32_t chunk, std::size_t text_at, std::size_t text_size, std::span<const int> cites,
                   location where, std::uint32_t section, bool in_table);

    std::vector<entry> entries_;
    // The claims' texts, one after another, in chunks that are filled and never grown: a
    // buffer that doubled would copy every text again and hold both while it moved (three
    // times the text of a 100 MB one-paragraph input at that moment).
    std::vector<std::string> chunks_;
    std::vector<int> numbers_;  // every claim's numbers, one after another
};

// Walks a claim_list, giving each claim by value (a view into the list).
class claim_list::const_iterator {
public:
    using iterator_concept = std::random_access_iterator_tag;
    using iterator_category = std::input_iterator_tag;  // gives claims by value, not reference
    using value_type = claim;
    using difference_type = std::ptrdiff_t;
    using reference = const claim;
    // What operator-> gives: the claim, held while the expression lasts.
    struct arrow {
        const claim held;
        const claim* operator->() const { return &held; }
    };

    const_iterator() = default;
    const_iterator(const claim_list* list, std::size_t at) : list_(list), at_(at) {}

    const claim operator*() const { return (*list_)[at_]; }
    arrow operator->() const { return {(*list_)[at_]}; }
    const claim operator[](difference_type n) const { return (*list_)[static_cast<std::size_t>(static_cast<difference_type>(at_) + n)]; }
    const_iterator& operator++() { ++at_; return *this; }
    const_iterator operator++(int) { const_iterator was = *this; ++at_; return was; }
    const_iterator& operator--() { --at_; return *this; }
    const_iterator operator--(int) { const_iterator was = *this; --at_; return was; }
    const_iterator& operator+=(difference_type n) { at_ = static_cast<std::size_t>(static_cast<difference_type>(at_) + n); return *this; }
    const_iterator& operator-=(difference_type n) { return *this += -n; }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
        return static_cast<difference_type>(a.at_) - static_cast<difference_type>(b.at_);
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.at_ == b.at_; }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.at_ <=> b.at_; }

private:
    const claim_list* list_ = nullptr;
    std::size_t at_ = 0;
};

inline claim_list::const_iterator claim_list::begin() const { return {this, 0}; }
inline claim_list::const_iterator claim_list::end() const { return {this, size()}; }

}  // namespace citegraph
