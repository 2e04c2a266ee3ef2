#pragma once
// Settings the test programs receive from scripts/test.sh through the environment, read in
// one place so a test started by hand fails with a message that says how to run it.

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace laoke::test {

/// The value of environment variable `name`; throws, naming scripts/test.sh, when it is unset.
inline std::string requireEnv(const char* name)
{
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        throw std::runtime_error(std::string("The environment variable ") + name +
                                 " is not set. Run the tests with scripts/test.sh, which builds, starts a "
                                 "throwaway PostgreSQL and sets it (extra arguments go to ctest, e.g. "
                                 "scripts/test.sh -L db).");
    }
    return value;
}

/// The value of environment variable `name`, or `fallback` when it is unset or empty.
inline std::string envOr(const char* name, std::string fallback)
{
    const char* value = std::getenv(name);
    return value == nullptr || *value == '\0' ? fallback : std::string(value);
}

}  // namespace laoke::test
