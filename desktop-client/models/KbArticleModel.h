#pragma once
// One knowledge article as the reader and the editor use it: loaded with get_kb_article,
// saved with save_kb_article at the version read (a change someone else saved in between
// comes back as a CONFLICT, with their version loaded for comparison), archived or restored
// with archive_kb_article, and linked to a ticket with record_kb_use.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>

namespace laoke::client {

class KbArticleModel : public QObject {
    Q_OBJECT
public:
    explicit KbArticleModel(Connection& connection, QObject* parent = nullptr);

    /// Loads the article (0: none); emits loaded or loadFailed.
    void load(qint64 articleId);
    bool isLoaded() const { return m_article.id() != 0; }
    const protocol::KbArticle& article() const { return m_article; }

    /// Saves `article` (id 0 creates; otherwise its `version` must be the one read). On
    /// success the model shows the saved article and emits loaded; `done` gets the reply.
    void save(const protocol::KbArticle& article, Connection::Callback done);
    /// Archives (or restores) the article shown, at the version shown.
    void setArchived(bool archived, Connection::Callback done);
    /// Links the article shown to a ticket (once per ticket).
    void recordUse(qint64 ticketId, Connection::Callback done);

signals:
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);

private:
    void send(protocol::Envelope request, Connection::Callback done);

    Connection& m_connection;
    protocol::KbArticle m_article;
    quint64 m_generation = 0;
};

}  // namespace laoke::client
