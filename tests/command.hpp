// Runs the citegraph command as a user would and captures what it printed.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

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

}  // namespace citegraph::testing
