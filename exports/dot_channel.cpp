#include "dot_channel.hpp"

#include <algorithm>
#include <cstring>
#include <ostream>
#include <utility>

namespace citegraph::exports_detail {

namespace {

// How much text a channel gathers before it writes it.
constexpr std::size_t gather_limit = 64 * 1024;

}  // namespace

dot_channel::dot_channel(std::ostream& out) : out_(out) {}

dot_channel::dot_channel(std::ostream& out, std::string head, std::string replacement, bool indent)
    : out_(out), head_(std::move(head)), replacement_(std::move(replacement)), indent_(indent) {}

bool dot_channel::put(const char* text) {
    std::size_t size = std::strlen(text);
    if (broken_) return false;
    if (matched_ < head_.size()) {
        const std::size_t n = std::min(size, head_.size() - matched_);
        if (head_.compare(matched_, n, text, n) != 0) {
            broken_ = true;
            return false;
        }
        matched_ += n;
        text += n;
        size -= n;
        if (matched_ < head_.size()) return true;
        gathered_ += replacement_;
        // What follows starts a line unless the replacement leaves one open.
        line_start_ = indent_ && (replacement_.empty() || replacement_.back() == '\n');
    }
    // agwrite hands over every name, attribute and punctuation mark on its own: they are
    // gathered as they come and indented a gathering at a time.
    (indent_ ? unindented_ : gathered_).append(text, size);
    if (gathered_.size() + unindented_.size() >= gather_limit) write_gathered();
    return static_cast<bool>(out_);
}

void dot_channel::write_gathered() {
    indent(unindented_);
    unindented_.clear();
    out_.write(gathered_.data(), static_cast<std::streamsize>(gathered_.size()));
    gathered_.clear();
}

void dot_channel::indent(std::string_view text) {
    while (!text.empty()) {
        if (line_start_) gathered_ += '\t';
        const std::size_t newline = text.find('\n');
        const std::size_t run = newline == std::string_view::npos ? text.size() : newline + 1;
        gathered_.append(text.substr(0, run));
        // A line break right after a backslash continues a quoted string.
        const bool backslash_before = run > 1 ? text[run - 2] == '\\' : after_backslash_;
        line_start_ = newline != std::string_view::npos && !backslash_before;
        after_backslash_ = text[run - 1] == '\\';
        text.remove_prefix(run);
    }
}

bool dot_channel::finish() {
    write_gathered();
    return !broken_ && matched_ == head_.size() && out_;
}

}  // namespace citegraph::exports_detail
