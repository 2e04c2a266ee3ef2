#include "SlaAlerts.h"

#include "LiveEvents.h"
#include "TicketNames.h"
#include "TicketUrgency.h"

namespace laoke::client {

SlaAlerts::SlaAlerts(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_events(new LiveEvents(connection, this)) {
    connect(m_events, &LiveEvents::slaAlert, this, [this](const protocol::Event& alert) {
        if (!concernsMe(alert)) return;
        m_alerts.push_front(alert);
        if (m_alerts.size() > kKept) m_alerts.pop_back();
        emit alerted(alert);
    });
}

bool SlaAlerts::concernsMe(const protocol::Event& alert) const {
    const protocol::User& me = m_connection.currentUser();
    if (me.role() == protocol::BRANCH_MANAGER || me.role() == protocol::ADMIN) return true;  // the server sent only their branch's
    return alert.owner_id() == me.id() || alert.assignee_id() == me.id();
}

QString SlaAlerts::text(const protocol::Event& alert) {
    const QString number = QString::fromStdString(alert.ticket_number());
    const QString clock = TicketNames::clockKind(QString::fromStdString(alert.sla_clock()));
    const QString due = alert.deadline_unix() == 0 ? QString() : TicketUrgency::dueText(alert.deadline_unix());
    if (alert.sla_level() == "breach") return tr("%1: %2 deadline passed (was due %3)").arg(number, clock, due);
    return tr("%1: %2 at risk, 75% of the time used (due %3)").arg(number, clock, due);
}

}  // namespace laoke::client
