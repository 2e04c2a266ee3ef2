#pragma once
// The ticket category tree (list_ticket_categories: groups such as 月结/年结 and their
// sub-types), loaded once per session and again whenever an administrator changes it (a
// push), with names in the UI language: a sub-type reads "Month-end close › Unaudited
// vouchers block closing" where the group is needed for sense. Retired categories stay known,
// so old tickets keep their names, but pickers offer only the active ones.

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

    /// Loads the tree again (it changed at the server).
    void reload();
    /// Takes the tree from a reply that carries it (list_ticket_categories, or an admin's save).
    void setTree(const protocol::ListTicketCategoriesReply& reply);

    /// Groups first, each followed by its sub-types (the server's order), retired ones too.
    const std::vector<protocol::TicketCategory>& all() const { return m_categories; }
    /// The ones that may be chosen now, in the same order.
    std::vector<protocol::TicketCategory> active() const;
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
    bool m_reloadAgain = false;  ///< it changed again while loading
};

}  // namespace laoke::client
