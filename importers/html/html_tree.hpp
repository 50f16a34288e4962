// An HTML input parsed by gumbo (the WHATWG HTML5 algorithm, so unclosed and misnested
// tags are repaired as a browser repairs them), with line:column for its nodes.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <gumbo.h>

#include "citegraph/model.hpp"
#include "importers/common/line_map.hpp"

namespace citegraph::html_import {

// How deep elements may nest. Real pages stay under 60 levels; the importer walks the
// tree recursively, so a pathological input is refused instead of overflowing the stack.
constexpr std::size_t deepest_html_nesting = 1000;

class html_tree {
public:
    // Parses bytes (UTF-8, a BOM allowed). Throws input_error naming path:line:col for
    // UTF-16 input, a NUL byte or invalid UTF-8, and for an element nested deeper than
    // deepest_html_nesting. Any other input parses: HTML has no malformed documents.
    html_tree(std::string_view bytes, std::string path);
    ~html_tree();

    html_tree(const html_tree&) = delete;
    html_tree& operator=(const html_tree&) = delete;

    // The <html> element; never null once constructed (the parser inserts it if absent).
    const GumboNode* root() const;

    // Where an element's start tag or a text node starts; {} for nodes the parser inserted.
    location where(const GumboNode* node) const;

    const std::string& path() const { return path_; }

private:
    struct arena;
    std::string path_;
    std::size_t base_ = 0;  // bytes skipped before parsing (a BOM)
    line_map lines_;
    std::unique_ptr<arena> memory_;
    GumboOutput* output_ = nullptr;
};

// True for an element node (not text, comment or document).
bool is_element(const GumboNode* node);

// The element's tag; GUMBO_TAG_UNKNOWN for non-elements.
GumboTag tag_of(const GumboNode* node);

// Elements that end the paragraph before them and start one of their own (p, div, li, table, ...).
bool is_block(GumboTag tag);

// The value of an attribute, "" if the node is no element or lacks it (names are lower-case).
std::string_view attribute(const GumboNode* node, const char* name);

// True if the class attribute holds this class as a whole word; false for non-elements.
bool has_class(const GumboNode* node, std::string_view name);

// True if the class attribute holds a class starting with prefix ("navbox" matches
// "navbox-inner"); false for non-elements.
bool has_class_prefix(const GumboNode* node, std::string_view prefix);

// The children of an element or document; empty for text nodes.
const GumboVector* children_of(const GumboNode* node);

// The text of a subtree, whitespace folded, with <style>, <script> and <template> left
// out, and so are elements for which skip (if given) holds; "" for an empty element.
std::string plain_text(const GumboNode* node, bool (*skip)(const GumboNode*) = nullptr);

// The first element in document order (node included) for which pred holds; nullptr if none.
template <typename Pred>
const GumboNode* find_element(const GumboNode* node, Pred pred) {
    if (!is_element(node) && node->type != GUMBO_NODE_DOCUMENT) return nullptr;
    if (is_element(node) && pred(node)) return node;
    const GumboVector* children = children_of(node);
    for (unsigned i = 0; i < children->length; ++i)
        if (const GumboNode* found = find_element(static_cast<const GumboNode*>(children->data[i]), pred))
            return found;
    return nullptr;
}

// Calls visit on every element of the subtree in document order (node included); visit
// returns false to leave an element's children out.
template <typename Visit>
void for_each_element(const GumboNode* node, Visit&& visit) {
    if (!is_element(node)) return;
    if (!visit(node)) return;
    const GumboVector* children = children_of(node);
    for (unsigned i = 0; i < children->length; ++i)
        for_each_element(static_cast<const GumboNode*>(children->data[i]), visit);
}

}  // namespace citegraph::html_import
