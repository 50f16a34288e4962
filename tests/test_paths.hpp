// Where the tests find their data and the citegraph command. ctest passes both in the
// environment (tests/CMakeLists.txt) rather than the compile line, so no compile line names
// a folder of the clone, and a compiler cache serves every clone.
#pragma once

#include <cstdlib>

namespace citegraph_test {

// The variable's value. Unset (the test program listing its tests for ctest, or run by hand
// without it), a path naming the variable, so whatever uses it fails saying what is missing.
inline const char* required_environment(const char* name, const char* unset) {
    const char* value = std::getenv(name);
    return value == nullptr || *value == '\0' ? unset : value;
}

}  // namespace citegraph_test

#define CITEGRAPH_TEST_DATA \
    (::citegraph_test::required_environment("CITEGRAPH_TEST_DATA", "/CITEGRAPH_TEST_DATA-is-not-set"))
#define CITEGRAPH_CLI (::citegraph_test::required_environment("CITEGRAPH_CLI", "/CITEGRAPH_CLI-is-not-set"))
