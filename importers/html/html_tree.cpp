#include "html_tree.hpp"

#include <cstdlib>
#include <utility>
#include <vector>

#include "citegraph/diagnostics.hpp"
#include "text/text_chars.hpp"
#include "importers/common/input_check.hpp"
#include "tag_depth.hpp"

namespace citegraph::html_import {

// Every block gumbo allocates, in one list, so the whole tree is freed at once without
// gumbo_destroy_output: that function recurses once per nesting level and would
// overflow the stack on a deeply nested input before the depth check could refuse it.
struct html_tree::arena {
    struct alignas(std::max_align_t) header {
        header* previous;
        header* next;
    };
    header* last = nullptr;

    ~arena() {
        while (last != nullptr) {
            header* previous = last->previous;
            std::free(last);
            last = previous;
        }
    }

    static void* allocate(void* self, std::size_t size) {
        auto* memory = static_cast<arena*>(self);
        auto* block = static_cast<header*>(std::malloc(sizeof(header) + size));
        if (block == nullptr) std::abort();  // gumbo cannot fail an allocation, nor unwind
        block->previous = memory->last;
        block->next = nullptr;
        if (memory->last != nullptr) memory->last->next = block;
        memory->last = block;
        return block + 1;
    }

    static void release(void* self, void* pointer) {
        if (pointer == nullptr) return;
        auto* memory = static_cast<arena*>(self);
        header* block = static_cast<header*>(pointer) - 1;
        if (block->next != nullptr) block->next->previous = block->previous;
        else memory->last = block->previous;
        if (block->previous != nullptr) block->previous->next = block->next;
        std::free(block);
    }
};

namespace {

// The first element nested deeper than the limit; nullptr if none. Iterative, since the
// point is to protect the recursive walks that follow.
const GumboNode* too_deep(const GumboNode* root) {
    std::vector<std::pair<const GumboNode*, std::size_t>> stack{{root, 1}};
    while (!stack.empty()) {
        auto [node, depth] = stack.back();
        stack.pop_back();
        if (depth > deepest_html_nesting) return node;
        const GumboVector* children = children_of(node);
        for (unsigned i = 0; i < children->length; ++i) {
            auto* child = static_cast<const GumboNode*>(children->data[i]);
            if (is_element(child)) stack.emplace_back(child, depth + 1);
        }
    }
    return nullptr;
}

input_error too_deep_error(const std::string& path, location where) {
    return input_error(path, where, "elements nested deeper than " + std::to_string(deepest_html_nesting) + " levels");
}

void append_text(const GumboNode* node, std::string& out, bool (*skip)(const GumboNode*)) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
        const std::string_view text = node->v.text.text;
        for (std::size_t at = 0; at < text.size(); ++at) {
            const std::size_t nbsp = no_break_space_at(text, at);
            if (nbsp != 0 || is_space(text[at])) {
                at += nbsp == 0 ? 0 : nbsp - 1;
                if (!out.empty() && out.back() != ' ') out += ' ';
                continue;
            }
            out += text[at];
        }
        return;
    }
    if (!is_element(node)) return;
    const GumboTag tag = tag_of(node);
    if (tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_TEMPLATE) return;
    if (skip != nullptr && skip(node)) return;
    if (tag == GUMBO_TAG_BR && !out.empty() && out.back() != ' ') out += ' ';
    const GumboVector* children = children_of(node);
    for (unsigned i = 0; i < children->length; ++i)
        append_text(static_cast<const GumboNode*>(children->data[i]), out, skip);
}

}  // namespace

html_tree::html_tree(std::string_view bytes, std::string path)
    : path_(std::move(path)), lines_(bytes), memory_(std::make_unique<arena>()) {
    const std::size_t start = check_input(bytes, path_);
    if (const std::size_t deep = first_tag_past_depth(bytes, deepest_html_nesting); deep != std::string_view::npos)
        throw too_deep_error(path_, lines_.locate(deep));
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &arena::allocate;
    options.deallocator = &arena::release;
    options.userdata = memory_.get();
    options.max_errors = 0;  // parse errors are repaired, never reported: don't keep them
    output_ = gumbo_parse_with_options(&options, bytes.data() + start, bytes.size() - start);
    base_ = start;
    if (const GumboNode* deep = too_deep(output_->root))
        throw too_deep_error(path_, where(deep));
}

html_tree::~html_tree() = default;  // the arena frees what gumbo allocated

const GumboNode* html_tree::root() const { return output_->root; }

location html_tree::where(const GumboNode* node) const {
    if (node == nullptr) return {};
    if (is_element(node)) {
        if (node->v.element.original_tag.length == 0) return {};
        return lines_.locate(base_ + node->v.element.start_pos.offset);
    }
    if (node->type == GUMBO_NODE_DOCUMENT || node->v.text.original_text.length == 0) return {};
    return lines_.locate(base_ + node->v.text.start_pos.offset);
}

bool is_element(const GumboNode* node) {
    return node != nullptr && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

GumboTag tag_of(const GumboNode* node) {
    return is_element(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

std::string_view attribute(const GumboNode* node, const char* name) {
    if (!is_element(node)) return {};
    const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found == nullptr ? std::string_view() : std::string_view(found->value);
}

namespace {

// Calls test on each class of the element until it returns true.
template <typename Test>
bool any_class(const GumboNode* node, Test test) {
    const std::string_view classes = attribute(node, "class");
    std::size_t at = 0;
    while (at < classes.size()) {
        while (at < classes.size() && is_space(classes[at])) ++at;
        std::size_t end = at;
        while (end < classes.size() && !is_space(classes[end])) ++end;
        if (end > at && test(classes.substr(at, end - at))) return true;
        at = end;
    }
    return false;
}

}  // namespace

bool has_class(const GumboNode* node, std::string_view name) {
    return any_class(node, [&](std::string_view c) { return c == name; });
}

bool has_class_prefix(const GumboNode* node, std::string_view prefix) {
    return any_class(node, [&](std::string_view c) { return c.starts_with(prefix); });
}

const GumboVector* children_of(const GumboNode* node) {
    static const GumboVector none{nullptr, 0, 0};
    if (node == nullptr) return &none;
    if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
    if (is_element(node)) return &node->v.element.children;
    return &none;
}

std::string plain_text(const GumboNode* node, bool (*skip)(const GumboNode*)) {
    std::string out;
    append_text(node, out, skip);
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Elements that end the paragraph before them and start one of their own.
bool is_block(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

}  // namespace citegraph::html_import
