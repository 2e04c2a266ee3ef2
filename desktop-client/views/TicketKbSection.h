#pragma once
// The knowledge base inside the ticket pane (workbench and dispatch board): the articles
// linked to the ticket, the articles suggested for it (each with its reasons, linked with one
// click, opened to read with another), and, for those who write articles, "write an article
// from this ticket": the editor prefilled with the ticket's category, product line, subject
// and solution; the saved article is linked to the ticket at once.

#include "laoke.pb.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace laoke::client {
class Connection;
class KbSuggestions;
class ProductCatalogue;
class TicketCategories;
class TicketKbLinks;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;
class KbArticleEditor;

class TicketKbSection : public QWidget {
    Q_OBJECT
public:
    TicketKbSection(client::Connection& connection, client::TicketCategories& categories, QWidget* parent = nullptr);

    /// Shows the articles of this ticket (a ticket with id 0: nothing).
    void showTicket(const protocol::Ticket& ticket);
    client::TicketKbLinks& links() const { return *m_links; }
    client::KbSuggestions& suggestions() const { return *m_suggestions; }
    /// The editor prefilled from the ticket shown, once the ticket's product line is known
    /// (emitted through editorOpened); nothing for those who do not write articles.
    void writeArticle();

signals:
    void editorOpened(laoke::ui::KbArticleEditor* editor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void openArticle(qint64 articleId);
    void link(qint64 articleId);
    void openEditor(qint64 productLineId);
    QWidget* articleRow(const protocol::KbArticleRow& article, const QString& detail, bool linkable);

    client::Connection& m_connection;
    client::TicketCategories& m_categories;
    client::TicketKbLinks* m_links;
    client::KbSuggestions* m_suggestions;
    client::ProductCatalogue* m_catalogue;
    protocol::Ticket m_ticket;
    bool m_canWrite;

    QLabel* m_title;
    QPushButton* m_writeButton;
    QLabel* m_linkedTitle;
    QVBoxLayout* m_linkedRows;
    QLabel* m_suggestedTitle;
    QVBoxLayout* m_suggestedRows;
    InlineErrorLabel* m_error;
    QList<QWidget*> m_rows;
};

}  // namespace laoke::ui
