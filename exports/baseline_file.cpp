// The baseline file of `check --write-baseline` / `--baseline`: JSON a reviewer can read in
// a diff, one entry per finding, matched by fingerprint alone.
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <vector>

#include "citegraph/triage.hpp"
#include "json_stream.hpp"
#include "ordered_parallel_text.hpp"
#include "text/whole_file.hpp"

namespace citegraph {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view schema = "citegraph-baseline/1";

location where_of(const corpus& c, const finding& f) {
    const document& d = c.documents[f.document];
    return names_reference(f) ? d.references[f.item].where : d.claims[f.item].where;
}

// The position of the first byte that is not white space: where a wrong value starts.
location start_of_value(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    return locate(text, first == std::string_view::npos ? text.size() : first);
}

// Counts a baseline file's fingerprints as the JSON parser meets them, without a json value
// of the whole file: a baseline holds every finding's text (68 MB for 500 reports), and
// building it as one value took seconds on one core. Reads as a json value would: of a key
// given twice, the last value counts.
class fingerprint_reader : public nlohmann::json_sax<json> {
public:
    bool null() override { return value(kind::scalar); }
    bool boolean(bool) override { return value(kind::scalar); }
    bool number_integer(number_integer_t) override { return value(kind::scalar); }
    bool number_unsigned(number_unsigned_t) override { return value(kind::scalar); }
    bool number_float(number_float_t, const string_t&) override { return value(kind::scalar); }
    bool string(string_t& text) override { return value(kind::string, &text); }
    bool binary(binary_t&) override { return value(kind::scalar); }

    bool start_object(std::size_t) override { return open(kind::object); }
    bool start_array(std::size_t) override { return open(kind::array); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override {
        if (open_.back() == place::whole || open_.back() == place::entry) key_ = name;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
        error_byte_ = position;
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ...":
        // what follows the last ": " says what is wrong.
        error_ = e.what();
        if (const auto colon = error_.rfind(": "); colon != std::string::npos) error_ = error_.substr(colon + 2);
        return false;
    }

    std::size_t error_byte() const { return error_byte_; }
    const std::string& error() const { return error_; }
    // An object with the schema and an array of findings.
    bool well_formed() const { return whole_is_object_ && schema_matches_ && findings_are_array_; }
    bool entry_without_fingerprint() const { return entry_without_fingerprint_; }
    std::map<std::string, std::size_t> take_counts() { return std::move(counts_); }

private:
    enum class kind { scalar, string, object, array };
    // Where an open object or array stands: the whole file's object, its findings array, an
    // entry of that array, or anywhere else.
    enum class place { whole, findings, entry, elsewhere };

    // A value at the innermost open place (before it is entered, for an object or array).
    bool value(kind k, const std::string* text = nullptr) {
        if (open_.empty()) {
            whole_is_object_ = k == kind::object;
        } else if (open_.back() == place::whole) {
            if (key_ == "schema") schema_matches_ = k == kind::string && *text == schema;
            if (key_ == "findings") {
                findings_are_array_ = k == kind::array;
                counts_.clear();  // the last "findings" is the one a json value keeps
                entry_without_fingerprint_ = false;
            }
        } else if (open_.back() == place::findings) {
            if (k != kind::object) entry_without_fingerprint_ = true;
            fingerprint_.reset();
        } else if (open_.back() == place::entry && key_ == "fingerprint") {
            fingerprint_ = k == kind::string ? std::optional<std::string>(*text) : std::nullopt;
        }
        return true;
    }

    bool open(kind k) {
        value(k);
        place inside = place::elsewhere;
        if (open_.empty() && k == kind::object) inside = place::whole;
        else if (!open_.empty() && open_.back() == place::whole && key_ == "findings" && k == kind::array) inside = place::findings;
        else if (!open_.empty() && open_.back() == place::findings && k == kind::object) inside = place::entry;
        open_.push_back(inside);
        key_.clear();
        return true;
    }

    bool close() {
        if (open_.back() == place::entry) {
            if (fingerprint_) ++counts_[*fingerprint_];
            else entry_without_fingerprint_ = true;
        }
        open_.pop_back();
        key_.clear();
        return true;
    }

    std::vector<place> open_;
    std::string key_;  // the key whose value comes next, in the whole object or an entry
    std::optional<std::string> fingerprint_;  // the entry's, while it is open
    bool whole_is_object_ = false;
    bool schema_matches_ = false;
    bool findings_are_array_ = false;
    bool entry_without_fingerprint_ = false;
    std::map<std::string, std::size_t> counts_;
    std::size_t error_byte_ = 0;
    std::string error_;
};

}  // namespace

void write_baseline(std::ostream& out, const corpus& c, const triaged_findings& t) {
    // Streamed: each run of entries, with its fingerprints, is made on every core and written
    // in order, in the layout nlohmann's dump(2) gives the whole. As one json value, the
    // baseline of 500 reports held 450 MB and was made on one core.
    constexpr std::size_t entry_depth = 2;  // the whole object, then "findings"
    exports_detail::json_stream whole(out);
    whole.begin_object();
    whole.key("schema");
    whole.value(schema);
    whole.key("findings");
    whole.begin_array();
    exports_detail::make_runs_in_parallel_use_in_order(
        t.findings.size(),
        [&](std::size_t first, std::size_t last) {
            std::string entries;
            for (std::size_t i = first; i < last; ++i) {
                const triaged_finding& one = t.findings[i];
                // A suppressed finding returns when its suppression expires, so the baseline leaves it out.
                if (one.suppression != triaged_finding::not_suppressed) continue;
                const document& d = c.documents[one.f.document];
                const finding& f = one.f;
                exports_detail::json_stream::append_element(
                    entries, entry_depth,
                    {{"fingerprint", fingerprint_of(c, t, i)},
                     {"rule", f.name()},
                     {"path", d.path},
                     {"line", where_of(c, f).line},
                     {"text", names_reference(f) ? d.references[f.item].text : d.claims[f.item].text}});
            }
            return entries;
        },
        [&](const std::string& entries) { whole.items(entries); });
    whole.end_array();
    whole.end_object();
    out << '\n';
}

std::map<std::string, std::size_t> read_baseline(const std::string& path) {
    const std::string text = text::read_whole_file(path, "baseline file");
    fingerprint_reader reader;
    if (!json::sax_parse(text, &reader)) {
        // The byte the parser stopped at, 1-based.
        const std::size_t byte = reader.error_byte();
        throw input_error(path, locate(text, byte == 0 ? 0 : byte - 1), "not a baseline file (JSON): " + reader.error());
    }
    const std::string expected =
        "not a baseline file: expected {\"schema\": \"" + std::string(schema) +
        "\", \"findings\": [{\"fingerprint\": ...}, ...]}, as check --write-baseline writes";
    if (!reader.well_formed()) throw input_error(path, start_of_value(text), expected);
    if (reader.entry_without_fingerprint())
        throw input_error(path, start_of_value(text), expected + "; an entry has no \"fingerprint\" string");
    return reader.take_counts();
}

}  // namespace citegraph
