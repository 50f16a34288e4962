#include "citegraph/retraction_watch.hpp"

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <strings.h>

#include "csv_records.hpp"
#include "text/doi_scanner.hpp"
#include "text/pubmed_id.hpp"

namespace citegraph {

namespace {

// The columns read, in the order of `column_names`.
enum column : std::size_t { record_id, retraction_date, retraction_doi, original_doi, original_pmid, nature, reason };

constexpr std::array<std::string_view, 7> column_names{
    "Record ID", "RetractionDate", "RetractionDOI", "OriginalPaperDOI", "OriginalPaperPubMedID", "RetractionNature",
    "Reason"};

// Every column but Reason is needed to match and date a notice.
constexpr bool required(column c) { return c != reason; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<int> number(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

// "12/31/2019 0:00" (the database's month/day/year) or "2019-12-31"; unknown otherwise,
// a day its month lacks too.
date notice_date(std::string_view text) {
    text = trimmed(text.substr(0, text.find(' ')));
    if (text.find('/') == std::string_view::npos) return parse_iso_date(text);
    const std::size_t first = text.find('/');
    const std::size_t second = text.find('/', first + 1);
    if (second == std::string_view::npos) return {};
    const auto month = number(text.substr(0, first));
    const auto day = number(text.substr(first + 1, second - first - 1));
    const auto year = number(text.substr(second + 1));
    if (!month || !day || !year || *month < 1 || *month > 12 || *year < 1000 || *year > 9999 || *day < 1 ||
        *day > days_in_month(*year, *month))
        return {};
    return make_date(*year, *month, *day);
}

std::optional<notice_kind> kind_of(std::string_view nature) {
    nature = trimmed(nature);
    const auto is = [&](std::string_view name) {
        return nature.size() == name.size() && strncasecmp(nature.data(), name.data(), name.size()) == 0;
    };
    if (is("Retraction")) return notice_kind::retraction;
    if (is("Correction")) return notice_kind::correction;
    if (is("Expression of concern")) return notice_kind::expression_of_concern;
    if (is("Reinstatement")) return notice_kind::reinstatement;
    return std::nullopt;
}

// Where each column read is in a record, from the header.
std::array<std::optional<std::size_t>, column_names.size()> find_columns(const std::vector<std::string>& header,
                                                                        const std::string& path) {
    std::array<std::optional<std::size_t>, column_names.size()> at{};
    for (std::size_t i = 0; i < header.size(); ++i)
        for (std::size_t c = 0; c < column_names.size(); ++c)
            if (trimmed(header[i]) == column_names[c] && !at[c]) at[c] = i;
    for (std::size_t c = 0; c < column_names.size(); ++c)
        if (!at[c] && required(static_cast<column>(c)))
            throw input_error(path, {1, 1},
                              "the header lacks the column '" + std::string(column_names[c]) +
                                  "': not the Retraction Watch database CSV");
    return at;
}

}  // namespace

retraction_list read_retraction_watch(const std::string& path,
                                      const std::function<bool(const retraction_notice&)>& keep,
                                      diagnostics& warnings) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw input_error(path, {}, std::string("cannot open: ") + std::strerror(errno));
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw input_error(path, {}, "is a directory, not the Retraction Watch CSV");
    csv_records records(in, path);
    std::vector<std::string> fields;
    if (!records.next(fields)) throw input_error(path, {1, 1}, "is empty: expected the Retraction Watch CSV header");
    const auto at = find_columns(fields, path);
    const auto field = [&](column c) -> std::string_view {
        return at[c] && *at[c] < fields.size() ? std::string_view(fields[*at[c]]) : std::string_view{};
    };
    retraction_list out;
    out.path = path;
    std::size_t unknown = 0;
    location first_unknown;
    while (records.next(fields)) {
        if (fields.size() == 1 && fields[0].empty()) continue;  // a blank line
        const auto kind = kind_of(field(nature));
        if (!kind) {
            if (unknown++ == 0) first_unknown = records.record_start();
            continue;
        }
        retraction_notice notice;
        notice.kind = *kind;
        notice.original_doi = normalise_doi(field(original_doi));
        notice.original_pmid = normalise_pmid(field(original_pmid));
        if (notice.original_doi.empty() && notice.original_pmid.empty()) continue;  // matches nothing
        if (keep && !keep(notice)) continue;
        notice.issued = notice_date(field(retraction_date));
        notice.notice_doi = normalise_doi(field(retraction_doi));
        notice.record_id = std::string(trimmed(field(record_id)));
        notice.reason = std::string(trimmed(field(reason)));
        notice.where = records.record_start();
        out.notices.push_back(std::move(notice));
    }
    if (unknown > 0)
        warnings.warn(path, first_unknown,
                      std::to_string(unknown) + (unknown == 1 ? " row" : " rows") +
                          " left out: RetractionNature is none of Retraction, Correction, Expression of concern, "
                          "Reinstatement");
    return out;
}

}  // namespace citegraph
