#include "KbArticleModel.h"

#include <QPointer>

namespace laoke::client {

KbArticleModel::KbArticleModel(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection) {}

void KbArticleModel::load(qint64 articleId) {
    const quint64 generation = ++m_generation;
    m_article.Clear();
    if (articleId == 0) {
        emit loaded();
        return;
    }
    protocol::Envelope request;
    request.mutable_get_kb_article()->set_article_id(articleId);
    QPointer<KbArticleModel> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        const protocol::Envelope envelope = reply.envelope();
        self->m_article = envelope.kb_article_reply().article();
        emit self->loaded();
    });
}

void KbArticleModel::save(const protocol::KbArticle& article, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_kb_article()->mutable_article() = article;
    send(std::move(request), std::move(done));
}

void KbArticleModel::setArchived(bool archived, Connection::Callback done) {
    protocol::Envelope request;
    auto* archive = request.mutable_archive_kb_article();
    archive->set_id(m_article.id());
    archive->set_expected_version(m_article.version());
    archive->set_archived(archived);
    send(std::move(request), std::move(done));
}

void KbArticleModel::recordUse(qint64 ticketId, Connection::Callback done) {
    protocol::Envelope request;
    request.mutable_record_kb_use()->set_article_id(m_article.id());
    request.mutable_record_kb_use()->set_ticket_id(ticketId);
    send(std::move(request), std::move(done));
}

void KbArticleModel::send(protocol::Envelope request, Connection::Callback done) {
    const quint64 generation = ++m_generation;
    QPointer<KbArticleModel> self(this);
    m_connection.send(std::move(request), [self, generation, done = std::move(done)](const Reply& reply) {
        if (self && generation == self->m_generation && reply.ok() && reply.envelope().has_kb_article_reply()) {
            const protocol::Envelope envelope = reply.envelope();
            self->m_article = envelope.kb_article_reply().article();
            emit self->loaded();
        }
        if (done) done(reply);
    });
}

}  // namespace laoke::client
