#pragma once
// The knowledge base page's result list (search_kb_articles): the words typed, a product line
// and a category narrow it; title matches and the most used come first. Only the answer to the
// latest search is kept, so typing fast never shows an older answer last.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>
#include <QString>

#include <vector>

namespace laoke::client {

class KbSearchModel : public QObject {
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    explicit KbSearchModel(Connection& connection, QObject* parent = nullptr);

    /// Searches; emits changed, or failed (e.g. a word too short to search for).
    void search(const QString& text, qint64 productLineId, qint64 categoryId);
    /// The last search again (after an article was saved or archived).
    void refresh();

    const std::vector<protocol::KbArticleRow>& rows() const { return m_rows; }
    /// More articles match than were listed: the user should narrow the search.
    bool more() const { return m_more; }
    bool isLoading() const { return m_loading; }

signals:
    void changed();
    void failed(const laoke::client::ClientError& error);

private:
    Connection& m_connection;
    QString m_text;
    qint64 m_productLineId = 0;
    qint64 m_categoryId = 0;
    std::vector<protocol::KbArticleRow> m_rows;
    bool m_more = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

}  // namespace laoke::client
