// laoke-server: the Laoke CRM server. See README.md and `laoke-server --help`.

#include "app/Config.h"
#include "app/Logging.h"
#include "app/ServerApp.h"

int main(int argc, char** argv)
{
    int exitCode = 0;
    const auto config = laoke::app::parseCommandLine(argc, argv, exitCode);
    if (!config) {
        return exitCode;
    }
    laoke::app::setupLogging(config->logLevel);
    return laoke::app::runServer(*config);
}
