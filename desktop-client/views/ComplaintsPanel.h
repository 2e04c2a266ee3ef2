#pragma once
// The branch's open complaint cases (投诉) for branch managers and admins: each with the
// customer's score and words, who handles it, and its two clocks (taken within 2 working
// hours, resolved within 2 working days). The selected case is taken (受理) with one button
// and resolved with the resolution written down; a customer who calls in angry is registered
// by hand for a ticket number.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace laoke::client {
class ComplaintListModel;
}

namespace laoke::ui {

class InlineErrorLabel;

class ComplaintsPanel : public QWidget {
    Q_OBJECT
public:
    ComplaintsPanel(client::ComplaintListModel& model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    /// Selects the case (when listed).
    void selectComplaint(qint64 complaintId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void act(const QString& action);
    void openByHand();
    int selectedRow() const;

    client::ComplaintListModel& m_model;
    qint64 m_selectedId = 0;
    QTableView* m_table;
    QLabel* m_details;
    QPushButton* m_handle;
    QLabel* m_resolutionLabel;
    QPlainTextEdit* m_resolution;
    QPushButton* m_resolve;
    InlineErrorLabel* m_error;
    QLabel* m_openLabel;
    QLineEdit* m_openTicket;
    QLineEdit* m_openSummary;
    QPushButton* m_open;
};

}  // namespace laoke::ui
