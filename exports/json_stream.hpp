// Writing JSON in exactly the layout of nlohmann's dump(2) without holding a whole output
// as one json value, shared by the JSON and PROV-JSON exports, check's JSON and SARIF, and
// the baseline file.
#pragma once

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace citegraph::exports_detail {

// Writes JSON in exactly the layout of nlohmann's dump(2) without holding the whole corpus
// as one json value: the enclosing objects and arrays are opened and closed here, and each
// value (a reference, a claim, a field) is dumped by nlohmann on its own and indented to its
// depth. Items can also be made and indented on other threads (append_member,
// append_element) and written here in order (items()). Memory then holds one item, or one
// window of items, at a time.
class json_stream {
    using json = nlohmann::ordered_json;

public:
    explicit json_stream(std::ostream& out) : out_(out) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // Starts a member of the current object; its value comes next.
    void key(std::string_view name) {
        next_item();
        write_dumped(dumped(json(name)));
        out_ << ": ";
        after_key_ = true;
    }

    // A member's value or an array element, dumped whole.
    void value(const json& j) {
        next_item();
        write_dumped(dumped(j));
    }

    // How many objects and arrays are open: the depth items written now are indented to.
    std::size_t depth() const { return levels_.size(); }

    // Appends to `out` the member `name`: `value` of an object at `depth`, as key() and
    // value() write it there after an earlier item: ",\n", the indentation, the key, ": "
    // and the value indented to the depth. Only reads its arguments, so items can be made
    // on other threads and written in order with items().
    static void append_member(std::string& out, std::size_t depth, std::string_view name, const json& value) {
        out += ",\n";
        append_indent(out, depth);
        out += dumped(json(name));
        out += ": ";
        append_indented(out, depth, dumped(value));
    }

    // The same for an element of an array at `depth`, as value() writes it there.
    static void append_element(std::string& out, std::size_t depth, const json& value) {
        out += ",\n";
        append_indent(out, depth);
        append_indented(out, depth, dumped(value));
    }

    // Members or elements made by append_member or append_element at depth(), in order.
    // The first loses its comma when nothing came before it in its object or array.
    void items(std::string_view text) {
        if (text.empty()) return;
        if (levels_.back().empty) text.remove_prefix(1);
        levels_.back().empty = false;
        out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    }

private:
    // A value as value() writes it, before its indentation to the current depth.
    static std::string dumped(const json& j) {
        // replace: text with invalid UTF-8 comes out with U+FFFD instead of throwing mid-write.
        return j.dump(2, ' ', false, json::error_handler_t::replace);
    }

    struct level {
        bool empty = true;  // nothing written inside yet: an empty one prints as {} or []
    };

    void open(char bracket) {
        next_item();
        out_ << bracket;
        levels_.push_back({});
    }

    void close(char bracket) {
        const bool empty = levels_.back().empty;
        levels_.pop_back();
        if (!empty) {
            out_ << '\n';
            indent();
        }
        out_ << bracket;
    }

    // Writes what goes before an item: nothing after a key, else a comma after an earlier
    // sibling and the item's own line.
    void next_item() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (levels_.empty()) return;
        out_ << (levels_.back().empty ? "\n" : ",\n");
        levels_.back().empty = false;
        indent();
    }

    void indent() {
        static constexpr std::string_view spaces = "                                ";
        for (std::size_t left = 2 * levels_.size(); left > 0;) {
            const std::size_t n = std::min(left, spaces.size());
            out_.write(spaces.data(), static_cast<std::streamsize>(n));
            left -= n;
        }
    }

    static void append_indent(std::string& out, std::size_t depth) { out.append(2 * depth, ' '); }

    // A dumped value with every line after its first moved to `depth`.
    static void append_indented(std::string& out, std::size_t depth, std::string_view text) {
        std::size_t start = 0;
        for (std::size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', start)) {
            out.append(text, start, newline + 1 - start);
            append_indent(out, depth);
            start = newline + 1;
        }
        out.append(text, start);
    }

    // nlohmann indents a nested value from column 0; every line after the first moves to the
    // current depth. A newline in the dump is always layout: strings escape theirs as \n.
    void write_dumped(std::string_view text) {
        std::string indented;
        append_indented(indented, depth(), text);
        out_.write(indented.data(), static_cast<std::streamsize>(indented.size()));
    }

    std::ostream& out_;
    std::vector<level> levels_;
    bool after_key_ = false;
};

}  // namespace citegraph::exports_detail
