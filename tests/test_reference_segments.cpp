// split_segments (text/reference_segments): where a reference entry's segments end, at
// every alignment of the text, around initials, abbreviations, long and non-ASCII words.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/reference_segments.hpp"

using citegraph::split_segments;

TEST_CASE("segments end at a stop and a space but after initials and abbreviations, wherever the text starts") {
    const std::vector<std::pair<std::string, std::vector<std::string_view>>> entries = {
        {"Smith J. The report on child labor. U.S. Department of Labor, Washington, D.C. 2020. Available at x.",
         {"Smith J. The report on child labor", "U.S. Department of Labor, Washington, D.C. 2020", "Available at x"}},
        {"Organisation internationale du Travail. Côte d’Ivoire. Rapport sur É. Dupont. Vol. 3, no. 4, pp. 5-6. "
         "Really? Yes! v1.2 release",
         {"Organisation internationale du Travail", "Côte d’Ivoire", "Rapport sur É", "Dupont",
          "Vol. 3, no. 4, pp. 5-6", "Really", "Yes", "v1.2 release"}},
        {"Ministère de l’Éducation nationale. ÉTAT. Éé. Dr. Who. cf. Art. 7. Nos. 1-2. St. Louis... Jr.X. end.",
         {"Ministère de l’Éducation nationale", "ÉTAT", "Éé", "Dr. Who", "cf. Art. 7", "Nos. 1-2", "St. Louis..",
          "Jr.X. end"}},
        {"Abcde. Abcd. Abc. A. abcdé. ab! cd? ef.gh. ij.", {"Abcde", "Abcd", "Abc", "A. abcdé", "ab", "cd", "ef.gh", "ij"}},
        {"See vols. 1-2. Paras. 3. Done.", {"See vols. 1-2", "Paras", "3", "Done"}},
        {"", {}},
        {"   .  .. ", {"."}},
    };
    for (const auto& entry : entries)
        for (std::size_t shift = 0; shift < 16; ++shift) {
            const std::string text = std::string(shift, ' ') + entry.first;
            CAPTURE(text);
            const std::vector<std::string_view> segments = split_segments(text);
            CHECK(segments == entry.second);
        }
}
