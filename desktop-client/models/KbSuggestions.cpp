#include "KbSuggestions.h"

#include <QPointer>
#include <QTimer>

namespace laoke::client {

KbSuggestions::KbSuggestions(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &KbSuggestions::send);
}

void KbSuggestions::setInput(const Input& input, bool now) {
    // Moving the cursor or re-choosing the same product must not cost a request.
    if (m_asked && input == m_input && !m_pause->isActive()) return;
    m_input = input;
    if (now) {
        m_pause->stop();
        send();
    } else {
        m_pause->start();
    }
}

void KbSuggestions::clear() {
    m_pause->stop();
    ++m_generation;
    m_asked = false;
    m_input = Input{};
    m_suggestions.clear();
    emit changed();
}

void KbSuggestions::send() {
    const quint64 generation = ++m_generation;
    m_asked = true;
    protocol::Envelope request;
    auto* suggest = request.mutable_suggest_kb_articles();
    suggest->set_category_id(m_input.categoryId);
    suggest->set_installed_product_id(m_input.installedProductId);
    // The server reads at most this much of each; longer text only costs transfer.
    suggest->set_subject(m_input.subject.left(100).toStdString());
    suggest->set_description(m_input.description.left(4000).toStdString());
    suggest->set_limit(m_limit);
    QPointer<KbSuggestions> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok() || !reply.envelope().has_suggest_kb_articles_reply()) return;  // keep the last ones
        const protocol::Envelope envelope = reply.envelope();
        const auto& suggestions = envelope.suggest_kb_articles_reply().suggestions();
        self->m_suggestions.assign(suggestions.begin(), suggestions.end());
        emit self->changed();
    });
}

}  // namespace laoke::client
