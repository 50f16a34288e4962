// Where agwrite's text goes when one DOT file is written as several cgraph graphs in
// sequence: the corpus's declarations, each document on its own, then the sources and the
// edges between documents. cgraph writes every graph whole ("digraph NAME {", the declared
// defaults, the body, "}"), so a graph written as a part has its head checked and replaced.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace citegraph::exports_detail {

class dot_channel {
public:
    // Writes everything as it comes.
    explicit dot_channel(std::ostream& out);

    // Expects cgraph to write `head` first, writes `replacement` in its place, then the rest,
    // each line one tab further in if `indent` (cgraph starts a graph it writes at no indent).
    // A line break inside a quoted string (cgraph breaks long strings after a backslash) is
    // part of the string and gets no tab.
    dot_channel(std::ostream& out, std::string head, std::string replacement, bool indent);

    dot_channel(const dot_channel&) = delete;
    dot_channel& operator=(const dot_channel&) = delete;

    // Passes text on; false once the stream has failed. Text that differs from the expected
    // head is dropped, and so is everything after it. agwrite calls this for every name,
    // attribute and punctuation mark, so the text is gathered and written in large pieces.
    bool put(const char* text);

    // Writes what is gathered; true if the whole head arrived as expected and the stream is
    // good. Called once agwrite is done.
    bool finish();

private:
    // Appends text to gathered_ each line one tab further in, but a line that continues a
    // quoted string.
    void indent(std::string_view text);
    void write_gathered();

    std::ostream& out_;
    std::string gathered_;    // passed on and not yet written
    std::string unindented_;  // passed on, to be indented into gathered_ before it is written
    std::string head_;
    std::string replacement_;
    std::size_t matched_ = 0;   // bytes of head_ seen so far
    bool indent_ = false;
    bool line_start_ = false;   // the last byte passed ended a line of DOT
    bool after_backslash_ = false;
    bool broken_ = false;       // cgraph wrote something other than head_
};

}  // namespace citegraph::exports_detail
