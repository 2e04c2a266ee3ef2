#pragma once
// A knowledge article opened from a suggestion (ticket form, ticket pane) to read beside the
// ticket: a window of its own that does not block the form, so the engineer can keep typing
// while the caller is on the line.

#include <QDialog>

namespace laoke::client {
class Connection;
class KbArticleModel;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;
class KbArticleReader;

class KbArticleDialog : public QDialog {
    Q_OBJECT
public:
    KbArticleDialog(client::Connection& connection, client::TicketCategories& categories, qint64 articleId,
                    QWidget* parent = nullptr);

    KbArticleReader* reader() const { return m_reader; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    client::KbArticleModel* m_model;
    KbArticleReader* m_reader;
    InlineErrorLabel* m_error;
    class QPushButton* m_close;
};

}  // namespace laoke::ui
