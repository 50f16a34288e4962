// citegraph.toml: the policy, age limits, as-of date and suppressions a project keeps beside
// its documents. Found by walking up from the first input's folder, or named by --config.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "citegraph/analysis.hpp"
#include "citegraph/triage.hpp"

namespace citegraph::cli {

// What a citegraph.toml sets; nothing it leaves out.
struct file_settings {
    std::string path;                              // the file read
    std::optional<source_policy> sources;          // policy = "report"
    std::optional<age_limit> max_age;              // max-age = "3y"
    std::map<reference_kind, kind_age_limit> max_age_by_kind;  // [max-age-by-kind] news = "1y"
    std::optional<date> as_of;                     // as-of = 2022-07-06 or "today"
    std::vector<suppression> suppressions;         // [[suppress]]
};

// The name the file has wherever it is found.
inline constexpr const char* config_file_name = "citegraph.toml";

// The citegraph.toml of the first input's folder or the nearest folder above it (a directory
// input is itself the first folder; "-" starts at the working directory). The walk stops
// after a folder holding .git, the top of a repository, or at the root; nullopt if none.
std::optional<std::string> find_config_file(const std::string& first_input);

// Reads and checks a citegraph.toml. Throws input_error naming path:line:col for a file
// that cannot be read, is not TOML, or holds a key or value citegraph does not take.
file_settings read_config_file(const std::string& path);

struct config;

// Fills cfg from its citegraph.toml (--config, or the one found upward; none with
// --no-config) where the command line left a setting out, and, for check, reads the
// --baseline. Throws input_error for a file that cannot be read or is malformed.
void load_settings(config& cfg);

}  // namespace citegraph::cli
