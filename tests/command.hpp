// Runs the citegraph command as a user would and captures what it printed.
#pragma once

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test_paths.hpp"

namespace citegraph::testing {

struct command_result {
    int exit = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs `citegraph ARGS` through the shell (ARGS is shell text) with stdin from /dev/null
// unless ARGS redirects it.
inline command_result run_citegraph(const std::string& args) {
    const auto err_file = std::filesystem::temp_directory_path() /
                          ("citegraph-test-stderr-" + std::to_string(::getpid()));
    const std::string command = std::string(CITEGRAPH_CLI) + " " + args + " 2>" + err_file.string();
    command_result result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    const int status = ::pclose(pipe);
    result.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = slurp(err_file);
    std::filesystem::remove(err_file);
    return result;
}

// What a shell command prints on standard output.
inline std::string shell_output(const std::string& command) {
    std::string shown;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return "popen failed";
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) shown.append(buffer, n);
    ::pclose(pipe);
    return shown;
}

// A fresh empty directory under the system's temporary directory, removed on destruction.
struct scratch_dir {
    std::filesystem::path path;
    scratch_dir() {
        path = std::filesystem::temp_directory_path() /
               ("citegraph-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~scratch_dir() {
        std::error_code ignored;
        std::filesystem::permissions(path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
        std::filesystem::remove_all(path, ignored);
    }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

struct run_result {
    int exit = -1;
    std::string out;
    std::string err;
    long peak_kib = 0;      // the largest resident set of the command, from wait4
    long minor_faults = 0;  // page faults it took that read nothing from disk, from wait4
};

// Runs citegraph ARGS (no shell) in directory `in`, with standard input from /dev/null,
// and measures its peak memory. Standard output and error go to files in a directory of
// their own, so `in` holds only what the command itself wrote.
inline run_result run_in(const std::filesystem::path& in, const std::vector<std::string>& args) {
    static scratch_dir captures;
    const std::filesystem::path out_file = captures.path / "stdout", err_file = captures.path / "stderr";
    std::vector<char*> argv{const_cast<char*>(CITEGRAPH_CLI)};
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    run_result result;
    const pid_t child = ::fork();
    if (child == 0) {
        const int null = ::open("/dev/null", O_RDONLY);
        const int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (null < 0 || out < 0 || err < 0 || ::chdir(in.c_str()) != 0) ::_exit(127);
        ::dup2(null, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || ::wait4(child, &status, 0, &usage) != child) return result;
    result.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = slurp(out_file);
    result.err = slurp(err_file);
    result.peak_kib = usage.ru_maxrss;
    result.minor_faults = usage.ru_minflt;
    return result;
}

// Under AddressSanitizer (CITEGRAPH_SANITIZED) shadow memory and the freed-memory quarantine
// multiply every figure, so memory bounds are checked in the plain build only.
#ifdef CITEGRAPH_SANITIZED
constexpr bool memory_is_measured = false;
#else
constexpr bool memory_is_measured = true;
#endif

// True when the run's peak resident memory stayed under `kib` (always, under sanitizers).
inline bool peak_below(const run_result& r, long kib) { return !memory_is_measured || r.peak_kib < kib; }

inline void write(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// The names in a directory, sorted: what a command left behind.
inline std::vector<std::string> listing(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace citegraph::testing
