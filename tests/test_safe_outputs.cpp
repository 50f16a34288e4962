// What citegraph does to the files around it: -o never replaces a device, a FIFO or a link,
// a replaced file keeps its permissions, an interrupt leaves the previous output whole and
// no process of its own behind, a listing that cannot reach standard output is an error,
// and a directory given as input is read without its own earlier outputs, skipping entries
// that cannot be read.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "command.hpp"
#include "test_paths.hpp"

using citegraph::testing::listing;
using citegraph::testing::run_citegraph;
using citegraph::testing::run_in;
using citegraph::testing::run_result;
using citegraph::testing::scratch_dir;
using citegraph::testing::slurp;
using citegraph::testing::write;
namespace fs = std::filesystem;

namespace {

const std::string report = std::string(CITEGRAPH_TEST_DATA) + "/usdol-mali-2021.txt";
const std::string provenance_chain = std::string(CITEGRAPH_TEST_DATA) + "/provenance/chain";

// What `export` writes for the bundled report, on standard output.
const std::string& exported_report() {
    static const std::string json = run_citegraph("export " + report).out;
    return json;
}

mode_t mode_of(const fs::path& path) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    return st.st_mode;
}

// The names in dir that look like citegraph's temporary files.
std::vector<std::string> temporaries(const fs::path& dir) {
    std::vector<std::string> found;
    for (const std::string& name : listing(dir))
        if (name.starts_with(".cg")) found.push_back(name);
    return found;
}

// Starts `citegraph export -f FORMAT -o OUTPUT corpus` in dir, discarding what it prints;
// returns its process id.
pid_t start_export(const fs::path& dir, const char* format, const char* output) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::chdir(dir.c_str()) != 0) ::_exit(127);
        const int devnull = ::open("/dev/null", O_RDWR);
        ::dup2(devnull, 1);
        ::dup2(devnull, 2);
        ::execl(CITEGRAPH_CLI, CITEGRAPH_CLI, "export", "-f", format, "-o", output, "corpus", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

}  // namespace

TEST_SUITE("safe outputs") {

TEST_CASE("-o naming a FIFO writes into it, as cat would, and leaves it a FIFO") {
    scratch_dir dir;
    const fs::path fifo = dir.path / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = slurp(fifo); });
    const run_result r = run_in(dir.path, {"export", "-o", "pipe", report});
    reader.join();
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(received == exported_report());
    CHECK(S_ISFIFO(mode_of(fifo)));
    CHECK(listing(dir.path) == std::vector<std::string>{"pipe"});
}

TEST_CASE("-o naming a character device writes into it and never replaces it") {
    scratch_dir dir;
    // A device node of our own, the same device as /dev/null and /dev/full: a regression
    // replaces this node, never the system's.
    const fs::path null_device = dir.path / "null", full_device = dir.path / "full";
    if (::mknod(null_device.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0 ||
        ::mknod(full_device.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
        MESSAGE("skipped: this user cannot make device nodes");
        return;
    }
    const run_result to_null = run_in(dir.path, {"export", "-o", "null", report});
    CHECK(to_null.exit == 0);
    CHECK(to_null.err.empty());
    CHECK(S_ISCHR(mode_of(null_device)));

    const run_result to_full = run_in(dir.path, {"export", "-f", "graphml", "-o", "full", report});
    CHECK(to_full.exit == 3);
    CHECK(to_full.err == "citegraph: cannot write full: No space left on device\n");
    CHECK(S_ISCHR(mode_of(full_device)));
    CHECK(listing(dir.path) == std::vector<std::string>{"full", "null"});
}

TEST_CASE("-o /dev/stdout and /dev/fd/1 write to standard output wherever it leads") {
    scratch_dir dir;
    const fs::path redirected = dir.path / "out.json";
    for (const char* name : {"/dev/stdout", "/dev/fd/1"}) {
        CAPTURE(name);
        // Standard output a pipe (popen), then a regular file the shell opened.
        const auto piped = run_citegraph(std::string("export -o ") + name + " " + report);
        CHECK(piped.exit == 0);
        CHECK(piped.out == exported_report());
        const auto to_file = run_citegraph(std::string("export -o ") + name + " " + report + " > " + redirected.string());
        CHECK(to_file.exit == 0);
        CHECK(slurp(redirected) == exported_report());
        CHECK(listing(dir.path) == std::vector<std::string>{"out.json"});
    }
}

TEST_CASE("-o naming a symbolic link replaces the file it points to and keeps the link") {
    scratch_dir dir;
    fs::create_directory(dir.path / "real");
    write(dir.path / "real" / "graph.json", "old");
    REQUIRE(::chmod((dir.path / "real" / "graph.json").c_str(), 0640) == 0);
    fs::create_symlink("real/graph.json", dir.path / "link.json");
    fs::create_symlink("link.json", dir.path / "link-to-link.json");
    fs::create_symlink("real/new.json", dir.path / "dangling.json");

    for (const char* output : {"link.json", "link-to-link.json"}) {
        CAPTURE(output);
        const run_result r = run_in(dir.path, {"export", "-o", output, report});
        CHECK(r.exit == 0);
        CHECK(fs::is_symlink(dir.path / "link.json"));
        CHECK(fs::is_symlink(dir.path / "link-to-link.json"));
        CHECK(slurp(dir.path / "real" / "graph.json") == exported_report());
        CHECK((mode_of(dir.path / "real" / "graph.json") & 07777) == 0640);
    }
    const run_result r = run_in(dir.path, {"export", "-o", "dangling.json", report});
    CHECK(r.exit == 0);
    CHECK(fs::is_symlink(dir.path / "dangling.json"));
    CHECK(slurp(dir.path / "real" / "new.json") == exported_report());
    CHECK(listing(dir.path / "real") == std::vector<std::string>{"graph.json", "new.json"});
    CHECK(temporaries(dir.path).empty());

    fs::create_symlink("loop-b", dir.path / "loop-a");
    fs::create_symlink("loop-a", dir.path / "loop-b");
    const run_result loop = run_in(dir.path, {"export", "-o", "loop-a", report});
    CHECK(loop.exit == 3);
    CHECK(loop.err == "citegraph: cannot write loop-a: Too many levels of symbolic links\n");
}

TEST_CASE("an output flushed to the disk as it is written arrives whole, replacing the old one") {
    // Forty copies of the report make a GraphML of over 8 MB, so the file is flushed on the
    // side while it is written: what -o leaves is what standard output gets.
    scratch_dir dir;
    std::vector<std::string> args{"export", "--format", "graphml", "-o", "out.graphml"};
    for (int i = 0; i < 40; ++i) {
        const std::string name = "mali-" + std::to_string(i) + ".txt";
        fs::copy_file(report, dir.path / name);
        args.push_back(name);
    }
    write(dir.path / "out.graphml", "the previous output\n");
    const run_result to_file = run_in(dir.path, args);
    CHECK(to_file.exit == 0);
    args[4] = "-";
    const run_result to_stdout = run_in(dir.path, args);
    REQUIRE(to_stdout.exit == 0);
    REQUIRE(to_stdout.out.size() > std::size_t{8} << 20);
    CHECK(slurp(dir.path / "out.graphml") == to_stdout.out);
    CHECK(temporaries(dir.path).empty());
}

TEST_CASE("a replaced file keeps its permission bits, and a new one gets the umask's") {
    scratch_dir dir;
    for (const mode_t mode : {0600, 0644, 0660, 0444}) {
        CAPTURE(mode);
        const fs::path target = dir.path / "out.json";
        write(target, "old");
        REQUIRE(::chmod(target.c_str(), mode) == 0);
        const run_result r = run_in(dir.path, {"export", "-o", "out.json", report});
        CHECK(r.exit == 0);
        CHECK(slurp(target) == exported_report());
        CHECK((mode_of(target) & 07777) == mode);
        fs::remove(target);
    }
    const mode_t mask = ::umask(022);
    const run_result r = run_in(dir.path, {"export", "-o", "fresh.json", report});
    ::umask(mask);
    CHECK(r.exit == 0);
    CHECK((mode_of(dir.path / "fresh.json") & 07777) == 0644);
}

TEST_CASE("a file name of the longest legal length is written, the temporary name being short") {
    scratch_dir dir;
    const std::string name = std::string(251, 'n') + ".dot";  // NAME_MAX: 255 bytes
    const run_result r = run_in(dir.path, {"export", "-f", "dot", "-o", name, report});
    CHECK(r.exit == 0);
    CHECK(r.err.empty());
    CHECK(listing(dir.path) == std::vector<std::string>{name});
}

TEST_CASE("SIGINT, SIGTERM and SIGHUP during a write remove the temporary file and keep the old output") {
    scratch_dir dir;
    // Enough copies of the report that writing the PROV-JSON takes a while.
    fs::create_directory(dir.path / "corpus");
    const std::string text = slurp(report);
    for (int i = 0; i < 60; ++i) write(dir.path / "corpus" / ("copy-" + std::to_string(100 + i) + ".txt"), text);
    write(dir.path / "out.json", "previous output");

    for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
        CAPTURE(signal);
        const pid_t child = start_export(dir.path, "prov-json", "out.json");
        REQUIRE(child > 0);
        // Wait until the temporary file exists, that is, until the writing has begun.
        bool writing = false;
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(2);
        while (!writing && std::chrono::steady_clock::now() < give_up) {
            writing = !temporaries(dir.path).empty();
            if (!writing) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        ::kill(child, signal);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        CHECK(writing);
        // Ended by the signal itself, so a shell reports 128 + signal: 130, 143, 129.
        CHECK(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == signal);
        CHECK(slurp(dir.path / "out.json") == "previous output");
        CHECK(listing(dir.path) == std::vector<std::string>{"corpus", "out.json"});
    }
}

TEST_CASE("a DOT export killed while its writer processes run leaves none of them running") {
    // DOT's documents are written by child processes (one per further core); killed, the
    // export must take them with it, as it takes its temporary file.
    if (std::thread::hardware_concurrency() < 2) return;  // no children to leave behind
    scratch_dir dir;
    fs::create_directory(dir.path / "corpus");
    const std::string text = slurp(report);
    for (int i = 0; i < 200; ++i) write(dir.path / "corpus" / ("copy-" + std::to_string(100 + i) + ".txt"), text);
    write(dir.path / "out.dot", "previous output");

    const pid_t export_pid = start_export(dir.path, "dot", "out.dot");
    REQUIRE(export_pid > 0);
    // The export's own children: its DOT writers, once it has started them.
    const std::string children_file = "/proc/" + std::to_string(export_pid) + "/task/" + std::to_string(export_pid) + "/children";
    std::vector<pid_t> writers;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    while (writers.empty() && std::chrono::steady_clock::now() < give_up) {
        std::istringstream listed(slurp(children_file));
        for (pid_t pid; listed >> pid;) writers.push_back(pid);
        if (writers.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE_FALSE(writers.empty());
    ::kill(export_pid, SIGTERM);
    int status = 0;
    REQUIRE(::waitpid(export_pid, &status, 0) == export_pid);
    CHECK(WIFSIGNALED(status));
    // Gone, or dead and waiting for whichever process adopted it to reap it.
    const auto gone = [](pid_t pid) {
        const std::string stat = slurp("/proc/" + std::to_string(pid) + "/stat");
        return stat.empty() || stat.find(") Z ") != std::string::npos;
    };
    for (const pid_t writer : writers) {
        CAPTURE(writer);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!gone(writer) && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        CHECK(gone(writer));
    }
    CHECK(slurp(dir.path / "out.dot") == "previous output");
    CHECK(listing(dir.path) == std::vector<std::string>{"corpus", "out.dot"});
}

TEST_CASE("check, trace and impact exit 3 when standard output cannot take their listing") {
    for (const std::string& command : {"check " + report, "trace c1 " + report, "impact 25 " + report,
                                       "impact --format json 25 " + report}) {
        CAPTURE(command);
        const auto r = run_citegraph(command + " > /dev/full");
        CHECK(r.exit == 3);
        CHECK(r.err == "citegraph: cannot write standard output: No space left on device\n");
    }
}

TEST_CASE("a file of a directory given as input is refused as -o like a named input") {
    scratch_dir dir;
    fs::copy(provenance_chain, dir.path / "corpus");
    const std::string before = slurp(dir.path / "corpus" / "regional-summary.md");
    const run_result r = run_in(dir.path, {"export", "-o", "corpus/regional-summary.md", "corpus"});
    CHECK(r.exit == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "citegraph: --output: 'corpus/regional-summary.md' is an input (in a directory given as "
                   "input); refusing to overwrite it\n");
    CHECK(slurp(dir.path / "corpus" / "regional-summary.md") == before);
}

TEST_CASE("a report written into its corpus directory is not read as input on the next run") {
    scratch_dir dir;
    fs::copy(provenance_chain, dir.path / "corpus");
    const run_result alone = run_in(dir.path, {"check", "corpus"});
    REQUIRE(alone.exit == 0);

    const run_result first = run_in(dir.path, {"report", "-o", "corpus/report.html", "corpus"});
    CHECK(first.exit == 0);
    CHECK(first.err.empty());
    const std::string first_page = slurp(dir.path / "corpus" / "report.html");
    // The same run again replaces its own report silently and writes the same page.
    const run_result again = run_in(dir.path, {"report", "-o", "corpus/report.html", "corpus"});
    CHECK(again.exit == 0);
    CHECK(again.err.empty());
    CHECK(slurp(dir.path / "corpus" / "report.html") == first_page);

    // Any other run says it leaves the report out, and reads what it read before; so for a
    // JSON export saved under a name the text importer would take.
    run_in(dir.path, {"export", "-o", "corpus/graph.txt", "corpus"});
    const run_result later = run_in(dir.path, {"check", "corpus"});
    CHECK(later.exit == 0);
    CHECK(later.err == "corpus/graph.txt: warning: skipped: citegraph wrote this file, it is not read as input\n"
                       "corpus/report.html: warning: skipped: citegraph wrote this file, it is not read as input\n");
    CHECK(later.out == alone.out);
}

TEST_CASE("a link loop or a broken link in a directory is a warning naming it, and the rest is read") {
    scratch_dir dir;
    fs::copy(provenance_chain, dir.path / "corpus");
    const run_result alone = run_in(dir.path, {"check", "corpus"});
    REQUIRE(alone.exit == 0);
    fs::create_symlink("self.md", dir.path / "corpus" / "self.md");
    fs::create_symlink("gone.txt", dir.path / "corpus" / "broken.txt");
    fs::create_symlink("b.html", dir.path / "corpus" / "a.html");
    fs::create_symlink("a.html", dir.path / "corpus" / "b.html");
    for (const bool recursive : {false, true}) {
        CAPTURE(recursive);
        const run_result r = run_in(dir.path, recursive ? std::vector<std::string>{"check", "-r", "corpus"}
                                                        : std::vector<std::string>{"check", "corpus"});
        CHECK(r.exit == 0);
        CHECK(r.err == "corpus/a.html: warning: skipped: Too many levels of symbolic links\n"
                       "corpus/b.html: warning: skipped: Too many levels of symbolic links\n"
                       "corpus/broken.txt: warning: skipped: No such file or directory\n"
                       "corpus/self.md: warning: skipped: Too many levels of symbolic links\n");
        CHECK(r.out == alone.out);
    }
}

}  // TEST_SUITE
