// Reading an HTML table's markup: its rows in order and the spans its cells ask for
// (laid out by common/table_grid).
#pragma once

#include <gumbo.h>

#include "html_tree.hpp"

namespace citegraph::html_import {

// A colspan (1..1000) or rowspan (1..65534) attribute as HTML clamps it; 1 if absent,
// zero or not a number.
int span_attribute(const GumboNode* cell, const char* name);

// Calls visit(row, in_head) for each <tr> of a table in order (those of <thead> with
// in_head true), not those of tables nested in its cells.
template <typename Visit>
void for_each_row(const GumboNode* table, Visit&& visit) {
    const GumboVector* children = children_of(table);
    for (unsigned i = 0; i < children->length; ++i) {
        auto* child = static_cast<const GumboNode*>(children->data[i]);
        const GumboTag tag = tag_of(child);
        if (tag == GUMBO_TAG_TR) visit(child, false);
        if (tag != GUMBO_TAG_THEAD && tag != GUMBO_TAG_TBODY && tag != GUMBO_TAG_TFOOT) continue;
        const GumboVector* rows = children_of(child);
        for (unsigned r = 0; r < rows->length; ++r) {
            auto* row = static_cast<const GumboNode*>(rows->data[r]);
            if (tag_of(row) == GUMBO_TAG_TR) visit(row, tag == GUMBO_TAG_THEAD);
        }
    }
}

}  // namespace citegraph::html_import
