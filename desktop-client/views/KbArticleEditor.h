#pragma once
// Writing or changing a knowledge article: title, the product line and version range it
// holds for, the category, symptom, cause, solution and extra search words. Required fields
// are checked while typing; the server's verdict lands under the field it concerns. Saving
// states the version read: if someone saved the article in between, the conflict panel shows
// who and what differs (reload theirs, or keep editing and save over it knowingly), as every
// other edit dialog does.

#include "ConflictPanel.h"
#include "laoke.pb.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace laoke::client {
struct ClientError;
class Connection;
class KbArticleModel;
class ProductCatalogue;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;

class KbArticleEditor : public QDialog {
    Q_OBJECT
public:
    /// Edits `start` (id 0: a new article, its fields a prefill, e.g. from a ticket).
    KbArticleEditor(client::Connection& connection, client::TicketCategories& categories,
                    client::ProductCatalogue& catalogue, const protocol::KbArticle& start, QWidget* parent = nullptr);

    /// The article as the form shows it now (text trimmed), with the id and version edited.
    protocol::KbArticle formArticle() const;
    /// The inline error under a protocol field ("" when none), for tests.
    QString fieldError(const QString& field) const;
    ConflictPanel* conflictPanel() const { return m_conflict; }

signals:
    /// The server saved the article; `article` is its answer.
    void saved(const laoke::protocol::KbArticle& article);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void fill(const protocol::KbArticle& article);
    bool check(bool all);
    void submit();
    void handleFailure(const client::ClientError& error);
    void showConflict();
    FieldValues describe(const protocol::KbArticle& article) const;

    client::Connection& m_connection;
    client::TicketCategories& m_categories;
    client::ProductCatalogue& m_catalogue;
    client::KbArticleModel* m_model;
    protocol::KbArticle m_base;      ///< what the form started from (compared on a conflict)
    protocol::KbArticle m_theirs;    ///< the saved version after a conflict
    QStringList m_touched;
    qint64 m_lineId = 0;      ///< the product line chosen (kept while the catalogue loads)
    qint64 m_categoryId = 0;  ///< the category chosen (kept while the categories load)

    QLabel* m_heading;
    QLabel* m_hint;
    ConflictPanel* m_conflict;
    QLineEdit* m_title;
    QComboBox* m_product;
    QLineEdit* m_versions;
    QComboBox* m_category;
    QPlainTextEdit* m_symptom;
    QPlainTextEdit* m_cause;
    QPlainTextEdit* m_solution;
    QLineEdit* m_keywords;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, InlineErrorLabel*> m_errors;
    InlineErrorLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

}  // namespace laoke::ui
