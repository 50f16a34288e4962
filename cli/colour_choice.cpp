#include "colour_choice.hpp"

#include <cstdlib>
#include <unistd.h>

namespace citegraph::cli {

bool wants_colour(std::string_view choice, bool output_is_terminal, const char* no_color, const char* term) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    if (no_color != nullptr && *no_color != '\0') return false;
    // No TERM (a cron job, an IDE's output pane) or TERM=dumb: a terminal that shows escapes raw.
    if (term == nullptr || std::string_view(term).empty() || std::string_view(term) == "dumb") return false;
    return output_is_terminal;
}

bool wants_colour(std::string_view choice) {
    return wants_colour(choice, ::isatty(STDOUT_FILENO) == 1, std::getenv("NO_COLOR"), std::getenv("TERM"));
}

}  // namespace citegraph::cli
