// GraphML <node> elements printed through pugixml without building each one anew. A node is
// its id and its <data> values in order, and most nodes share their shape (the same keys in
// the same order) with many others: each shape gets one pugixml element, made the first time
// it is seen, whose id and values are set for each node of that shape before it is printed.
// pugixml still escapes and prints every byte; only the building is saved.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "pugi_string_writer.hpp"

namespace citegraph::exports_detail {

class graphml_node_printer {
public:
    // Starts the next <node>, whose id is `id` (already repaired as UTF-8).
    void start(std::string_view id);
    // Adds <data key="key">value</data> to the node. key is a string literal: shapes are told
    // apart by the addresses of their keys.
    void add(const char* key, std::string_view value);
    void add(const char* key, long long value);
    // Appends the node as pugixml prints it at `depth` with `indent` and `format`.
    void print(std::string& out, const char* indent, unsigned int format, unsigned int depth);

private:
    struct shape {
        std::uint64_t hash = 0;  // of keys, as keys_hash_ folds them
        std::vector<std::uintptr_t> keys;
        pugi::xml_node element;
        pugi::xml_attribute id;
        std::vector<pugi::xml_node> values;  // the text of each <data>, one per key, in order
    };

    shape& shape_of_node();

    pugi::xml_document shapes_document_;  // every shape's element
    // A corpus has a score of shapes: a look through them, by hash first, costs less than a
    // std::map keyed by the whole list of keys, whose every step compared two lists.
    std::vector<shape> shapes_;
    std::string id_;
    std::vector<std::uintptr_t> keys_;  // the node's keys so far, in order
    std::uint64_t keys_hash_ = 0;       // of keys_
    std::vector<std::string> values_;   // their values; past keys_.size(), room kept for reuse
};

}  // namespace citegraph::exports_detail
