#include "citegraph/model.hpp"
#include "citegraph/retractions.hpp"

namespace citegraph {

std::string_view to_string(reference_kind kind) {
    switch (kind) {
        case reference_kind::other: return "other";
        case reference_kind::legislation: return "legislation";
        case reference_kind::personal_communication: return "personal-communication";
        case reference_kind::internal_reporting: return "internal-reporting";
        case reference_kind::news: return "news";
        case reference_kind::report: return "report";
        case reference_kind::web_page: return "web-page";
        case reference_kind::dataset: return "dataset";
        case reference_kind::article: return "article";
        case reference_kind::book: return "book";
    }
    return "other";
}

std::string_view to_string(notice_kind kind) {
    switch (kind) {
        case notice_kind::correction: return "correction";
        case notice_kind::expression_of_concern: return "expression-of-concern";
        case notice_kind::reinstatement: return "reinstatement";
        case notice_kind::retraction: break;
    }
    return "retraction";
}

std::string_view to_string(citation_style style) {
    return style == citation_style::author_year ? "author-year" : "numbered";
}

std::string_view to_string(callout_style style) {
    switch (style) {
        case callout_style::superscript: return "superscript";
        case callout_style::markup: return "markup";
        case callout_style::parenthesis: return "parenthesis";
        case callout_style::bracket: break;
    }
    return "bracket";
}

}  // namespace citegraph
