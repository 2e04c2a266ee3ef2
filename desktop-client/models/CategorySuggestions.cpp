#include "CategorySuggestions.h"

#include <QPointer>
#include <QTimer>

namespace laoke::client {

CategorySuggestions::CategorySuggestions(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &CategorySuggestions::send);
}

void CategorySuggestions::setInput(qint64 customerId, const QString& subject, const QString& description, bool now) {
    m_customerId = customerId;
    m_subject = subject;
    m_description = description;
    if (now) {
        m_pause->stop();
        send();
    } else {
        m_pause->start();
    }
}

void CategorySuggestions::send() {
    const quint64 generation = ++m_generation;
    if (m_customerId == 0) {
        m_suggestions.clear();
        emit changed();
        return;
    }
    protocol::Envelope request;
    auto* suggest = request.mutable_suggest_ticket_categories();
    suggest->set_customer_id(m_customerId);
    suggest->set_subject(m_subject.left(100).toStdString());
    suggest->set_description(m_description.left(4000).toStdString());
    const bool basedOnText = !m_subject.trimmed().isEmpty() || !m_description.trimmed().isEmpty();
    QPointer<CategorySuggestions> self(this);
    m_connection.send(std::move(request), [self, generation, basedOnText](const Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok() || !reply.envelope().has_suggest_ticket_categories_reply()) return;  // keep the last ones
        const protocol::Envelope envelope = reply.envelope();
        const auto& suggestions = envelope.suggest_ticket_categories_reply().suggestions();
        self->m_suggestions.assign(suggestions.begin(), suggestions.end());
        self->m_basedOnText = basedOnText;
        emit self->changed();
    });
}

}  // namespace laoke::client
