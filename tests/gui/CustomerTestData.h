#pragma once
// Test data for the customer screens, created the way a user's client creates it: through
// the protocol (save_customer, save_contact, save_product_version ...) on a logged-in
// connection, never with SQL. Each helper waits for the server's answer and throws
// std::runtime_error with the server's message when it refuses, so a Qt test fails there.

#include "Connection.h"
#include "laoke.pb.h"

#include <QDate>
#include <QWidget>
#include <QString>

#include <string>
#include <vector>

namespace laoke::test {

/// Sends `request` and waits (processing events) up to `timeoutMs` for the reply.
client::Reply roundTrip(client::Connection& connection, protocol::Envelope request, int timeoutMs = 20000);
/// The same, throwing unless the reply is a success.
protocol::Envelope expectOk(client::Connection& connection, protocol::Envelope request, const char* what);

protocol::Branch createBranch(client::Connection& admin, const std::string& code, const std::string& name);
/// The logged-in user's branch id from list_branches by code ("BJ" ...).
qint64 branchIdByCode(client::Connection& connection, const std::string& code);

protocol::Customer saveCustomer(client::Connection& connection, const protocol::Customer& customer);
/// A customer with a name, a branch and everything else left to the server's defaults.
protocol::Customer createCustomer(client::Connection& connection, const std::string& name, qint64 branchId);
protocol::Contact saveContact(client::Connection& connection, const protocol::Contact& contact);
protocol::InstalledProduct saveInstalledProduct(client::Connection& connection, const protocol::InstalledProduct& product);
protocol::Contract saveContract(client::Connection& connection, const protocol::Contract& contract);
protocol::Activity saveActivity(client::Connection& connection, const protocol::Activity& activity);
protocol::Customer360 getCustomer(client::Connection& connection, qint64 customerId);

/// The catalogue line with this code ("u8plus", "tplus" ... as V0003 seeds them).
protocol::ProductLine catalogueLine(client::Connection& connection, const std::string& lineCode);
/// Adds a version to a catalogue line (as an administrator) and returns it with its
/// lifecycle stage; stage dates follow the vendor rule from `releasedOn`.
protocol::ProductVersion addVersion(client::Connection& admin, const std::string& lineCode, const std::string& name,
                                    const QDate& releasedOn);

/// The id of a user by user name (as an administrator).
qint64 userIdByName(client::Connection& admin, const std::string& username);

/// Types `text` into `editor` as a user would: Latin text key by key, anything else (Chinese)
/// committed the way an input method commits it. QTest::keyClicks cannot send Chinese.
void typeText(QWidget* editor, const QString& text);

/// "YYYY-MM-DD" of a QDate.
std::string iso(const QDate& date);

}  // namespace laoke::test
