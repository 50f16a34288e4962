// Texts made in child processes (exports/forked_texts): dealt round, taken in order, a
// child's failure told to the caller, and no child left behind.
#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <sys/types.h>
#include <unistd.h>
#include <vector>

#include "exports/forked_texts.hpp"

using citegraph::exports_detail::forked_texts;

namespace {

// "item 5 from 1234": which process made which item.
std::string made_here(std::size_t item) { return "item " + std::to_string(item) + " from " + std::to_string(::getpid()); }

pid_t maker_of(const std::string& text) { return static_cast<pid_t>(std::stol(text.substr(text.rfind(' ') + 1))); }

bool running(pid_t pid) { return ::kill(pid, 0) == 0; }

}  // namespace

TEST_SUITE("forked texts") {

TEST_CASE("items are dealt round the processes and come back in order with each child's last words") {
    const std::size_t count = 11;
    int last_words_made = 0;
    forked_texts texts(count, 3, made_here, [&] {
        ++last_words_made;  // in the child's copy of this variable
        return "done in " + std::to_string(::getpid());
    });
    std::vector<pid_t> makers;
    for (std::size_t item = 0; item < count; ++item) {
        CAPTURE(item);
        CHECK(texts.mine(item) == (item % 3 == 0));
        const std::string text = texts.mine(item) ? made_here(item) : texts.take(item);
        CHECK(text.starts_with("item " + std::to_string(item) + " from "));
        makers.push_back(maker_of(text));
    }
    // The caller made items 0, 3, 6, 9; one child 1, 4, 7, 10; another 2, 5, 8.
    for (std::size_t item = 0; item < count; ++item) CHECK(makers[item] == makers[item % 3]);
    CHECK(makers[0] == ::getpid());
    CHECK(makers[1] != ::getpid());
    CHECK(makers[2] != ::getpid());
    CHECK(makers[1] != makers[2]);
    const std::vector<std::string> words = texts.finish();
    REQUIRE(words.size() == 2);
    CHECK(words[0] == "done in " + std::to_string(makers[1]));
    CHECK(words[1] == "done in " + std::to_string(makers[2]));
    CHECK(last_words_made == 0);
    CHECK_FALSE(running(makers[1]));  // reaped
    CHECK_FALSE(running(makers[2]));
}

TEST_CASE("one process, or fewer than two items, makes everything in the caller") {
    int made = 0;
    const auto make = [&](std::size_t) {
        ++made;
        return std::string();
    };
    forked_texts alone(10, 1, make, [] { return std::string(); });
    forked_texts single(1, 4, make, [] { return std::string(); });
    for (std::size_t item = 0; item < 10; ++item) CHECK(alone.mine(item));
    CHECK(single.mine(0));
    CHECK(alone.finish().empty());
    CHECK(single.finish().empty());
    CHECK(made == 0);
}

TEST_CASE("no more children start than there are items for them") {
    forked_texts texts(3, 8, made_here, [] { return std::string("done"); });
    CHECK(texts.mine(0));
    CHECK_FALSE(texts.mine(1));
    CHECK_FALSE(texts.mine(2));
    const pid_t first = maker_of(texts.take(1)), second = maker_of(texts.take(2));
    CHECK(first != second);
    CHECK(texts.finish() == std::vector<std::string>{"done", "done"});  // two children, not seven
}

TEST_CASE("a child whose making throws hands its message to the caller") {
    forked_texts texts(
        6, 2,
        [](std::size_t item) {
            if (item == 3) throw std::runtime_error("cgraph cannot create node d4:c1");
            return made_here(item);
        },
        [] { return std::string(); });
    CHECK(texts.take(1).starts_with("item 1 from "));
    CHECK_THROWS_WITH_AS(texts.take(3), "cgraph cannot create node d4:c1", std::runtime_error);
}

TEST_CASE("a child that dies is reported, not waited for") {
    forked_texts texts(
        4, 2,
        [](std::size_t item) {
            if (item == 3) ::raise(SIGKILL);
            return made_here(item);
        },
        [] { return std::string(); });
    CHECK(texts.take(1).starts_with("item 1 from "));
    CHECK_THROWS_WITH_AS(texts.take(3), "a DOT writer process was killed by signal 9 before its work was done",
                         std::runtime_error);
}

TEST_CASE("items taken out of a child's order are refused") {
    forked_texts texts(6, 2, made_here, [] { return std::string(); });
    CHECK_THROWS_AS(texts.take(0), std::logic_error);  // the caller's
    CHECK_THROWS_AS(texts.take(3), std::logic_error);  // 1 comes first
    CHECK(texts.take(1).starts_with("item 1 from "));
}

TEST_CASE("children a caller gives up on are killed and reaped") {
    pid_t child = 0;
    {
        forked_texts texts(100, 2, made_here, [] { return std::string(); });
        child = maker_of(texts.take(1));
        CHECK(running(child));
    }  // 49 items never taken
    CHECK_FALSE(running(child));
}

TEST_CASE("a child writes nothing the caller had buffered for its own output") {
    // Buffered in the caller when the children start: a child that flushed it at exit would
    // write it twice.
    std::FILE* file = std::tmpfile();
    REQUIRE(file);
    REQUIRE(std::setvbuf(file, nullptr, _IOFBF, 4096) == 0);
    std::fputs("written once", file);
    {
        forked_texts texts(4, 2, made_here, [] { return std::string(); });
        CHECK(texts.take(1).starts_with("item 1 from "));
        CHECK(texts.take(3).starts_with("item 3 from "));
        CHECK(texts.finish().size() == 1);
    }
    std::rewind(file);
    char read[64] = {};
    const std::size_t size = std::fread(read, 1, sizeof read - 1, file);
    CHECK(std::string(read, size) == "written once");
    std::fclose(file);
}

}  // TEST_SUITE("forked texts")
