#include "dot_channel.hpp"

#include <algorithm>
#include <cstring>
#include <ostream>
#include <utility>

namespace citegraph::exports_detail {

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
        out_.write(replacement_.data(), static_cast<std::streamsize>(replacement_.size()));
        line_start_ = indent_ && !replacement_.empty() && replacement_.back() == '\n';
    }
    pass(text, size);
    return static_cast<bool>(out_);
}

void dot_channel::pass(const char* text, std::size_t size) {
    if (!indent_) {
        out_.write(text, static_cast<std::streamsize>(size));
        return;
    }
    while (size > 0) {
        if (line_start_) out_.put('\t');
        const void* found = std::memchr(text, '\n', size);
        const std::size_t run = found ? static_cast<std::size_t>(static_cast<const char*>(found) - text) + 1 : size;
        out_.write(text, static_cast<std::streamsize>(run));
        // A line break right after a backslash continues a quoted string.
        const bool backslash_before = run > 1 ? text[run - 2] == '\\' : after_backslash_;
        line_start_ = found && !backslash_before;
        after_backslash_ = text[run - 1] == '\\';
        text += run;
        size -= run;
    }
}

bool dot_channel::complete() const { return !broken_ && matched_ == head_.size() && out_; }

}  // namespace citegraph::exports_detail
