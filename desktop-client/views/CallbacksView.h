#pragma once
// The 回访 (Callbacks) page for engineers, branch managers and admins: the branch's callback
// queue after resolution (oldest resolution first) with the record form beside it, and for
// branch managers and admins a second tab with the open complaint cases; administrators also
// set the sample of other customers' tickets that get a callback. Both follow the
// server's pushes: a callback recorded elsewhere leaves the queue, a new complaint appears.

#include "SessionModel.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTabWidget;

class QPushButton;
class QSpinBox;

namespace laoke::client {
class CallbackQueueModel;
class CallbackSettingsModel;
class ComplaintListModel;
}  // namespace laoke::client

namespace laoke::ui {

class CallbackRecordPanel;
class ComplaintsPanel;
class MessageBar;

class CallbacksView : public QWidget {
    Q_OBJECT
public:
    explicit CallbacksView(client::SessionModel& session, QWidget* parent = nullptr);

    client::CallbackQueueModel& queue() const { return *m_queue; }
    QTableView* queueTable() const { return m_table; }
    CallbackRecordPanel* recordPanel() const { return m_panel; }
    /// Null for engineers (complaints are the managers').
    ComplaintsPanel* complaintsPanel() const { return m_complaintsPanel; }
    client::ComplaintListModel* complaints() const { return m_complaints; }
    /// Shows the complaints tab with this case selected (managers and admins).
    void showComplaint(qint64 complaintId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSummary();
    void showSelected();
    void record(const protocol::RecordCallbackRequest& call);
    void saveSample();

    client::SessionModel& m_session;
    client::CallbackQueueModel* m_queue;
    client::ComplaintListModel* m_complaints = nullptr;
    QLabel* m_heading;
    QLabel* m_summary;
    MessageBar* m_messages;
    QTabWidget* m_tabs;
    QTableView* m_table;
    CallbackRecordPanel* m_panel;
    ComplaintsPanel* m_complaintsPanel = nullptr;
    // Administrators: the sample of C-E customers' tickets called back.
    client::CallbackSettingsModel* m_settings = nullptr;
    QLabel* m_sampleLabel = nullptr;
    QSpinBox* m_sample = nullptr;
    QPushButton* m_saveSample = nullptr;
};

}  // namespace laoke::ui
