#include "Customer360Model.h"

#include <QPointer>

#include <algorithm>
#include <unordered_set>

namespace laoke::client {

Customer360Model::Customer360Model(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

void Customer360Model::load(qint64 customerId) {
    m_customerId = customerId;
    sendLoad(kActivityPageSize, {});
}

void Customer360Model::reload() {
    if (m_customerId == 0) return;
    sendLoad(shownActivityLimit(), {});
}

void Customer360Model::fetchLatest(Connection::Callback done) {
    sendLoad(shownActivityLimit(), std::move(done));
}

int Customer360Model::shownActivityLimit() const {
    // As many activities as are shown, within what get_customer allows.
    return std::clamp(static_cast<int>(m_activities.size()), kActivityPageSize, kMaxActivityLimit);
}

void Customer360Model::sendLoad(int activityLimit, Connection::Callback done) {
    protocol::Envelope request;
    request.mutable_get_customer()->set_customer_id(m_customerId);
    request.mutable_get_customer()->set_activity_limit(activityLimit);
    const quint64 generation = ++m_loadGeneration;
    setLoading(true);
    QPointer<Customer360Model> self(this);
    m_connection.send(std::move(request), [self, generation, done = std::move(done)](const Reply& reply) {
        if (self && generation == self->m_loadGeneration) {
            self->setLoading(false);
            if (reply.ok() && reply.envelope().has_customer_360_reply()) {
                self->setView(reply.envelope().customer_360_reply().view());
            } else if (!reply.ok()) {
                emit self->loadFailed(reply.error());
            }
        }
        if (done) done(reply);
    });
}

void Customer360Model::setView(const protocol::Customer360& view) {
    m_view = view;
    m_customerId = view.customer().id();
    m_activities.assign(view.recent_activities().begin(), view.recent_activities().end());
    m_loaded = true;
    emit loaded();
    emit activitiesChanged();
}

bool Customer360Model::hasMoreActivities() const {
    return m_loaded && static_cast<int>(m_activities.size()) < m_view.activity_count();
}

void Customer360Model::loadMoreActivities() {
    if (m_loadingActivities || !hasMoreActivities() || m_activities.empty()) return;
    // The page after the oldest activity shown, in the server's (time, id) order.
    protocol::Envelope request;
    auto* list = request.mutable_list_activities();
    list->set_customer_id(m_customerId);
    list->set_before_unix(m_activities.back().occurred_at_unix());
    list->set_before_id(m_activities.back().id());
    list->set_limit(kActivityPageSize);
    m_loadingActivities = true;
    emit activitiesChanged();
    const quint64 generation = m_loadGeneration;
    QPointer<Customer360Model> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self) return;
        self->m_loadingActivities = false;
        if (generation != self->m_loadGeneration) {
            emit self->activitiesChanged();  // the view was reloaded meanwhile; this page is stale
            return;
        }
        if (!reply.ok()) {
            emit self->activitiesFailed(reply.error());
            emit self->activitiesChanged();
            return;
        }
        std::unordered_set<qint64> shown;
        for (const auto& activity : self->m_activities) shown.insert(activity.id());
        int added = 0;
        for (const auto& activity : reply.envelope().list_activities_reply().activities()) {
            if (shown.insert(activity.id()).second) {
                self->m_activities.push_back(activity);
                ++added;
            }
        }
        // The server has nothing older: believe it over activity_count.
        if (added == 0) self->m_view.set_activity_count(static_cast<int>(self->m_activities.size()));
        emit self->activitiesChanged();
    });
}

void Customer360Model::saveCustomer(const protocol::Customer& customer, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_customer()->mutable_customer() = customer;
    QPointer<Customer360Model> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok() && reply.envelope().has_customer_reply()) {
            const protocol::Customer& saved = reply.envelope().customer_reply().customer();
            self->m_customerId = saved.id();
            emit self->customerSaved(saved);
            self->reload();
        }
        if (done) done(reply);
    });
}

void Customer360Model::saveContact(const protocol::Contact& contact, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_contact()->mutable_contact() = contact;
    sendChange(std::move(request), std::move(done));
}

void Customer360Model::saveInstalledProduct(const protocol::InstalledProduct& product, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_installed_product()->mutable_installed_product() = product;
    sendChange(std::move(request), std::move(done));
}

void Customer360Model::saveContract(const protocol::Contract& contract, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_contract()->mutable_contract() = contract;
    sendChange(std::move(request), std::move(done));
}

void Customer360Model::saveActivity(const protocol::Activity& activity, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_activity()->mutable_activity() = activity;
    sendChange(std::move(request), std::move(done));
}

void Customer360Model::archive(RecordKind kind, qint64 id, qint64 expectedVersion, bool archived,
                               Connection::Callback done) {
    protocol::Envelope request;
    protocol::ArchiveRequest* archive = nullptr;
    switch (kind) {
    case RecordKind::Customer:
        archive = request.mutable_archive_customer();
        break;
    case RecordKind::Contact:
        archive = request.mutable_archive_contact();
        break;
    case RecordKind::InstalledProduct:
        archive = request.mutable_archive_installed_product();
        break;
    case RecordKind::Contract:
        archive = request.mutable_archive_contract();
        break;
    case RecordKind::Activity:
        archive = request.mutable_archive_activity();
        break;
    }
    archive->set_id(id);
    archive->set_expected_version(expectedVersion);
    archive->set_archived(archived);
    if (kind != RecordKind::Customer) {
        sendChange(std::move(request), std::move(done));
        return;
    }
    QPointer<Customer360Model> self(this);
    m_connection.send(std::move(request), [self, id, archived, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok()) {
            if (reply.envelope().has_customer_reply()) emit self->customerSaved(reply.envelope().customer_reply().customer());
            emit self->customerArchived(id, archived);
            self->reload();
        }
        if (done) done(reply);
    });
}

void Customer360Model::sendChange(protocol::Envelope request, Connection::Callback done) {
    QPointer<Customer360Model> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok()) self->reload();
        if (done) done(reply);
    });
}

void Customer360Model::setLoading(bool loading) {
    if (m_loading == loading) return;
    m_loading = loading;
    emit loadingChanged(loading);
}

}  // namespace laoke::client
