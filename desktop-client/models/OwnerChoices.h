#pragma once
// Who can be picked as a customer's or contract's owner (account manager), for the owner
// filter of the customer list and the owner pickers of the edit dialogs. Administrators get
// every enabled account or branch manager (list_users); other roles cannot list users, so
// they are offered themselves (when their role owns customers), and the dialogs add the
// record's current owner.

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

    /// Administrators: loads the user list; emits changed when it arrives.
    void refresh();
    /// The owners to offer, of one branch (0 = every branch), by name.
    QList<Owner> owners(qint64 branchId = 0) const;
    /// True when the list holds everyone who could own a customer (administrators only).
    bool isComplete() const;

signals:
    void changed();

private:
    SessionModel& m_session;
    QList<Owner> m_listed;
    bool m_loading = false;
};

}  // namespace laoke::client
