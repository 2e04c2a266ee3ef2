#include "DispatchRecommendations.h"

#include "LiveEvents.h"

#include <QPointer>
#include <QTimer>

namespace laoke::client {

DispatchRecommendations::DispatchRecommendations(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_events(new LiveEvents(connection, this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &DispatchRecommendations::refresh);
    // Any ticket change of the branch may move someone's load: rank again, a little later.
    connect(m_events, &LiveEvents::ticketChanged, this, [this] {
        if (m_ticketId != 0) m_debounce->start();
    });
    connect(m_events, &LiveEvents::resynced, this, &DispatchRecommendations::refresh);
}

void DispatchRecommendations::showTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId && m_loaded) return;
    m_ticketId = ticketId;
    m_ranked.clear();
    m_loaded = false;
    if (ticketId == 0) {
        ++m_generation;
        emit loaded();
        return;
    }
    refresh();
}

void DispatchRecommendations::refresh()
{
    if (m_ticketId == 0) return;
    protocol::Envelope request;
    request.mutable_recommend_assignees()->set_ticket_id(m_ticketId);
    const quint64 generation = ++m_generation;
    QPointer<DispatchRecommendations> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_generation || !reply.ok()) return;
        const protocol::Envelope answer = reply.envelope();
        const auto& ranked = answer.recommend_assignees_reply().recommendations();
        self->m_ranked.assign(ranked.begin(), ranked.end());
        self->m_loaded = true;
        emit self->loaded();
    });
}

QString DispatchRecommendations::reasonText(const protocol::DispatchReason& reason)
{
    const QString code = QString::fromStdString(reason.code());
    if (code == QLatin1String("skill_module")) return tr("knows the module");
    if (code == QLatin1String("skill_product")) return tr("knows the product");
    if (code == QLatin1String("certified")) return tr("certified");
    if (code == QLatin1String("certified_top_grade")) return tr("certified, for an A/B customer");
    if (code == QLatin1String("no_skill")) return tr("not their product");
    if (code == QLatin1String("idle")) return tr("nothing in hand");
    if (code == QLatin1String("load")) return tr("%n open in hand", nullptr, static_cast<int>(reason.value()));
    if (code == QLatin1String("load_urgent")) {
        return tr("%n open in hand, weighing more as this ticket is urgent", nullptr, static_cast<int>(reason.value()));
    }
    if (code == QLatin1String("on_leave")) return tr("on leave today");
    if (code == QLatin1String("hotline_duty")) return tr("on hotline duty");
    if (code == QLatin1String("field_duty")) return tr("out in the field today");
    const QString hours = QString::number(static_cast<double>(reason.minutes()) / 60.0, 'f', 1);
    if (code == QLatin1String("same_city")) {
        // With the customer's own coordinates the distance inside the city is known too.
        if (reason.value() > 0) return tr("same city, about %1 km (~%2 h)").arg(reason.value()).arg(hours);
        return tr("same city");
    }
    if (code == QLatin1String("travel")) return tr("about %1 km by road (~%2 h)").arg(reason.value()).arg(hours);
    if (code == QLatin1String("served_before")) {
        return tr("worked %n of this customer's tickets in the past year", nullptr, static_cast<int>(reason.value()));
    }
    return code;
}

QString DispatchRecommendations::reasonsText(const protocol::AssigneeRecommendation& recommendation)
{
    QStringList parts;
    for (const protocol::DispatchReason& reason : recommendation.reasons()) parts << reasonText(reason);
    return parts.join(tr(", "));
}

}  // namespace laoke::client
