#pragma once
// One realistic customer with everything the 360 window shows: a manufacturer in Beijing
// with a key chief accountant, a boss, an accountant who left, a current U8+ installation
// and an old T+ whose service expired a month ago (their lifecycle stages are whatever the
// catalogue's versions give today), an annual service contract
// and a licence contract, and a history of activities. Created through the protocol.

#include "Connection.h"
#include "laoke.pb.h"

namespace laoke::test {

struct SampleCustomer {
    protocol::Customer customer;
    protocol::Contact keyContact;    ///< 王芳, chief accountant, key contact
    protocol::Contact boss;          ///< 陈建华, the owner
    protocol::Contact leftContact;   ///< 刘洋, accountant, left the company
    protocol::ProductVersion currentVersion;  ///< 用友U8+ 16.0 (from the catalogue if it has one)
    protocol::ProductVersion expiredVersion;  ///< 畅捷通T+ 12.3
    protocol::InstalledProduct current;  ///< 用友U8+, service for another ~200 days
    protocol::InstalledProduct expired;  ///< 畅捷通T+, service ended 30 days ago
    protocol::Contract serviceContract;  ///< annual service ¥12,800.00 covering `current`
    protocol::Contract licenceContract;
    int activityCount = 0;
};

/// Creates the sample customer in `branchId`, owned by `ownerId`, with `activities`
/// activities (one every three days back from now). `admin` adds catalogue versions;
/// `connection` (any account-side user of the branch) creates the rest. `nameSuffix` keeps
/// several samples apart.
SampleCustomer createSampleCustomer(client::Connection& admin, client::Connection& connection, qint64 branchId,
                                    qint64 ownerId, int activities, const std::string& nameSuffix = {});

/// A dozen more customers of different industries, cities, statuses, grades and service
/// states, as a branch's list would show them (for screenshots and list tests).
void createSampleBook(client::Connection& admin, client::Connection& connection, qint64 branchId, qint64 ownerId);

}  // namespace laoke::test
