#include "short_notes.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "headings.hpp"

namespace citegraph::html_import {

namespace {

// The list elements holding full source entries, in document order.
std::vector<const GumboNode*> source_lists(const GumboNode* content, const note_index& notes) {
    std::vector<const GumboNode*> lists;
    std::string heading;
    for_each_element(content, [&](const GumboNode* n) {
        if (notes.lists.contains(n)) return false;
        if (heading_level(n) != 0) {
            heading = heading_text(n);
            return false;
        }
        if (has_class(n, "refbegin") && !is_reading_list_title(heading)) {
            // Lists inside it, not nested in one another.
            for_each_element(n, [&](const GumboNode* e) {
                if (tag_of(e) != GUMBO_TAG_UL && tag_of(e) != GUMBO_TAG_OL) return true;
                lists.push_back(e);
                return false;
            });
            return false;
        }
        if ((tag_of(n) == GUMBO_TAG_UL || tag_of(n) == GUMBO_TAG_OL) && is_sources_title(heading)) {
            lists.push_back(n);
            return false;
        }
        return true;
    });
    return lists;
}

// The first CITEREF id inside an entry, else the first id, else "".
std::string entry_id(const GumboNode* entry) {
    std::string first;
    std::string citeref;
    for_each_element(entry, [&](const GumboNode* n) {
        std::string_view id = attribute(n, "id");
        if (id.starts_with("CITEREF") && citeref.empty()) citeref = id;
        if (!id.empty() && first.empty()) first = id;
        return citeref.empty();
    });
    return citeref.empty() ? first : citeref;
}

class linker {
public:
    linker(const GumboNode* root, const html_tree& tree, diagnostics& warnings)
        : root_(root), tree_(tree), warnings_(warnings) {}

    void add(const GumboNode* entry) {
        const std::size_t index = entries_.size();
        entry_reading reading = read_entry(entry, tree_);
        if (std::string id = entry_id(entry); !id.empty()) reading.entry.extra.edit().id = std::move(id);
        entries_.push_back(std::move(reading.entry));
        for_each_element(entry, [&](const GumboNode* n) {
            if (std::string_view id = attribute(n, "id"); !id.empty()) index_of_.emplace(std::string(id), index);
            return true;
        });
    }

    // Index of the entry an in-page link names; -1 if it names no source.
    long resolve(const std::string& target, const reference& note) {
        if (auto found = index_of_.find(target); found != index_of_.end()) return static_cast<long>(found->second);
        const GumboNode* element = page_element(target);
        if (element == nullptr) {
            warnings_.warn(tree_.path(), note.where,
                           "note " + std::to_string(note.number) + " links to #" + target +
                               ", which is not on this page");
            return -1;
        }
        if (!target.starts_with("CITEREF") && tag_of(element) != GUMBO_TAG_CITE) return -1;
        add(element);
        return static_cast<long>(entries_.size() - 1);
    }

    std::vector<reference>& entries() { return entries_; }

private:
    const GumboNode* page_element(const std::string& id) {
        if (page_ids_.empty())
            for_each_element(root_, [&](const GumboNode* n) {
                if (std::string_view own = attribute(n, "id"); !own.empty()) page_ids_.emplace(std::string(own), n);
                return true;
            });
        auto found = page_ids_.find(id);
        return found == page_ids_.end() ? nullptr : found->second;
    }

    const GumboNode* root_;
    const html_tree& tree_;
    diagnostics& warnings_;
    std::vector<reference> entries_;
    std::unordered_map<std::string, std::size_t> index_of_;
    std::unordered_map<std::string, const GumboNode*> page_ids_;
};

// True if the note's own date is only the year its source is dated in: the author-year
// key of a short note ("Carboneras 1992, p. 536"), which the source dates better.
bool only_key_year(const reference& note, const reference& source) {
    if (!note.published.known()) return true;
    if (note.published.precision != date_precision::year || note.published.year != source.published.year)
        return false;
    return std::all_of(note.dates.begin(), note.dates.end(), [&](const role_date& d) {
        return d.value == note.published;
    });
}

void take_source_details(reference& note, const std::vector<reference>& entries) {
    const reference* newest = nullptr;
    for (std::size_t index : note.extra->full_entries) {
        const reference& source = entries[index];
        if (source.published.known() && (newest == nullptr || earlier_start(newest->published, source.published)))
            newest = &source;
    }
    if (newest != nullptr && only_key_year(note, *newest)) {
        note.published = newest->published;
        note.role = newest->role;
        note.dates = newest->dates;
    }
    const bool own_urls = !note.urls.empty();
    for (std::size_t index : note.extra->full_entries) {
        const reference& source = entries[index];
        if (!own_urls)
            for (const std::string& url : source.urls)
                if (std::find(note.urls.begin(), note.urls.end(), url) == note.urls.end()) note.urls.push_back(url);
        if (note.doi.empty()) note.doi = source.doi;
        if (note.kind == reference_kind::other) note.kind = source.kind;
    }
}

}  // namespace

std::vector<reference> link_short_notes(const GumboNode* root, const GumboNode* content,
                                        const html_tree& tree, note_index& notes,
                                        diagnostics& warnings) {
    linker link(root, tree, warnings);
    for (const GumboNode* list : source_lists(content, notes)) {
        const GumboVector* children = children_of(list);
        for (unsigned i = 0; i < children->length; ++i) {
            auto* child = static_cast<const GumboNode*>(children->data[i]);
            if (tag_of(child) == GUMBO_TAG_LI) link.add(child);
        }
    }
    for (entry_reading& note : notes.notes) {
        for (const std::string& target : note.links) {
            const long index = link.resolve(target, note.entry);
            if (index < 0) continue;
            auto& linked = note.entry.extra.edit().full_entries;
            if (std::find(linked.begin(), linked.end(), static_cast<std::size_t>(index)) == linked.end())
                linked.push_back(static_cast<std::size_t>(index));
        }
        if (!note.entry.extra->full_entries.empty()) take_source_details(note.entry, link.entries());
    }
    return std::move(link.entries());
}

}  // namespace citegraph::html_import
