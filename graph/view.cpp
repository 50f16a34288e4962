#include "citegraph/views.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include <boost/range/iterator_range.hpp>

#include "citation_graph.hpp"
#include "text/utf8_text.hpp"

namespace citegraph {

namespace {

// A document and an item in it (a claim or reference index).
struct item_ref {
    std::size_t document = 0;
    std::size_t item = 0;
};

// The positive number text holds entirely; 0 for anything else.
long whole_number(std::string_view text) {
    long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && value > 0 ? value : 0;
}

// Splits "d2:c17" into the document index 1 and "17" after the kind letter; a name
// without "dN:" belongs to the only document. Returns false if it has neither form.
bool split_id(const corpus& c, std::string_view id, char kind, std::size_t& doc,
              std::string_view& rest) {
    if (const std::size_t colon = id.find(':'); colon != std::string_view::npos) {
        const long number = id.starts_with('d') ? whole_number(id.substr(1, colon - 1)) : 0;
        if (number == 0 || static_cast<std::size_t>(number) > c.documents.size()) return false;
        doc = static_cast<std::size_t>(number - 1);
        id.remove_prefix(colon + 1);
    } else if (c.documents.size() == 1) {
        doc = 0;
    } else {
        return false;
    }
    if (id.empty() || (id.front() != kind && kind != 'r')) return false;
    if (id.front() == kind) id.remove_prefix(1);
    rest = id;
    return true;
}

item_ref find_claim(const corpus& c, const std::string& id) {
    std::size_t doc = 0;
    std::string_view rest;
    if (split_id(c, id, 'c', doc, rest)) {
        const long number = whole_number(rest);
        if (number > 0 && static_cast<std::size_t>(number) <= c.documents[doc].claims.size())
            return {doc, static_cast<std::size_t>(number - 1)};
    }
    throw view_error("no claim '" + id + "' (claims are named like d1:c17, as in the JSON export)");
}

// "25" names reference 25 of whichever single document has one; "d2:r25" or "d2:25" that of
// the second document.
item_ref find_reference(const corpus& c, const std::string& name) {
    const auto index_in = [&](std::size_t doc, std::string_view number) {
        const long n = whole_number(number);
        return n > 0 ? c.reference_index(doc, static_cast<int>(n)) : std::nullopt;
    };
    if (name.find(':') == std::string::npos) {
        std::vector<item_ref> found;
        for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
            if (const auto i = index_in(doc, name)) found.push_back({doc, *i});
        if (found.size() == 1) return found.front();
        if (found.size() > 1)
            throw view_error("reference " + name + " is in " + std::to_string(found.size()) +
                             " documents; name one, e.g. " +
                             c.vertex_id(c.reference_vertex(found[0].document, found[0].item)));
    } else {
        std::size_t doc = 0;
        std::string_view rest;
        if (split_id(c, name, 'r', doc, rest))
            if (const auto i = index_in(doc, rest)) return {doc, *i};
    }
    throw view_error("no reference '" + name + "' in the reference list");
}

// Per document, per section: whether its title holds one of the parts (folded: case and
// Latin accents ignored). Throws view_error for a part no section title holds.
std::vector<std::vector<bool>> matching_sections(const corpus& c,
                                                 const std::vector<std::string>& parts) {
    std::vector<std::vector<bool>> matches(c.documents.size());
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc)
        matches[doc].assign(c.documents[doc].sections.size(), false);
    for (const std::string& part : parts) {
        const std::string needle = text::fold(part);
        bool found = false;
        for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
            const auto& sections = c.documents[doc].sections;
            for (std::size_t i = 0; i < sections.size(); ++i) {
                if (sections[i].title.empty() ||
                    text::fold(sections[i].title).find(needle) == std::string::npos)
                    continue;
                matches[doc][i] = true;
                found = true;
            }
        }
        if (!found) throw view_error("no section title contains '" + part + "'");
    }
    return matches;
}

bool stale_verdict(claim_verdict verdict) {
    return verdict == claim_verdict::resting_on_stale || verdict == claim_verdict::partly_stale ||
           verdict == claim_verdict::resting_on_retracted;
}

// The claim selectors of a view, resolved against the corpus.
struct claim_selection {
    std::vector<std::vector<bool>> named_claims;     // per document, per claim
    std::vector<std::vector<bool>> named_references; // per document, per reference
    std::vector<std::vector<bool>> sections;         // per document, per section
};

}  // namespace

vertex_filter select_vertices(const corpus& c, const corpus_assessment& a, const graph_view& view) {
    if (view.whole()) return {};
    if (a.documents.size() != c.documents.size())
        throw std::invalid_argument("assessment does not match the corpus");

    claim_selection chosen;
    chosen.named_claims.resize(c.documents.size());
    chosen.named_references.resize(c.documents.size());
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        chosen.named_claims[doc].assign(c.documents[doc].claims.size(), false);
        chosen.named_references[doc].assign(c.documents[doc].references.size(), false);
    }
    for (const std::string& id : view.claims) {
        const item_ref found = find_claim(c, id);
        chosen.named_claims[found.document][found.item] = true;
    }
    for (const std::string& name : view.references) {
        const item_ref found = find_reference(c, name);
        chosen.named_references[found.document][found.item] = true;
    }
    if (!view.sections.empty()) chosen.sections = matching_sections(c, view.sections);

    vertex_filter keep(boost::num_vertices(c.graph()), false);
    for (std::size_t doc = 0; doc < c.documents.size(); ++doc) {
        const document& d = c.documents[doc];
        for (std::size_t i = 0; i < d.claims.size(); ++i) {
            const vertex v = c.claim_vertex(doc, i);
            bool cites_named = false;
            for (auto e : boost::make_iterator_range(boost::out_edges(v, c.graph()))) {
                const graph_node& target = c.graph()[boost::target(e, c.graph())];
                cites_named = cites_named || chosen.named_references[doc][target.item];
            }
            const std::size_t section = d.claims[i].section;
            if ((!view.claims.empty() && !chosen.named_claims[doc][i]) ||
                (!view.references.empty() && !cites_named) ||
                (view.only_stale && !stale_verdict(a.documents[doc].claims.at(i).verdict)) ||
                (!view.sections.empty() &&
                 !(section < d.sections.size() && chosen.sections[doc][section])))
                continue;
            keep[v] = true;
            keep[c.document_vertex(doc)] = true;
            if (section < d.sections.size()) keep[c.section_vertex(doc, section)] = true;
            if (view.references.empty())
                for (auto e : boost::make_iterator_range(boost::out_edges(v, c.graph())))
                    keep[boost::target(e, c.graph())] = true;
        }
        for (std::size_t i = 0; i < d.references.size(); ++i) {
            if (!chosen.named_references[doc][i]) continue;
            keep[c.reference_vertex(doc, i)] = true;
            keep[c.document_vertex(doc)] = true;
        }
    }
    // A kept reference keeps the source it shares with other documents, so the view shows
    // where else the work is cited; the documents it names stay out unless kept otherwise.
    for (std::size_t i = 0; i < c.links.sources.size(); ++i) {
        const std::optional<vertex> s = c.source_vertex(i);
        if (!s) continue;
        for (const reference_place& place : c.links.sources[i].references)
            if (keep[c.reference_vertex(place.document, place.reference)]) keep[*s] = true;
    }
    return keep;
}

std::size_t kept_count(const corpus& c, const vertex_filter& keep) {
    if (keep.empty()) return boost::num_vertices(c.graph());
    std::size_t count = 0;
    for (bool kept : keep) count += kept ? 1 : 0;
    return count;
}

item_place claim_named(const corpus& c, const std::string& id) {
    const item_ref found = find_claim(c, id);
    return {found.document, found.item};
}

item_place reference_named(const corpus& c, const std::string& name) {
    const item_ref found = find_reference(c, name);
    return {found.document, found.item};
}

std::vector<reference_place> references_named(const corpus& c, const std::string& name) {
    if (name.size() > 1 && name.front() == 's' && name.find(':') == std::string::npos) {
        const auto& sources = c.links.sources;
        const auto found = std::find_if(sources.begin(), sources.end(), [&](const source& s) { return s.id() == name; });
        if (found == sources.end())
            throw view_error("no source '" + name + "' (sources are named like s4, as in the JSON export)");
        return found->references;
    }
    const item_place ref = reference_named(c, name);
    return {{ref.document, ref.item}};
}

}  // namespace citegraph
