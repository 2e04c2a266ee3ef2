#include "CustomerTestData.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTest>

#include <optional>
#include <stdexcept>

namespace laoke::test {

client::Reply roundTrip(client::Connection& connection, protocol::Envelope request, int timeoutMs) {
    std::optional<client::Reply> reply;
    connection.send(std::move(request), [&reply](const client::Reply& answer) { reply = answer; }, timeoutMs);
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, timeoutMs + 1000))
        throw std::runtime_error("no reply in time");
    return *reply;
}

protocol::Envelope expectOk(client::Connection& connection, protocol::Envelope request, const char* what) {
    const client::Reply reply = roundTrip(connection, std::move(request));
    if (!reply.ok()) {
        throw std::runtime_error(std::string(what) + " failed: " + reply.error().detail.toStdString() + " (field '" +
                                 reply.error().field.toStdString() + "')");
    }
    return reply.envelope();
}

protocol::Branch createBranch(client::Connection& admin, const std::string& code, const std::string& name) {
    protocol::Envelope request;
    request.mutable_create_branch()->set_code(code);
    request.mutable_create_branch()->set_name(name);
    request.mutable_create_branch()->set_city("北京");
    return expectOk(admin, std::move(request), "create_branch").branch_reply().branch();
}

qint64 branchIdByCode(client::Connection& connection, const std::string& code) {
    protocol::Envelope request;
    request.mutable_list_branches();
    const protocol::Envelope reply = expectOk(connection, std::move(request), "list_branches");
    for (const auto& branch : reply.list_branches_reply().branches())
        if (branch.code() == code) return branch.id();
    throw std::runtime_error("no branch " + code);
}

protocol::Customer saveCustomer(client::Connection& connection, const protocol::Customer& customer) {
    protocol::Envelope request;
    *request.mutable_save_customer()->mutable_customer() = customer;
    return expectOk(connection, std::move(request), "save_customer").customer_reply().customer();
}

protocol::Customer createCustomer(client::Connection& connection, const std::string& name, qint64 branchId) {
    protocol::Customer customer;
    customer.set_name(name);
    customer.set_branch_id(branchId);
    return saveCustomer(connection, customer);
}

protocol::Contact saveContact(client::Connection& connection, const protocol::Contact& contact) {
    protocol::Envelope request;
    *request.mutable_save_contact()->mutable_contact() = contact;
    return expectOk(connection, std::move(request), "save_contact").contact_reply().contact();
}

protocol::InstalledProduct saveInstalledProduct(client::Connection& connection, const protocol::InstalledProduct& product) {
    protocol::Envelope request;
    *request.mutable_save_installed_product()->mutable_installed_product() = product;
    return expectOk(connection, std::move(request), "save_installed_product").installed_product_reply().installed_product();
}

protocol::Contract saveContract(client::Connection& connection, const protocol::Contract& contract) {
    protocol::Envelope request;
    *request.mutable_save_contract()->mutable_contract() = contract;
    return expectOk(connection, std::move(request), "save_contract").contract_reply().contract();
}

protocol::Activity saveActivity(client::Connection& connection, const protocol::Activity& activity) {
    protocol::Envelope request;
    *request.mutable_save_activity()->mutable_activity() = activity;
    return expectOk(connection, std::move(request), "save_activity").activity_reply().activity();
}

protocol::Customer360 getCustomer(client::Connection& connection, qint64 customerId) {
    protocol::Envelope request;
    request.mutable_get_customer()->set_customer_id(customerId);
    return expectOk(connection, std::move(request), "get_customer").customer_360_reply().view();
}

protocol::ProductLine catalogueLine(client::Connection& connection, const std::string& lineCode) {
    protocol::Envelope request;
    request.mutable_get_catalogue();
    const protocol::Envelope reply = expectOk(connection, std::move(request), "get_catalogue");
    for (const auto& line : reply.catalogue_reply().product_lines())
        if (line.code() == lineCode) return line;
    throw std::runtime_error("no catalogue line " + lineCode);
}

protocol::ProductVersion addVersion(client::Connection& admin, const std::string& lineCode, const std::string& name,
                                    const QDate& releasedOn) {
    const protocol::ProductLine line = catalogueLine(admin, lineCode);
    for (const auto& existing : line.versions())
        if (existing.name() == name) return existing;  // added by an earlier test or the demo data
    protocol::Envelope request;
    auto* version = request.mutable_save_product_version()->mutable_product_version();
    version->set_product_line_id(line.id());
    version->set_name(name);
    version->set_released_on(iso(releasedOn));
    const protocol::Envelope reply = expectOk(admin, std::move(request), "save_product_version");
    for (const auto& saved : reply.catalogue_reply().product_lines())
        if (saved.id() == line.id())
            for (const auto& candidate : saved.versions())
                if (candidate.name() == name) return candidate;
    throw std::runtime_error("the new version is not in the catalogue");
}

qint64 userIdByName(client::Connection& admin, const std::string& username) {
    protocol::Envelope request;
    request.mutable_list_users();
    const protocol::Envelope reply = expectOk(admin, std::move(request), "list_users");
    for (const auto& user : reply.list_users_reply().users())
        if (user.username() == username) return user.id();
    throw std::runtime_error("no user " + username);
}

void typeText(QWidget* editor, const QString& text) {
    bool latin = true;
    for (QChar c : text) latin = latin && c.unicode() < 0x80;
    if (latin) {
        QTest::keyClicks(editor, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(editor, &commit);
}

std::string iso(const QDate& date) {
    return date.toString(Qt::ISODate).toStdString();
}

}  // namespace laoke::test
