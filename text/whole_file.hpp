// A small file the user names (a configuration, a baseline), read whole before it is parsed.
#pragma once

#include <string>
#include <string_view>

namespace citegraph::text {

// The bytes of the file at `path`. Throws input_error naming the path: "cannot open the
// `what`" or "cannot read the `what`" ("configuration file", "baseline file").
std::string read_whole_file(const std::string& path, std::string_view what);

}  // namespace citegraph::text
