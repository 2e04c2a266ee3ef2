#pragma once
// Everything about one customer, as its 360 window shows it: the profile, contacts,
// installed base, contracts and the activity timeline, loaded in one get_customer round
// trip. Older activities come page by page (list_activities). Every change to the customer
// or what hangs from it goes through here; after a successful save the whole view is
// fetched again, so computed values (service state, days left, lifecycle stage) are always
// the server's.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>

#include <functional>
#include <vector>

namespace laoke::client {

class Customer360Model : public QObject {
    Q_OBJECT
public:
    /// The kinds of record that can be archived (archive_customer, archive_contact ...).
    enum class RecordKind { Customer, Contact, InstalledProduct, Contract, Activity };
    Q_ENUM(RecordKind)

    static constexpr int kActivityPageSize = 20;
    static constexpr int kMaxActivityLimit = 100;  ///< get_customer's limit

    explicit Customer360Model(Connection& connection, QObject* parent = nullptr);

    Connection& connection() const { return m_connection; }

    /// Loads the customer's 360 view; emits loaded or loadFailed.
    void load(qint64 customerId);
    /// Loads the current customer again (keeping as many activities as are shown).
    void reload();
    /// Loads the current state and hands the reply to `done` too (after loaded was emitted),
    /// e.g. to compare it with what the user typed after a CONFLICT.
    void fetchLatest(Connection::Callback done);

    qint64 customerId() const { return m_customerId; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    const protocol::Customer360& view() const { return m_view; }
    const protocol::Customer& customer() const { return m_view.customer(); }

    /// The activities loaded so far, newest first.
    const std::vector<protocol::Activity>& activities() const { return m_activities; }
    /// The customer has more activities than are loaded.
    bool hasMoreActivities() const;
    int activityCount() const { return m_view.activity_count(); }
    /// Loads the next (older) page of activities; emits activitiesChanged or activitiesFailed.
    void loadMoreActivities();
    bool isLoadingActivities() const { return m_loadingActivities; }

    /// Sends save_customer (id 0 creates one, which this model then shows). On success the
    /// view is reloaded and customerSaved is emitted; `done` gets the reply either way.
    void saveCustomer(const protocol::Customer& customer, Connection::Callback done);
    void saveContact(const protocol::Contact& contact, Connection::Callback done);
    void saveInstalledProduct(const protocol::InstalledProduct& product, Connection::Callback done);
    void saveContract(const protocol::Contract& contract, Connection::Callback done);
    void saveActivity(const protocol::Activity& activity, Connection::Callback done);
    /// Archives (or restores) one record at the version the caller saw.
    void archive(RecordKind kind, qint64 id, qint64 expectedVersion, bool archived, Connection::Callback done);

    /// Replaces the view (e.g. with a customer_360_reply) and resets the activity list.
    void setView(const protocol::Customer360& view);

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);
    void activitiesChanged();
    void activitiesFailed(const laoke::client::ClientError& error);
    /// The customer's profile was saved or archived; `customer` is the server's record.
    void customerSaved(const laoke::protocol::Customer& customer);
    /// The customer was archived (or restored).
    void customerArchived(qint64 customerId, bool archived);

private:
    void sendLoad(int activityLimit, Connection::Callback done);
    int shownActivityLimit() const;
    void sendChange(protocol::Envelope request, Connection::Callback done);
    void setLoading(bool loading);

    Connection& m_connection;
    qint64 m_customerId = 0;
    protocol::Customer360 m_view;
    std::vector<protocol::Activity> m_activities;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_loadingActivities = false;
    quint64 m_loadGeneration = 0;  ///< only the newest load's reply is applied
};

}  // namespace laoke::client
