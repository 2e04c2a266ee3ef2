#pragma once
// The ticket category tree (list_ticket_categories: groups such as 月结/年结 and their
// sub-types), loaded once per session, with names in the UI language: a sub-type reads
// "Month-end close › Unaudited vouchers block closing" where the group is needed for sense.

#include "Connection.h"
#include "laoke.pb.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <vector>

namespace laoke::client {

class TicketCategories : public QObject {
    Q_OBJECT
public:
    explicit TicketCategories(Connection& connection, QObject* parent = nullptr);

    /// Loads the tree if it is not loaded or loading; emits changed when it arrives.
    void load();
    bool isLoaded() const { return m_loaded; }

    /// Groups first, each followed by its sub-types (the server's order).
    const std::vector<protocol::TicketCategory>& all() const { return m_categories; }
    const protocol::TicketCategory* find(qint64 id) const;
    /// The category's own name in the UI language ("" for 0 or an unknown id).
    QString name(qint64 id) const;
    /// "Group › Sub-type" for a sub-type, the name for a group.
    QString fullName(qint64 id) const;
    static QString nameOf(const protocol::TicketCategory& category);

signals:
    void changed();

private:
    Connection& m_connection;
    std::vector<protocol::TicketCategory> m_categories;
    QHash<qint64, std::size_t> m_index;
    bool m_loaded = false;
    bool m_loading = false;
};

}  // namespace laoke::client
