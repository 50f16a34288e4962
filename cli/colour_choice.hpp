// Whether check colours its listing: --color, then NO_COLOR (https://no-color.org), then
// whether standard output is a terminal that shows colour.
#pragma once

#include <string_view>

namespace citegraph::cli {

// The --color values, the default first.
inline constexpr std::string_view colour_choices[] = {"auto", "always", "never"};

// "always" and "never" decide alone (a command-line option overrides the environment, as
// no-color.org asks); "auto" colours only when standard output is a terminal, NO_COLOR is unset
// or empty, and TERM is set and not "dumb". no_color and term are the variables' values, or null.
bool wants_colour(std::string_view choice, bool output_is_terminal, const char* no_color, const char* term);

// wants_colour for this process: standard output and the environment as they are.
bool wants_colour(std::string_view choice);

}  // namespace citegraph::cli
