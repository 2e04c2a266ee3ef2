#pragma once
// The service desk's people signed in to a real server, as the service-desk GUI tests need
// them: the administrator, the Beijing branch manager and engineer (each with their own
// connection), their ids, and the sample customer (SampleCustomer) of the Beijing branch.

#include "Connection.h"
#include "GuiTestSupport.h"
#include "SampleCustomer.h"
#include "SessionModel.h"

#include <QString>

#include <memory>

namespace laoke::test {

class DeskSessions {
public:
    /// Signs the three in and creates the sample customer with `activities` activities;
    /// false with `error` set when something failed.
    bool start(const DemoServer& server, int activities, QString& error);

    client::Connection adminConnection;
    client::Connection managerConnection;
    client::Connection engineerConnection;
    std::unique_ptr<client::SessionModel> admin;
    std::unique_ptr<client::SessionModel> manager;
    std::unique_ptr<client::SessionModel> engineer;
    SampleCustomer sample;
    qint64 branchId = 0;
    qint64 managerId = 0;
    qint64 engineerId = 0;
};

}  // namespace laoke::test
