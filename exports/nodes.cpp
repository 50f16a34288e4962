#include "nodes.hpp"

#include <stdexcept>

#include "text.hpp"

namespace citegraph::exports_detail {

void require_parallel(const corpus& c, const corpus_assessment& a) {
    const auto fail = [](const std::string& what) {
        throw std::invalid_argument("assessment does not match the corpus: " + what);
    };
    if (a.documents.size() != c.documents.size()) fail("document count differs");
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
        if (a.documents[i].references.size() != c.documents[i].references.size())
            fail("reference count of " + c.documents[i].path + " differs");
        if (a.documents[i].claims.size() != c.documents[i].claims.size())
            fail("claim count of " + c.documents[i].path + " differs");
    }
}

namespace {

constexpr std::string_view untitled_section = "(before first heading)";

}  // namespace

std::string_view raw_node_text(const corpus& c, vertex v) {
    const graph_node& node = c.graph()[v];
    const document& d = c.documents[node.document];
    switch (node.kind) {
        case node_kind::document: return d.title.empty() ? d.path : d.title;
        case node_kind::section: {
            const std::string& title = d.sections[node.item].title;
            return title.empty() ? untitled_section : title;
        }
        case node_kind::claim: return d.claims[node.item].text;
        case node_kind::reference: return d.references[node.item].text;
        case node_kind::source: {
            const source& s = c.links.sources[node.item];
            if (!s.title.empty()) return s.title;
            const reference_place& first = s.references.front();
            return c.documents[first.document].references[first.reference].text;
        }
    }
    return {};
}

std::string node_text(const corpus& c, vertex v) { return clean_text(raw_node_text(c, v)); }

std::string node_label(const corpus& c, vertex v) {
    const graph_node& node = c.graph()[v];
    const document& d = c.documents[node.document];
    switch (node.kind) {
        case node_kind::document:
        case node_kind::section: return short_label(raw_node_text(c, v), 80);
        case node_kind::claim: return short_label(d.claims[node.item].text, 80);
        case node_kind::reference: {
            const reference& r = d.references[node.item];
            std::string label = "[";
            label += std::to_string(r.number);
            label += "] ";
            label += short_label(r.text, 60);
            return label;
        }
        case node_kind::source: return short_label(raw_node_text(c, v), 60);
    }
    return {};
}

const std::string* section_title(const document& d, const claim& cl) {
    return cl.section < d.sections.size() ? &d.sections[cl.section].title : nullptr;
}

bool is_web_url(std::string_view url) {
    return url.starts_with("http://") || url.starts_with("https://");
}

}  // namespace citegraph::exports_detail
