#include "entry_text.hpp"

#include <string_view>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"
#include "xml_names.hpp"

namespace citegraph::jats_import {

namespace {

constexpr std::string_view en_dash = "\xE2\x80\x93";

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

bool is_name_part(std::string_view name) {
    return one_of(name, {"surname", "given-names", "prefix", "suffix"});
}

bool is_person(std::string_view name) {
    return one_of(name, {"name", "string-name", "collab", "etal", "anonymous", "name-alternatives"});
}

bool is_page(std::string_view name) {
    return one_of(name, {"fpage", "elocation-id", "page-range", "size"});
}

// The last character of out that is not a space; '\0' if there is none.
char last_printed(const std::string& out) {
    std::size_t end = out.size();
    while (end > 0 && is_space(out[end - 1])) --end;
    return end == 0 ? '\0' : out[end - 1];
}

void drop_trailing_spaces(std::string& out) {
    while (!out.empty() && is_space(out.back())) out.pop_back();
}

// What goes between two elements that meet with nothing printed between them.
std::string_view separator(std::string_view before, std::string_view next, const std::string& out) {
    if (is_name_part(before) && is_name_part(next)) return " ";
    if (is_person(before) && is_person(next)) return ", ";
    if (before == "fpage" && next == "lpage") return en_dash;
    if (before == "year" && one_of(next, {"month", "day", "season"})) return " ";
    if (before == "month" && next == "day") return " ";
    if (one_of(before, {"year", "month", "day", "season"}) && next == "volume") return ";";
    if (one_of(before, {"volume", "issue", "year"}) && is_page(next)) return ":";
    const char last = last_printed(out);
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '?' || last == '!')
        return " ";
    return ". ";
}

// true if the text printed so far ends in a DOI label or resolver ("doi:", "DOI ",
// "https://doi.org/"), so a tagged DOI after it needs no label of its own.
bool labels_doi(const std::string& out) {
    std::string_view tail = trim(out);
    if (tail.size() > 16) tail = tail.substr(tail.size() - 16);
    const std::string folded = text::fold(tail);
    return folded.ends_with("doi") || folded.ends_with("doi:") || folded.ends_with("/");
}

class entry_writer {
public:
    std::string out;

    // Writes node's content. In a mixed-citation (or <citation>) a space between elements
    // is printed text; elsewhere, and for a line break (indentation), it is layout.
    void children(pugi::xml_node node) {
        std::string_view previous;  // the last element written, if no text came after it
        for (pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                const std::string_view value = child.value();
                out += value;
                if (!trim(value).empty() || (in_mixed(child) && value.find('\n') == std::string_view::npos))
                    previous = {};
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            const std::string_view name = local_name(child.name());
            if (skipped(child, name)) continue;
            const std::size_t mark = out.size();
            const bool glued = !previous.empty();
            std::string_view between = glued ? separator(previous, name, out) : std::string_view();
            element(child, name);
            if (trim(std::string_view(out).substr(mark)).empty()) {
                out.resize(mark);
                continue;
            }
            if (glued) {
                std::string piece = out.substr(mark);
                out.resize(mark);
                drop_trailing_spaces(out);
                if (previous == "volume" && name == "issue") {
                    out += "(" + std::string(trim(piece)) + ")";  // "4(2)"
                } else {
                    out += between;
                    out += trim(piece);
                }
            }
            previous = name;
        }
    }

private:
    // true inside a mixed-citation or the older <citation>, whose spaces are printed.
    static bool in_mixed(pugi::xml_node node) {
        for (pugi::xml_node at = node.parent(); at; at = at.parent())
            if (is_element(at, "mixed-citation") || is_element(at, "citation")) return true;
        return false;
    }

    static bool skipped(pugi::xml_node node, std::string_view name) {
        if (name == "pub-id") return attribute_value(node, "pub-id-type") != "doi";
        return one_of(name, {"object-id", "label", "annotation"});
    }

    void element(pugi::xml_node node, std::string_view name) {
        if (name == "pub-id") {
            if (!labels_doi(out)) out += "doi:";
            out += folded_text(node);
        } else if (name == "etal") {
            const std::string text = folded_text(node);
            out += text.empty() ? "et al." : text;
        } else if (name == "ext-link" || name == "uri") {
            const std::string text = folded_text(node);
            out += text.empty() ? std::string(attribute_value(node, "href")) : text;
        } else {
            children(node);
        }
    }
};

}  // namespace

std::string entry_text(pugi::xml_node citation) {
    entry_writer writer;
    writer.children(citation);
    return fold_whitespace(writer.out);
}

}  // namespace citegraph::jats_import
