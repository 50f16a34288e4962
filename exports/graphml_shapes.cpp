#include "graphml_shapes.hpp"

namespace citegraph::exports_detail {

void graphml_node_printer::start(std::string_view id) {
    id_.assign(id);
    keys_.clear();
    keys_hash_ = 0;
}

void graphml_node_printer::add(const char* key, std::string_view value) {
    if (values_.size() == keys_.size()) values_.emplace_back();
    values_[keys_.size()].assign(value);
    const auto address = reinterpret_cast<std::uintptr_t>(key);
    keys_.push_back(address);
    keys_hash_ = (keys_hash_ ^ address) * 0x100000001b3;  // FNV-1a over the addresses
}

// The decimal digits pugixml's xml_text::set(long long) would write.
void graphml_node_printer::add(const char* key, long long value) { add(key, std::to_string(value)); }

graphml_node_printer::shape& graphml_node_printer::shape_of_node() {
    for (shape& s : shapes_)
        if (s.hash == keys_hash_ && s.keys == keys_) return s;
    shape made{keys_hash_, keys_, shapes_document_.append_child("node"), {}, {}};
    made.id = made.element.append_attribute("id");
    for (std::uintptr_t key : keys_) {
        pugi::xml_node data = made.element.append_child("data");
        data.append_attribute("key").set_value(reinterpret_cast<const char*>(key));
        made.values.push_back(data.append_child(pugi::node_pcdata));
    }
    return shapes_.emplace_back(std::move(made));
}

void graphml_node_printer::print(std::string& out, const char* indent, unsigned int format, unsigned int depth) {
    shape& s = shape_of_node();
    s.id.set_value(id_.data(), id_.size());
    for (std::size_t k = 0; k < keys_.size(); ++k) s.values[k].set_value(values_[k].data(), values_[k].size());
    string_writer writer(out);
    s.element.print(writer, indent, format, pugi::encoding_utf8, depth);
}

}  // namespace citegraph::exports_detail
