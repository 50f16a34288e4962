// Reading citegraph.toml with toml++ (Debian libtomlplusplus-dev), whose nodes keep their
// source position, so every complaint names file:line:col.
#include "config_file.hpp"

#include <algorithm>
#include <filesystem>

#include <toml++/toml.h>

#include "citegraph/diagnostics.hpp"
#include "citegraph/findings.hpp"
#include "options.hpp"
#include "text/whole_file.hpp"

namespace citegraph::cli {

namespace fs = std::filesystem;

namespace {

location where_of(const toml::source_region& region) {
    return at_line_column(region.begin.line, region.begin.column);
}

// Reads one file's table; each method throws input_error at the node it complains about.
class config_reader {
public:
    explicit config_reader(std::string path) : path_(std::move(path)) {}

    [[noreturn]] void fail(const toml::source_region& at, const std::string& message) const {
        throw input_error(path_, where_of(at), message);
    }

    std::string text(const toml::node& node, std::string_view key) const {
        if (const auto* value = node.as_string()) return value->get();
        fail(node.source(), "'" + std::string(key) + "' takes a string");
    }

    // A TOML date (2022-07-06) or a string: "2022-07-06", or "today" where allowed.
    date day(const toml::node& node, std::string_view key, bool today_allowed) const {
        if (const auto* value = node.as_date()) {
            const toml::date d = value->get();
            return make_date(d.year, d.month, d.day);
        }
        const std::string given = text(node, key);
        try {
            if (today_allowed) return parse_as_of(given);
            const date parsed = parse_iso_date(given);
            if (parsed.precision == date_precision::day) return parsed;
        } catch (const std::exception&) {
        }
        fail(node.source(), "'" + std::string(key) + "' takes a date, YYYY-MM-DD" +
                                (today_allowed ? " or \"today\"" : "") + "; got \"" + given + "\"");
    }

    age_limit age(const toml::node& node, std::string_view key) const {
        try {
            return parse_age_limit(text(node, key));
        } catch (const std::invalid_argument& e) {
            fail(node.source(), e.what());
        }
    }

    const toml::table& table(const toml::node& node, std::string_view key) const {
        if (const auto* t = node.as_table()) return *t;
        fail(node.source(), "'" + std::string(key) + "' takes a table");
    }

    void read_top(const toml::table& top, file_settings& out) const {
        for (const auto& [key, node] : top) {
            const std::string_view name = key.str();
            if (name == "policy") {
                const std::string value = text(node, name);
                if (value == "report") out.sources = source_policy::report;
                else if (value == "scholarly") out.sources = source_policy::scholarly;
                else if (value == "by-format") out.sources = source_policy::by_format;
                else fail(node.source(), "policy is by-format, report or scholarly; got \"" + value + "\"");
            } else if (name == "max-age") {
                out.max_age = age(node, name);
            } else if (name == "as-of") {
                out.as_of = day(node, name, true);
            } else if (name == "max-age-by-kind") {
                read_kinds(table(node, name), out);
            } else if (name == "suppress") {
                const auto* list = node.as_array();
                if (!list) fail(node.source(), "'suppress' takes [[suppress]] tables");
                for (const toml::node& entry : *list) out.suppressions.push_back(read_suppression(table(entry, name)));
            } else {
                fail(key.source(), "unknown key '" + std::string(name) +
                                       "' (citegraph.toml takes policy, max-age, as-of, [max-age-by-kind] and [[suppress]])");
            }
        }
    }

    void read_kinds(const toml::table& kinds, file_settings& out) const {
        for (const auto& [key, node] : kinds) {
            const auto kind = parse_reference_kind(key.str());
            if (!kind) fail(key.source(), "unknown reference kind '" + std::string(key.str()) + "' (" + kind_names() + ")");
            try {
                out.max_age_by_kind[*kind] = parse_kind_age_limit(text(node, key.str()));
            } catch (const std::invalid_argument& e) {
                fail(node.source(), std::string(e.what()) + " or \"never\"");
            }
        }
    }

    suppression read_suppression(const toml::table& entry) const {
        suppression s;
        s.file = path_;
        s.where = where_of(entry.source());
        for (const auto& [key, node] : entry) {
            const std::string_view name = key.str();
            if (name == "reference") s.reference = text(node, name);
            else if (name == "claim") s.claim = text(node, name);
            else if (name == "reason") s.reason = text(node, name);
            else if (name == "expires") s.expires = day(node, name, false);
            else if (name == "rule") {
                s.rule = text(node, name);
                if (std::find(finding_names.begin(), finding_names.end(), s.rule) == finding_names.end())
                    fail(node.source(), "unknown rule '" + s.rule + "' (" + rule_names() + ")");
            } else {
                fail(key.source(), "unknown key '" + std::string(name) +
                                       "' in [[suppress]] (it takes reference or claim, reason, expires and rule)");
            }
        }
        if (s.reference.empty() == s.claim.empty())
            fail(entry.source(), "a [[suppress]] names exactly one of reference (a DOI, URL or hash) and claim (a hash)");
        if (s.reason.empty()) fail(entry.source(), "a [[suppress]] needs a reason");
        if (!s.claim.empty() && !is_hash(s.claim))
            fail(entry["claim"].node()->source(),
                 "claim takes the 12 hex digits `check --hashes` prints or the JSON's \"hash\"; got \"" + s.claim + "\"");
        return s;
    }

private:
    static bool is_hash(const std::string& text) {
        return text.size() == 12 &&
               text.find_first_not_of("0123456789abcdef") == std::string::npos;
    }

    static std::string kind_names() {
        std::string names;
        for (reference_kind kind : reference_kinds) names += (names.empty() ? "" : ", ") + std::string(to_string(kind));
        return names;
    }

    // Every finding name a suppression's rule may take, as check --only takes them.
    static std::string rule_names() {
        std::string names;
        for (std::string_view name : finding_names) names += (names.empty() ? "" : ", ") + std::string(name);
        return names;
    }

    std::string path_;
};

}  // namespace

std::optional<std::string> find_config_file(const std::string& first_input) {
    std::error_code error;
    fs::path start = first_input == "-" ? fs::path(".") : fs::path(first_input);
    if (!fs::is_directory(start, error)) start = start.parent_path();
    if (start.empty()) start = ".";
    // Walk the absolute path, but name the file as the user would: relative when they were.
    // "reports/" normalises with an empty last part, whose parent is "reports" itself.
    const auto folder = [](fs::path p) { return p.has_filename() || !p.has_parent_path() ? p : p.parent_path(); };
    const fs::path absolute = folder(fs::absolute(start, error).lexically_normal());
    fs::path shown = folder(start.lexically_normal());
    for (fs::path dir = absolute;; dir = dir.parent_path(), shown /= "..") {
        const fs::path candidate = dir / config_file_name;
        if (fs::is_regular_file(candidate, error))
            return (start.is_absolute() ? candidate : (shown / config_file_name).lexically_normal()).string();
        if (fs::exists(dir / ".git", error) || dir == dir.parent_path()) return std::nullopt;
    }
}

file_settings read_config_file(const std::string& path) {
    const std::string text = text::read_whole_file(path, "configuration file");
    toml::table top;
    try {
        top = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        throw input_error(path, where_of(e.source()), "not valid TOML: " + std::string(e.description()));
    }
    file_settings out;
    out.path = path;
    config_reader(path).read_top(top, out);
    return out;
}

}  // namespace citegraph::cli
