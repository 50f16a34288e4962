#include "article_claims.hpp"

#include <string>
#include <unordered_map>

#include "importers/common/structured_claims.hpp"
#include "inline_reader.hpp"
#include "table_grid.hpp"
#include "xml_names.hpp"

namespace citegraph::jats_import {

namespace {

bool is_figure_abstract(pugi::xml_node abstract) {
    const std::string_view type = attribute_value(abstract, "abstract-type");
    return type == "toc" || type == "teaser" || type == "graphical";
}

// A section's heading: "2.1 Study area" from <label>2.1</label><title>Study area</title>.
std::string heading_of(pugi::xml_node node) {
    std::string title = folded_text(child_element(node, "title"));
    const std::string label = folded_text(child_element(node, "label"));
    if (!label.empty() && !title.empty()) title = label + " " + title;
    return title;
}

class article_reader {
public:
    article_reader(const xml_input& input, const callout_targets& targets, document& doc,
                   diagnostics& warnings)
        : input_(input), doc_(doc), reader_(input, targets, warnings) {}

    void abstracts(pugi::xml_node article_meta) {
        for (pugi::xml_node abstract : article_meta.children()) {
            if (!is_element(abstract, "abstract") || is_figure_abstract(abstract)) continue;
            std::string title = heading_of(abstract);
            if (title.empty()) title = "Abstract";
            const std::size_t section = add_section(title, input_.where(abstract));
            blocks(abstract, section, title);
        }
    }

    void body(pugi::xml_node body) { blocks(body, 0, ""); }

    void back(pugi::xml_node back) {
        for (pugi::xml_node child : back.children()) {
            if (child.type() != pugi::node_element || is_element(child, "ref-list")) continue;
            const bool appendix = is_element(child, "app-group") || is_element(child, "app");
            if (!appendix && !holds_bibliographic_xref(child)) continue;
            if (is_element(child, "sec") || is_element(child, "app")) {
                section(child, 0, "");
            } else {
                std::string title = heading_of(child);
                const std::size_t index = title.empty() ? 0 : add_section(title, input_.where(child));
                blocks(child, index, title);
            }
        }
    }

    // Figures and tables kept in <floats-group>: each in the section that names it first.
    void floats(pugi::xml_node group) {
        for (pugi::xml_node child : group.children()) {
            if (child.type() != pugi::node_element) continue;
            const auto named = first_naming_.find(std::string(attribute_value(child, "id")));
            const std::size_t index = named == first_naming_.end() ? 0 : named->second;
            block(child, index, doc_.sections[index].title);
        }
    }

private:
    std::size_t add_section(std::string title, location where) {
        doc_.sections.push_back({std::move(title), where});
        return doc_.sections.size() - 1;
    }

    void section(pugi::xml_node sec, std::size_t parent, const std::string& parent_path) {
        const std::string heading = heading_of(sec);
        if (heading.empty()) {
            blocks(sec, parent, parent_path);
            return;
        }
        const std::string path = parent_path.empty() ? heading : parent_path + " / " + heading;
        const std::size_t index = add_section(path, input_.where(sec));
        blocks(sec, index, path);
    }

    void blocks(pugi::xml_node container, std::size_t index, const std::string& path) {
        for (pugi::xml_node child : container.children())
            if (child.type() == pugi::node_element) block(child, index, path);
    }

    void block(pugi::xml_node node, std::size_t index, const std::string& path) {
        const std::string_view name = local_name(node.name());
        if (name == "sec" || name == "app") {
            section(node, index, path);
        } else if (name == "p" || (name == "title" && is_element(node.parent(), "caption"))) {
            paragraph(node, index, path);
        } else if (name == "table-wrap") {
            table_wrap(node, index, path);
        } else if (name == "title" || name == "label" || name == "sec-meta" || name == "ref-list" ||
                   name == "disp-formula" || name == "disp-formula-group" || name == "graphic" ||
                   name == "alternatives" || name == "object-id" || name == "permissions" ||
                   name == "kwd-group" || name == "attrib") {
            return;  // headings are read by section(); the rest is no prose
        } else {
            blocks(node, index, path);  // fig, list, list-item, caption, boxed-text, fn, ...
        }
    }

    void paragraph(pugi::xml_node p, std::size_t index, const std::string& path) {
        cited_text text;
        reader_.read(p, text, true);
        add_paragraph_claims(text, index, doc_.claims);
        for (std::string& id : reader_.take_float_ids()) first_naming_.try_emplace(std::move(id), index);
        for (pugi::xml_node set_aside : reader_.take_blocks()) block(set_aside, index, path);
    }

    void table_wrap(pugi::xml_node wrap, std::size_t index, const std::string& path) {
        for (pugi::xml_node child : wrap.children()) {
            if (is_element(child, "table")) {
                add_table_claims(table_rows(child, reader_, input_), index, doc_.claims);
            } else if (is_element(child, "alternatives")) {
                for (pugi::xml_node table : child.children())
                    if (is_element(table, "table"))
                        add_table_claims(table_rows(table, reader_, input_), index, doc_.claims);
            } else if (child.type() == pugi::node_element) {
                block(child, index, path);  // caption, table-wrap-foot
            }
        }
        reader_.take_float_ids();
    }

    const xml_input& input_;
    document& doc_;
    inline_reader reader_;
    std::unordered_map<std::string, std::size_t> first_naming_;  // float id -> section
};

}  // namespace

void read_article_claims(const xml_input& input, pugi::xml_node article,
                         const callout_targets& targets, document& doc, diagnostics& warnings) {
    article_reader reader(input, targets, doc, warnings);
    const pugi::xml_node front = child_element(article, "front");
    if (pugi::xml_node meta = child_element(front, "article-meta")) reader.abstracts(meta);
    if (pugi::xml_node body = child_element(article, "body")) reader.body(body);
    if (pugi::xml_node back = child_element(article, "back")) reader.back(back);
    if (pugi::xml_node floats = child_element(article, "floats-group")) reader.floats(floats);
}

}  // namespace citegraph::jats_import
