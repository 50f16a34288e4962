#include "whole_file.hpp"

#include <fstream>
#include <sstream>

#include "citegraph/diagnostics.hpp"

namespace citegraph::text {

std::string read_whole_file(const std::string& path, std::string_view what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw input_error(path, {}, "cannot open the " + std::string(what));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) throw input_error(path, {}, "cannot read the " + std::string(what));
    return std::move(bytes).str();
}

}  // namespace citegraph::text
