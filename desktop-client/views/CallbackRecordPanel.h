#pragma once
// Beside the callback queue: who to call and about what (customer, contact and phone, the
// ticket with its solution, the engineer, the calls so far), and the form for one call:
// the outcome, the customer's satisfaction 1-5 (reached only), their words, and whether they
// complain. A score of 2 or less, or a complaint, will open a complaint case: the panel says so
// before the call is recorded.

#include "laoke.pb.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace laoke::ui {

class InlineErrorLabel;

class CallbackRecordPanel : public QWidget {
    Q_OBJECT
public:
    explicit CallbackRecordPanel(QWidget* parent = nullptr);

    /// Shows this callback with an empty form; nullptr: nothing selected. The callback shown
    /// already (the queue reloaded) keeps the form and the version it was read at, so a call
    /// someone else recorded meanwhile is refused by the server rather than overwritten.
    void showCallback(const protocol::Callback* callback);
    /// Empties the form and shows `callback` as it is now (after a call was recorded or refused).
    void resetTo(const protocol::Callback* callback);
    qint64 callbackId() const { return m_callback.id(); }
    void setBusy(bool busy);
    void showError(const QString& message);

signals:
    void recordRequested(const laoke::protocol::RecordCallbackRequest& call);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateForm();
    void submit();
    QString outcome() const;

    protocol::Callback m_callback;
    bool m_hasCallback = false;
    QLabel* m_title;
    QLabel* m_contact;
    QLabel* m_details;
    QLabel* m_solution;
    QLabel* m_outcomeLabel;
    QButtonGroup* m_outcomes;
    QLabel* m_scoreLabel;
    QButtonGroup* m_scores;
    QLabel* m_commentLabel;
    QPlainTextEdit* m_comment;
    QCheckBox* m_complaint;
    QLabel* m_escalation;
    InlineErrorLabel* m_error;
    QPushButton* m_record;
    QWidget* m_form;
};

}  // namespace laoke::ui
