#pragma once
// Who can be picked as a customer's or contract's owner (account manager), for the owner
// filter of the customer list and the owner pickers of the edit dialogs: the enabled account
// and branch managers the server lists (list_owners: the caller's branch, or every branch for
// administrators). Until that list arrives, users whose role owns customers are offered
// themselves, and the dialogs add the record's current owner.

#include "laoke.pb.h"

#include <QList>
#include <QObject>
#include <QString>

namespace laoke::client {

class SessionModel;

class OwnerChoices : public QObject {
    Q_OBJECT
public:
    struct Owner {
        qint64 id = 0;
        QString name;
        qint64 branchId = 0;
    };

    explicit OwnerChoices(SessionModel& session, QObject* parent = nullptr);

    /// Loads the owner list; emits changed when it arrives.
    void refresh();
    /// The owners to offer, of one branch (0 = every branch), by name.
    QList<Owner> owners(qint64 branchId = 0) const;
    /// True once the list holds everyone who could own a customer.
    bool isComplete() const;

signals:
    void changed();

private:
    SessionModel& m_session;
    QList<Owner> m_listed;
    bool m_loading = false;
    bool m_loaded = false;
};

}  // namespace laoke::client
