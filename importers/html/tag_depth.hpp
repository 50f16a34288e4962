// How deep the start tags of an HTML input nest, counted on the bytes before parsing: gumbo
// spends time quadratic in the nesting depth (each start tag searches the stack of open
// elements), so 100,000 nested <div>s would take minutes before the tree could be checked.
#pragma once

#include <cstddef>
#include <string_view>

namespace citegraph::html_import {

// Offset of the first start tag that opens an element nested deeper than `limit`, counting
// each element open until its end tag; npos if none does (also for "" and text without tags).
// Not counted, as the parser never nests them in themselves: void elements (<br>, <img>),
// elements whose end tag may be left out (<p>, <li>, <td>, <html>, <body>, ...) and <a>;
// nor comments, declarations, or the text of <script>, <style>, <textarea> and <title>.
// "/>" closes only inside <svg> and <math>, as in HTML. A stray end tag never counts below 0.
std::size_t first_tag_past_depth(std::string_view html, std::size_t limit);

}  // namespace citegraph::html_import
