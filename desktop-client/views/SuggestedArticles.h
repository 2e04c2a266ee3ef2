#pragma once
// The knowledge articles suggested on the ticket form while the engineer types (KbSuggestions:
// by category, product and wording), one row each: a "used" box, the title (a link that opens
// the article beside the form) and the reasons in words. Articles marked used stay listed,
// first, even when the wording no longer suggests them; the form links them to the ticket
// once it exists. Nothing here takes the keyboard focus, so typing is never interrupted.

#include "KbSuggestions.h"
#include "laoke.pb.h"

#include <QMap>
#include <QWidget>

namespace laoke::client {
class Connection;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class SuggestedArticles : public QWidget {
    Q_OBJECT
public:
    SuggestedArticles(client::Connection& connection, client::TicketCategories& categories, QWidget* parent = nullptr);

    /// Asks for suggestions for this input (after the typing pause unless `now`).
    void setInput(const client::KbSuggestions::Input& input, bool now);
    client::KbSuggestions& suggestions() const { return *m_suggestions; }
    /// Marks a listed article as used (as its box does).
    void setUsed(qint64 articleId, bool used);
    const QMap<qint64, protocol::KbArticleRow>& used() const { return m_used; }
    /// True when there is a row to show.
    bool hasRows() const { return !m_rows.isEmpty(); }

signals:
    /// The rows were rebuilt (the form shows or hides its label with them).
    void rowsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QWidget* row(const protocol::KbArticleRow& article, const QString& reasons, bool used);

    client::Connection& m_connection;
    client::TicketCategories& m_categories;
    client::KbSuggestions* m_suggestions;
    QMap<qint64, protocol::KbArticleRow> m_used;
    QList<QWidget*> m_rows;
};

}  // namespace laoke::ui
