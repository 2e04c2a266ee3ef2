#include "Commands.h"

namespace laoke::client::cli {

const std::vector<CommandSpec>& commandTable()
{
    static const std::vector<CommandSpec> table = [] {
        std::vector<CommandSpec> all = sessionCommands();
        for (auto part : {userCommands(), branchCommands(), customerCommands(), ticketCommands(), categoryCommands(), callbackCommands(), kbCommands(), rosterCommands(), eventCommands()}) {
            all.insert(all.end(), part.begin(), part.end());
        }
        return all;
    }();
    return table;
}

}  // namespace laoke::client::cli
