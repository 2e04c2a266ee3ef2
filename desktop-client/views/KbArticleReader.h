#pragma once
// One knowledge article to read, as the hotline engineer needs it with a caller on the line:
// the title, what it holds for (product line and version range, category), the symptom, the
// cause and the solution, and how often it helped. Text can be selected to paste into a chat.

#include "laoke.pb.h"

#include <QWidget>

class QLabel;

namespace laoke::client {
class TicketCategories;
}

namespace laoke::ui {

class KbArticleReader : public QWidget {
    Q_OBJECT
public:
    explicit KbArticleReader(client::TicketCategories& categories, QWidget* parent = nullptr);

    /// Shows the article (id 0: the hint to choose one).
    void showArticle(const protocol::KbArticle& article);
    const protocol::KbArticle& article() const { return m_article; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    client::TicketCategories& m_categories;
    protocol::KbArticle m_article;
    QLabel* m_empty;
    QWidget* m_scroll;
    QWidget* m_body;
    QLabel* m_title;
    QLabel* m_archived;
    QLabel* m_facts;
    QLabel* m_symptomTitle;
    QLabel* m_symptom;
    QLabel* m_causeTitle;
    QLabel* m_cause;
    QLabel* m_solutionTitle;
    QLabel* m_solution;
    QLabel* m_footer;
};

}  // namespace laoke::ui
