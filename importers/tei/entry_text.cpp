#include "entry_text.hpp"

#include <string_view>
#include <vector>

#include "text/text_chars.hpp"
#include "text/utf8_text.hpp"
#include "tei_nodes.hpp"

namespace citegraph::tei_import {

namespace {

// true for "F", "F." or "É": a forename GROBID kept as an initial.
bool is_initial(std::string_view name) {
    if (name.ends_with('.')) name.remove_suffix(1);
    return !name.empty() && text::char_length(name, 0) == name.size() && text::is_letter(name, 0);
}

// "Quandt F", "Hummel FC", or "Cristiano De Marchis" when forenames are spelled out.
std::string person_name(pugi::xml_node person) {
    std::vector<std::string> forenames;
    std::string surname;
    std::string suffix;
    for (pugi::xml_node part : person.children()) {
        if (is_element(part, "forename")) forenames.push_back(folded_text(part));
        else if (is_element(part, "surname")) surname += (surname.empty() ? "" : " ") + folded_text(part);
        else if (is_element(part, "genName")) suffix = folded_text(part);
    }
    std::string name;
    bool initials = !surname.empty();
    for (const std::string& f : forenames) initials = initials && is_initial(f);
    if (initials) {
        name = surname + (forenames.empty() ? "" : " ");
        for (std::string f : forenames) name += f.ends_with('.') ? f.substr(0, f.size() - 1) : f;
    } else {
        for (const std::string& f : forenames) name += f + " ";
        name += surname;
    }
    if (!suffix.empty()) name += " " + suffix;
    const std::string_view kept = trim(name);
    return kept.empty() ? folded_text(person) : std::string(kept);
}

std::string author_name(pugi::xml_node author) {
    if (pugi::xml_node person = child_element(author, "persName")) return person_name(person);
    if (pugi::xml_node org = child_element(author, "orgName")) return folded_text(org);
    return folded_text(author);
}

std::string authors_of(pugi::xml_node part, std::string_view role) {
    std::string names;
    for (pugi::xml_node author : part.children()) {
        if (!is_element(author, role)) continue;
        std::string name = author_name(author);
        if (name.empty()) continue;
        if (!names.empty()) names += ", ";
        names += name;
    }
    return names;
}

// The main title of a part (not its abbreviation), with its subtitle; "" if none.
std::string title_of(pugi::xml_node part) {
    std::string main;
    std::string sub;
    for (pugi::xml_node title : part.children()) {
        if (!is_element(title, "title")) continue;
        const std::string_view type = attribute_value(title, "type");
        if (type == "sub" && sub.empty()) sub = folded_text(title);
        else if (type != "abbrev" && type != "sub" && main.empty()) main = folded_text(title);
    }
    if (main.empty())
        if (pugi::xml_node abbreviated = child_element(part, "title")) main = folded_text(abbreviated);
    if (!sub.empty()) main += (main.empty() ? "" : ": ") + sub;
    return main;
}

std::string scope(pugi::xml_node imprint, std::string_view unit) {
    for (pugi::xml_node s : imprint.children()) {
        if (!is_element(s, "biblScope") || attribute_value(s, "unit") != unit) continue;
        std::string value = folded_text(s);
        if (!value.empty()) return value;
        std::string_view from = attribute_value(s, "from");
        std::string_view to = attribute_value(s, "to");
        value = std::string(from);
        if (!to.empty() && to != from) value += (value.empty() ? "" : "-") + std::string(to);
        return value;
    }
    return {};
}

// The printed date of an imprint: the text of its published date, else its when=.
std::string date_text(pugi::xml_node imprint) {
    pugi::xml_node chosen = child_element_where(imprint, "date", "type", "published");
    if (!chosen) chosen = child_element(imprint, "date");
    if (!chosen) return {};
    std::string printed = folded_text(chosen);
    return printed.empty() ? std::string(attribute_value(chosen, "when")) : printed;
}

// "2014;6(2):9-15", "6:9", or "2009. p. 142-145" for a book without volume.
std::string dated_scope(pugi::xml_node imprint) {
    const std::string when = date_text(imprint);
    const std::string volume = scope(imprint, "volume");
    const std::string issue = scope(imprint, "issue");
    const std::string pages = scope(imprint, "page");
    if (volume.empty() && issue.empty()) {
        if (pages.empty()) return when;
        return when + (when.empty() ? "" : ". ") + "p. " + pages;
    }
    std::string locator = volume + (issue.empty() ? "" : "(" + issue + ")");
    if (!pages.empty()) locator += ":" + pages;
    return when.empty() ? locator : when + ";" + locator;
}

// "New York: IEEE": where the work appeared (meeting place or pubPlace) and its publisher.
std::string place_and_publisher(pugi::xml_node monogr, pugi::xml_node imprint) {
    std::string place = folded_text(child_element(imprint, "pubPlace"));
    if (place.empty())
        if (pugi::xml_node meeting = child_element(monogr, "meeting"))
            place = folded_text(child_element(meeting, "address"));
    const std::string publisher = folded_text(child_element(imprint, "publisher"));
    if (place.empty() || publisher.empty()) return place + publisher;
    return place + ": " + publisher;
}

// Every element called name below node, in document order.
void find_all(pugi::xml_node node, std::string_view name, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        if (is_element(child, name)) out.push_back(child);
        find_all(child, name, out);
    }
}

void add_part(std::vector<std::string>& parts, std::string part) {
    if (!part.empty()) parts.push_back(std::move(part));
}

std::string joined_parts(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) {
            const char last = out.back();
            out += last == '.' || last == '?' || last == '!' ? " " : ". ";
        }
        out += part;
    }
    return out;
}

}  // namespace

std::string rebuilt_entry_text(pugi::xml_node bibl_struct) {
    const pugi::xml_node analytic = child_element(bibl_struct, "analytic");
    const pugi::xml_node monogr = child_element(bibl_struct, "monogr");
    const pugi::xml_node imprint = child_element(monogr, "imprint");
    std::vector<std::string> parts;
    std::string authors = authors_of(analytic, "author");
    if (authors.empty()) authors = authors_of(monogr, "author");
    add_part(parts, authors);
    add_part(parts, title_of(analytic));
    std::string container = title_of(monogr);
    if (!container.empty() && analytic && !title_of(analytic).empty() &&
        attribute_value(child_element(monogr, "title"), "level") == "m")
        container = "In: " + container;
    add_part(parts, container);
    add_part(parts, place_and_publisher(monogr, imprint));
    add_part(parts, dated_scope(imprint));

    std::vector<pugi::xml_node> found;
    find_all(bibl_struct, "note", found);
    for (pugi::xml_node note : found)
        if (attribute_value(note, "type") != "raw_reference") add_part(parts, folded_text(note));
    found.clear();
    find_all(bibl_struct, "idno", found);
    for (pugi::xml_node id : found) {
        if (is_doi_idno(id)) add_part(parts, "doi:" + folded_text(id));
        else if (text::fold(attribute_value(id, "type")) == "arxiv") add_part(parts, "arXiv:" + folded_text(id));
    }
    found.clear();
    find_all(bibl_struct, "ptr", found);
    for (pugi::xml_node ptr : found) add_part(parts, std::string(attribute_value(ptr, "target")));
    return joined_parts(parts);
}

reference_kind tagged_kind(pugi::xml_node bibl_struct) {
    const pugi::xml_node monogr = child_element(bibl_struct, "monogr");
    const std::string_view level = attribute_value(child_element(monogr, "title"), "level");
    if (level == "j") return reference_kind::article;
    if (level == "m") return reference_kind::book;
    return reference_kind::other;
}

std::string tagged_title(pugi::xml_node bibl_struct) {
    if (std::string title = title_of(child_element(bibl_struct, "analytic")); !title.empty()) return title;
    const pugi::xml_node monogr = child_element(bibl_struct, "monogr");
    if (attribute_value(child_element(monogr, "title"), "level") == "j") return "";
    return title_of(monogr);
}

}  // namespace citegraph::tei_import
