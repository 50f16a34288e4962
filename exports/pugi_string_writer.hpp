// What pugixml prints, appended to a string: the writers that print on every core print
// each run of elements into a string of its own, written out in order afterwards.
#pragma once

#include <cstddef>
#include <string>

#include <pugixml.hpp>

namespace citegraph::exports_detail {

// One string per run of elements, not a stream write per element.
class string_writer : public pugi::xml_writer {
public:
    explicit string_writer(std::string& out) : out_(out) {}
    void write(const void* data, std::size_t size) override { out_.append(static_cast<const char*>(data), size); }

private:
    std::string& out_;
};

}  // namespace citegraph::exports_detail
