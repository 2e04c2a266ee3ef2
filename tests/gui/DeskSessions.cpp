#include "DeskSessions.h"

#include "CustomerTestData.h"

namespace laoke::test {

bool DeskSessions::start(const DemoServer& server, int activities, QString& error)
{
    admin = std::make_unique<client::SessionModel>(adminConnection);
    manager = std::make_unique<client::SessionModel>(managerConnection);
    engineer = std::make_unique<client::SessionModel>(engineerConnection);
    if (!logIn(*admin, server, QStringLiteral("admin")) || !logIn(*manager, server, QStringLiteral("manager")) ||
        !logIn(*engineer, server, QStringLiteral("engineer"))) {
        error = QStringLiteral("a demo user could not sign in");
        return false;
    }
    client::Connection accountConnection;
    client::SessionModel account(accountConnection);
    if (!logIn(account, server, QStringLiteral("account"))) {
        error = QStringLiteral("the account manager could not sign in");
        return false;
    }
    try {
        branchId = branchIdByCode(adminConnection, "BJ");
        managerId = userIdByName(adminConnection, "manager");
        engineerId = userIdByName(adminConnection, "engineer");
        sample = createSampleCustomer(adminConnection, accountConnection, branchId, userIdByName(adminConnection, "account"),
                                      activities);
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

}  // namespace laoke::test
