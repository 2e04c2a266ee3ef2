#pragma once
// The knowledge base page (知识库), for every role: search by the caller's words (Chinese,
// traditional too) narrowed by product line and category, the results with the start of each
// symptom, and the article beside them. Engineers, branch managers and administrators also
// write new articles, edit them (a concurrent edit shows the conflict panel) and archive them
// after a confirmation; account managers read only, so they see no write buttons.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace laoke::client {
class KbArticleModel;
class KbSearchModel;
class ProductCatalogue;
class SessionModel;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class KbArticleEditor;
class KbArticleReader;
class MessageBar;
class Prompter;

class KnowledgeBaseView : public QWidget {
    Q_OBJECT
public:
    KnowledgeBaseView(client::SessionModel& session, Prompter& prompter, QWidget* parent = nullptr);

    client::KbSearchModel& results() const { return *m_search; }
    QListWidget* resultList() const { return m_results; }
    KbArticleReader* reader() const { return m_reader; }
    /// Searches for `text` as if typed and Enter pressed.
    void searchFor(const QString& text);
    /// Opens the editor for a new article, or for the article shown (non-modal; for tests).
    KbArticleEditor* newArticle();
    KbArticleEditor* editArticle();
    /// Archives the article shown after asking, or restores it when it is archived; false when
    /// nothing is shown or the user may not write.
    bool archiveArticle();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void fillFilters();
    void runSearch();
    void showResults();
    void showArticle();
    void updateButtons();
    void restoreArticle(const QString& title);
    KbArticleEditor* openEditor(bool editShown);

    client::SessionModel& m_session;
    Prompter& m_prompter;
    bool m_canWrite;
    bool m_started = false;  ///< loaded on first show
    client::TicketCategories* m_categories;
    client::ProductCatalogue* m_catalogue;
    client::KbSearchModel* m_search;
    client::KbArticleModel* m_article;
    QTimer* m_typingPause;

    QLabel* m_heading;
    QLineEdit* m_text;
    QComboBox* m_product;
    QComboBox* m_category;
    QPushButton* m_searchButton;
    QPushButton* m_newButton;
    MessageBar* m_messages;
    QListWidget* m_results;
    QLabel* m_resultHint;
    KbArticleReader* m_reader;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
};

}  // namespace laoke::ui
