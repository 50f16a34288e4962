// Small helpers over poppler's text boxes, shared by the PDF importer's readers of
// positions (columns, page furniture, superscripts).
#pragma once

#include <string>
#include <vector>

#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace citegraph {

// poppler's text as UTF-8 bytes; "" for empty text.
std::string poppler_utf8(const poppler::ustring& text);

// The median height of the boxes: a line's height on the page; 0 for no boxes.
double median_height(const std::vector<poppler::text_box>& boxes);

}  // namespace citegraph
