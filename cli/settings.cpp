// The settings a run uses: the command line first, then citegraph.toml, then the defaults.
#include "config_file.hpp"
#include "options.hpp"

namespace citegraph::cli {

void load_settings(config& cfg) {
    cfg.acknowledged.today = today();
    std::optional<std::string> path;
    if (!cfg.config_file.empty()) path = cfg.config_file;
    else if (!cfg.no_config && !cfg.inputs.empty()) path = find_config_file(cfg.inputs.front());
    if (path) {
        file_settings file = read_config_file(*path);
        cfg.settings_file = file.path;
        if (file.sources && !cfg.given.sources) cfg.policy.sources = *file.sources;
        if (file.max_age && !cfg.given.max_age) cfg.policy.max_age = *file.max_age;
        if (file.as_of && !cfg.given.as_of) cfg.policy.as_of = *file.as_of;
        // A kind the command line names keeps its limit; insert leaves it.
        for (const auto& [kind, limit] : file.max_age_by_kind) cfg.policy.max_age_by_kind.insert({kind, limit});
        if (cfg.what == command::check) cfg.acknowledged.suppressions = std::move(file.suppressions);
    }
    if (cfg.what == command::check && !cfg.baseline.empty()) {
        cfg.acknowledged.baseline = read_baseline(cfg.baseline);
        cfg.acknowledged.baseline_file = cfg.baseline;
    }
}

}  // namespace citegraph::cli
