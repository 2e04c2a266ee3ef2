#include "OwnerChoices.h"

#include "SessionModel.h"

#include <QPointer>


namespace laoke::client {

namespace {

bool ownsCustomers(protocol::Role role) {
    return role == protocol::ACCOUNT_MANAGER || role == protocol::BRANCH_MANAGER;
}

}  // namespace

OwnerChoices::OwnerChoices(SessionModel& session, QObject* parent) : QObject(parent), m_session(session) {}

bool OwnerChoices::isComplete() const {
    return m_loaded;
}

void OwnerChoices::refresh() {
    if (m_loading) return;
    m_loading = true;
    protocol::Envelope request;
    request.mutable_list_owners();
    QPointer<OwnerChoices> self(this);
    m_session.connection().send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->m_loading = false;
        if (!reply.ok()) return;  // the pickers then offer what they have; nothing to show here
        self->m_listed.clear();
        self->m_loaded = true;
        for (const auto& user : reply.envelope().list_users_reply().users()) {
            self->m_listed.append({user.id(), QString::fromStdString(user.display_name()), user.branch_id()});
        }
        emit self->changed();
    });
}

QList<OwnerChoices::Owner> OwnerChoices::owners(qint64 branchId) const {
    if (!isComplete()) {
        const protocol::User& me = m_session.user();
        if (!ownsCustomers(me.role())) return {};
        return {{me.id(), QString::fromStdString(me.display_name()), me.branch_id()}};
    }
    QList<Owner> result;
    for (const Owner& owner : m_listed)
        if (branchId == 0 || owner.branchId == branchId) result.append(owner);
    return result;
}

}  // namespace laoke::client
