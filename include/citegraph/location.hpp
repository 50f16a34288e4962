// A place in an input file, as the document model and every diagnostic name it.
// Standard library only.
#pragma once

#include <cstddef>
#include <cstdint>

namespace citegraph {

// A place in the input: 1-based line and column (column counts bytes).
// {0, 0} means "unknown", e.g. for something synthesised by an importer.
// 32 bits each, as the graph counts vertices: a corpus holds one per claim, reference and
// section, and no input this tool reads in memory has 4 billion lines or bytes on one.
struct location {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    friend bool operator==(const location&, const location&) = default;
};

// The location of a 1-based line and column counted in std::size_t, each held at most
// 4294967295 rather than wrapped past it.
constexpr location at_line_column(std::size_t line, std::size_t column) {
    constexpr std::size_t most = 0xFFFFFFFFu;
    return {static_cast<std::uint32_t>(line < most ? line : most), static_cast<std::uint32_t>(column < most ? column : most)};
}

}  // namespace citegraph
