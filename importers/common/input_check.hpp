// Rejects bytes that are not UTF-8 text before any parsing starts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace citegraph {

// Offset of the first byte after a UTF-8 byte order mark (0 when there is none).
// Throws input_error at the first NUL byte ("NUL byte") or the first byte of an
// invalid UTF-8 sequence ("invalid UTF-8"), with its line:column in bytes.
std::size_t check_input(std::string_view bytes, const std::string& path);

}  // namespace citegraph
