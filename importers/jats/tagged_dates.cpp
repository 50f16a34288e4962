#include "tagged_dates.hpp"

#include "text/date_scanner.hpp"
#include "text/month_names.hpp"
#include "text/text_chars.hpp"
#include "xml_names.hpp"

namespace citegraph::jats_import {

namespace {

// A run of 1..4 ASCII digits making up the whole of text; -1 otherwise.
int whole_number(std::string_view text) {
    if (text.empty() || text.size() > 4) return -1;
    int value = 0;
    for (char c : text) {
        if (!is_digit(c)) return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

int tagged_day(std::string_view text) {
    const int day = whole_number(trim(text));
    return day >= 1 && day <= 31 ? day : 0;
}

// The rank of a <pub-date> in the preference order; lower is better.
int publication_rank(pugi::xml_node pub_date) {
    const std::string_view pub_type = attribute_value(pub_date, "pub-type");
    const std::string_view date_type = attribute_value(pub_date, "date-type");
    const std::string_view format = attribute_value(pub_date, "publication-format");
    if (pub_type == "epub" || (date_type == "pub" && format == "electronic")) return 0;
    if (pub_type == "ppub" || pub_type == "pub" || date_type == "pub" || (pub_type.empty() && date_type.empty()))
        return 1;
    if (pub_type == "collection" || date_type == "collection") return 2;
    return 3;
}

bool finer(const date& a, const date& b) { return a.precision > b.precision; }

}  // namespace

int tagged_year(std::string_view text) {
    text = trim(text);
    if (text.size() < 4) return 0;
    const int year = whole_number(text.substr(0, 4));
    if (year < 1000) return 0;
    if (text.size() > 4 && is_digit(text[4])) return 0;  // "20190" is no year
    return year;
}

int tagged_month(std::string_view text) {
    text = trim(text);
    if (text.ends_with('.')) text.remove_suffix(1);
    const int number = whole_number(text);
    if (number >= 1 && number <= 12) return number;
    return number < 0 ? month_from_name(text) : 0;
}

date date_of_parts(pugi::xml_node holder) {
    const pugi::xml_node year = child_element(holder, "year");
    if (!year) return parse_iso_date(attribute_value(holder, "iso-8601-date"));
    const int month = tagged_month(folded_text(child_element(holder, "month")));
    return make_date(tagged_year(folded_text(year)), month,
                     month == 0 ? 0 : tagged_day(folded_text(child_element(holder, "day"))));
}

date tagged_citation_date(pugi::xml_node citation) {
    const pugi::xml_node year =
        find_element(citation, [](pugi::xml_node e) { return is_element(e, "year"); }, is_access_date);
    return year ? date_of_parts(year.parent()) : date{};
}

bool is_access_date(pugi::xml_node node) {
    if (is_element(node, "access-date")) return true;
    if (!is_element(node, "date-in-citation")) return false;
    const std::string_view type = attribute_value(node, "content-type");
    return type == "access-date" || type == "accessed" || type == "cited" || type == "access";
}

date access_date_of(pugi::xml_node node) {
    if (date tagged = date_of_parts(node); tagged.known()) return tagged;
    const std::vector<found_date> found = find_dates(folded_text(node));
    return found.empty() ? date{} : found.front().value;
}

date article_publication_date(pugi::xml_node article_meta) {
    date best;
    int best_rank = 4;
    for (pugi::xml_node pub_date : article_meta.children()) {
        if (!is_element(pub_date, "pub-date")) continue;
        const date value = date_of_parts(pub_date);
        if (!value.known()) continue;
        const int rank = publication_rank(pub_date);
        if (rank < best_rank || (rank == best_rank && finer(value, best))) {
            best = value;
            best_rank = rank;
        }
    }
    return best;
}

}  // namespace citegraph::jats_import
