#include "KbSearchModel.h"

#include <QPointer>

namespace laoke::client {

KbSearchModel::KbSearchModel(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection) {}

void KbSearchModel::search(const QString& text, qint64 productLineId, qint64 categoryId) {
    m_text = text.trimmed();
    m_productLineId = productLineId;
    m_categoryId = categoryId;
    refresh();
}

void KbSearchModel::refresh() {
    const quint64 generation = ++m_generation;
    m_loading = true;
    protocol::Envelope request;
    auto* search = request.mutable_search_kb_articles();
    search->set_text(m_text.toStdString());
    search->set_product_line_id(m_productLineId);
    search->set_category_id(m_categoryId);
    search->set_limit(kPageSize);
    QPointer<KbSearchModel> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_generation) return;
        self->m_loading = false;
        if (!reply.ok()) {
            emit self->failed(reply.error());
            return;
        }
        const protocol::Envelope envelope = reply.envelope();
        const auto& found = envelope.search_kb_articles_reply();
        self->m_rows.assign(found.articles().begin(), found.articles().end());
        self->m_more = found.more();
        emit self->changed();
    });
}

}  // namespace laoke::client
