// The report's timeline: an inline SVG of a document's dated references against its as-of
// date and the age limit. A reference is placed at the last day of its period, the reading
// it is judged by, so a mark left of the cut-off line is exactly one that is too old; a date
// known only to the year or month also shows its whole period as a line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "citegraph/stale_analysis.hpp"
#include "html.hpp"
#include "report_parts.hpp"
#include "text.hpp"
#include "text/counted.hpp"
#include "reasons.hpp"

namespace citegraph::exports_detail {

namespace {

namespace ch = std::chrono;

constexpr double width = 1120, left = 24, right = 24, top = 40, row_height = 14, radius = 5;
constexpr const char* stale_colour = "#D55E00";    // vermilion, as in the DOT export
constexpr const char* current_colour = "#56B4E9";  // sky blue
constexpr const char* in_force_colour = "#0072B2"; // blue
constexpr const char* ink = "#1b1b1f";

// Days since 1970-01-01 of the first day of the period a date names.
long first_day_number(const date& d) {
    const ch::year_month_day day{ch::year{d.year}, ch::month{static_cast<unsigned>(std::max(d.month, 1))},
                                 ch::day{static_cast<unsigned>(std::max(d.day, 1))}};
    return ch::sys_days{day}.time_since_epoch().count();
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

struct mark {
    double from = 0, to = 0;  // x of the period's first and last day
    std::size_t ref = 0;
    std::size_t row = 0;
};

// A linear scale from days to x between the first day of first_year and of end_year.
struct scale {
    long first = 0, last = 0;
    double operator()(long day) const {
        return left + (width - left - right) * static_cast<double>(day - first) / static_cast<double>(last - first);
    }
};

// Rows so that no two marks touch: each mark goes to the first row free at its start.
std::size_t stack(std::vector<mark>& marks) {
    std::sort(marks.begin(), marks.end(), [](const mark& x, const mark& y) { return x.from < y.from; });
    std::vector<double> row_end;
    for (mark& m : marks) {
        std::size_t row = 0;
        while (row < row_end.size() && row_end[row] + 2 * radius + 1 > m.from) ++row;
        if (row == row_end.size()) row_end.push_back(0);
        row_end[row] = m.to;
        m.row = row;
    }
    return row_end.size();
}

pugi::xml_node svg_text(pugi::xml_node parent, double x, double y, std::string_view text, const char* anchor,
                        const char* colour = ink) {
    return html::element(parent, "text", text,
                         {{"x", number(x)}, {"y", number(y)}, {"text-anchor", anchor}, {"fill", colour},
                          {"font-size", "12"}, {"font-family", "system-ui, sans-serif"}});
}

void line(pugi::xml_node parent, double x1, double y1, double x2, double y2, const char* colour,
          const char* dash = "", const char* stroke_width = "1") {
    pugi::xml_node l = html::element(parent, "line", {{"x1", number(x1)}, {"y1", number(y1)}, {"x2", number(x2)},
                                                      {"y2", number(y2)}, {"stroke", colour},
                                                      {"stroke-width", stroke_width}});
    if (*dash) html::set(l, "stroke-dasharray", dash);
}

// A circle for a source judged by age, a diamond for legislation in force.
void symbol(pugi::xml_node parent, double x, double y, const char* colour, bool diamond) {
    if (!diamond) {
        html::element(parent, "circle", {{"cx", number(x)}, {"cy", number(y)}, {"r", number(radius)},
                                         {"fill", colour}, {"stroke", "#ffffff"}});
        return;
    }
    const double r = radius + 1;
    html::element(parent, "polygon",
                  {{"points", number(x) + "," + number(y - r) + " " + number(x + r) + "," + number(y) + " " +
                                  number(x) + "," + number(y + r) + " " + number(x - r) + "," + number(y)},
                   {"fill", colour}, {"stroke", "#ffffff"}});
}

const char* colour_of(const reference_assessment& ra) {
    if (ra.stale) return stale_colour;
    return ra.flags.in_force ? in_force_colour : current_colour;
}

void append_marks(pugi::xml_node svg, const corpus& c, const corpus_assessment& a, std::size_t doc,
                  const std::vector<mark>& marks) {
    const document& d = c.documents[doc];
    for (const mark& m : marks) {
        const reference& r = d.references[m.ref];
        const reference_assessment& ra = a.documents[doc].references[m.ref];
        pugi::xml_node link = html::element(svg, "a", {{"href", "#" + reference_anchor(c, doc, m.ref)}});
        std::string tip = "[" + std::to_string(r.number) + "] " + short_label(r.text, 200) + "\n" +
                          to_iso(r.published) + " — " + std::string(reference_status(ra));
        if (!ra.stale_reasons.empty()) tip += ": " + join(stale_reason_texts(c, a, doc, m.ref), "; ");
        html::element(link, "title", tip, {});
        const double y = top + 10 + row_height * static_cast<double>(m.row);
        if (m.to - m.from > 1) line(link, m.from, y, m.to, y, colour_of(ra), "", "2");
        symbol(link, m.to, y, colour_of(ra), ra.flags.in_force);
    }
}

void append_legend(pugi::xml_node svg, double y) {
    double x = left;
    const auto entry = [&](const char* colour, bool diamond, std::string_view label) {
        symbol(svg, x + radius, y - 4, colour, diamond);
        svg_text(svg, x + 2 * radius + 5, y, label, "start");
        x += 2 * radius + 14 + 7.0 * static_cast<double>(label.size());
    };
    entry(current_colour, false, "current");
    entry(stale_colour, false, "stale");
    entry(in_force_colour, true, "legislation in force");
    line(svg, x, y - 4, x + 28, y - 4, current_colour, "", "2");
    svg_text(svg, x + 34, y, "a date known only to the year or month: its whole period, placed at its end", "start");
}

}  // namespace

void append_timeline(pugi::xml_node parent, const corpus& c, const corpus_assessment& a, std::size_t doc) {
    const document& d = c.documents[doc];
    const document_assessment& da = a.documents[doc];
    std::vector<mark> marks;
    int first_year = 0, last_year = 0;
    for (std::size_t i = 0; i < d.references.size(); ++i) {
        const date& published = d.references[i].published;
        if (!published.known()) continue;
        first_year = first_year == 0 ? published.year : std::min(first_year, published.year);
        last_year = std::max(last_year, published.year);
        marks.push_back({static_cast<double>(first_day_number(published)),
                         static_cast<double>(first_day_number(last_day(published))), i, 0});
    }
    const std::size_t undated = d.references.size() - marks.size();
    if (marks.empty()) {
        html::element(parent, "p", "No reference is dated, so there is no timeline to draw.", {{"class", "note"}});
        return;
    }
    const date cutoff = age_cutoff(da.as_of, a.policy.max_age);
    if (cutoff.known()) first_year = std::min(first_year, cutoff.year);
    if (da.as_of.known()) last_year = std::max(last_year, da.as_of.year);
    const scale x{first_day_number(make_date(first_year)), first_day_number(make_date(last_year + 1))};
    for (mark& m : marks) {
        m.from = x(static_cast<long>(m.from));
        m.to = x(static_cast<long>(m.to));
    }
    const std::size_t rows = stack(marks);
    const double axis = top + 10 + row_height * static_cast<double>(rows);
    const double height = axis + 56;

    pugi::xml_node box = html::element(parent, "div", {{"class", "timeline"}});
    pugi::xml_node svg = html::element(
        box, "svg",
        {{"xmlns", "http://www.w3.org/2000/svg"}, {"viewBox", "0 0 " + number(width) + " " + number(height)},
         {"width", number(width)}, {"height", number(height)}, {"role", "img"}});
    html::element(svg, "title", "Reference dates of " + (d.title.empty() ? d.path : d.title) +
                                    " against the as-of date and the age limit", {});
    if (cutoff.known()) {
        const double cut = x(first_day_number(cutoff));
        html::element(svg, "rect", {{"x", number(left)}, {"y", number(top - 6)}, {"width", number(cut - left)},
                                    {"height", number(axis - top + 6)}, {"fill", stale_colour},
                                    {"fill-opacity", "0.08"}});
        line(svg, cut, top - 22, cut, axis, stale_colour, "4 3");
        svg_text(svg, cut - 4, top - 26, "older than " + to_string(a.policy.max_age) + " ← " + to_iso(cutoff), "end",
                 stale_colour);
    }
    if (da.as_of.known()) {
        const double now = x(first_day_number(da.as_of));
        line(svg, now, top - 22, now, axis, ink, "4 3");
        svg_text(svg, now - 4, top - 10, "as of " + to_iso(da.as_of), "end");
    }
    const int span = last_year + 1 - first_year;
    const int step = span <= 20 ? 1 : span <= 50 ? 5 : 10;
    line(svg, left, axis, width - right, axis, ink);
    for (int year = first_year; year <= last_year + 1; ++year) {
        const double at = x(first_day_number(make_date(year)));
        line(svg, at, axis, at, axis + 5, ink);
        if (year % step == 0 && year <= last_year)
            svg_text(svg, x(first_day_number(make_date(year, 7, 1))), axis + 18, std::to_string(year), "middle");
    }
    append_marks(svg, c, a, doc, marks);
    append_legend(svg, axis + 44);
    if (undated > 0)
        html::element(box, "p",
                      text::counted(undated, "undated reference is", "undated references are") +
                          " not on the timeline.",
                      {{"class", "note"}});
}

}  // namespace citegraph::exports_detail
