#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "citegraph/claims.hpp"

using namespace citegraph;

namespace {

using numbers = std::vector<int>;

claim_draft draft(std::string text, numbers cites, std::uint32_t line = 1, std::uint32_t section = 0,
                  bool in_table = false) {
    return {std::move(text), std::move(cites), {line, 3}, section, in_table};
}

}  // namespace

TEST_SUITE("claim list") {

// A claim read from the list is a copy of views: writing to it would change nothing, so it
// must not compile.
static_assert(!std::is_assignable_v<decltype((std::declval<const claim_list&>()[0].text)), std::string_view>);
static_assert(!std::is_assignable_v<decltype((std::declval<const claim_list&>()[0].section)), std::uint32_t>);

TEST_CASE("claims read back as they were added, in order") {
    claim_list list{draft("Children work in mines.", {3, 1}, 4, 1), draft("", {}, 5)};
    list.push_back(draft("Rates fell [table].", {7}, 9, 2, true));
    REQUIRE(list.size() == 3);
    CHECK(list[0].text == "Children work in mines.");
    CHECK(list[0].cites == numbers{3, 1});
    CHECK(list[0].where == location{4, 3});
    CHECK(list[0].section == 1);
    CHECK_FALSE(list[0].in_table);
    CHECK(list[1].text.empty());
    CHECK(list[1].cites.empty());
    CHECK(list.back().text == "Rates fell [table].");
    CHECK(list.back().in_table);
    std::vector<std::string> texts;
    for (const claim& c : list) texts.emplace_back(c.text);
    CHECK(texts == std::vector<std::string>{"Children work in mines.", "", "Rates fell [table]."});
}

TEST_CASE("texts spread over many chunks stay whole and in place") {
    // 3000 claims of 100 bytes and more fill several chunks; no text is cut at a chunk's end.
    claim_list list;
    std::vector<std::string> made;
    for (int i = 0; i < 3000; ++i) {
        made.push_back(std::string(100 + i % 57, static_cast<char>('a' + i % 26)) + std::to_string(i));
        list.push_back(draft(made.back(), {i, i + 1}));
    }
    list.shrink_to_fit();
    REQUIRE(list.size() == made.size());
    for (std::size_t i = 0; i < made.size(); ++i) {
        CAPTURE(i);
        CHECK(list[i].text == made[i]);
        CHECK(list[i].cites == numbers{static_cast<int>(i), static_cast<int>(i) + 1});
    }
}

TEST_CASE("a text of a megabyte or more is taken over, not copied") {
    claim_list list{draft("Short.", {1})};
    claim_draft large = draft(std::string(3 << 20, 'x'), {2});
    const char* held = large.text.data();
    list.push_back(std::move(large));
    list.push_back(draft("After.", {3}));
    REQUIRE(list.size() == 3);
    CHECK(list[1].text.data() == held);
    CHECK(list[1].text.size() == std::size_t{3} << 20);
    CHECK(list[0].text == "Short.");
    CHECK(list[2].text == "After.");
    CHECK(list[2].cites == numbers{3});
}

TEST_CASE("a claim read from the list can be added to it again") {
    claim_list list;
    for (int i = 0; i < 50; ++i) list.push_back(draft("Claim " + std::to_string(i) + ".", {i, 100 + i}));
    list.shrink_to_fit();  // no room left: adding moves the numbers
    for (std::size_t i = 0; i < 50; ++i) {
        const claim c = list[i];
        list.push_back(c.text, std::span<const int>(c.cites), c.where, c.section, c.in_table);
    }
    REQUIRE(list.size() == 100);
    for (std::size_t i = 0; i < 50; ++i) {
        CAPTURE(i);
        CHECK(list[50 + i].text == list[i].text);
        CHECK(list[50 + i].cites == list[i].cites);
    }
}

TEST_CASE("the last claim's numbers are replaced in place, the others stay") {
    claim_list list{draft("One.", {1, 2}), draft("Two.", {3})};
    list.set_last_cites(numbers{3, 4, 5});
    CHECK(list[0].cites == numbers{1, 2});
    CHECK(list[1].cites == numbers{3, 4, 5});
    list.set_last_cites(numbers{});
    CHECK(list[1].cites.empty());
    list.push_back(draft("Three.", {6}));
    CHECK(list[2].cites == numbers{6});
    CHECK(list[0].cites == numbers{1, 2});
}

TEST_CASE("a section index past 31 bits is refused and the list left as it was") {
    claim_list list{draft("One.", {1}, 1, 0x7FFFFFFF, true)};
    CHECK(list[0].section == 0x7FFFFFFFu);
    CHECK(list[0].in_table);
    CHECK_THROWS_AS(list.push_back(draft("Two.", {2}, 2, 0x80000000u)), std::length_error);
    REQUIRE(list.size() == 1);
    list.push_back(draft("Three.", {3}));
    CHECK(list[1].text == "Three.");
    CHECK(list[1].section == 0);
    CHECK_FALSE(list[1].in_table);
}

TEST_CASE("a copied list holds its own claims") {
    claim_list copy;
    {
        claim_list list{draft("Kept after the original is gone.", {9})};
        copy = list;
    }
    copy.push_back(draft("Added to the copy.", {10}));
    REQUIRE(copy.size() == 2);
    CHECK(copy[0].text == "Kept after the original is gone.");
    CHECK(copy[0].cites == numbers{9});
    CHECK(copy[1].text == "Added to the copy.");
}

}
