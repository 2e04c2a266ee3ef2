#pragma once
// The duty roster page (值班表): a branch's week, people down and days across (Monday
// first, holidays, make-up working days and accounting close days marked in the header),
// each cell a duty chosen from a list; the last row the hotline staffing suggestion per day,
// red where the hotline is short of people, with the reasons in words below the grid. Branch
// managers (and administrators, for the branch they choose) edit and save the week;
// engineers see their branch's week read-only, their own row picked out.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace laoke::client {
class BranchListModel;
class RosterModel;
class SessionModel;
}  // namespace laoke::client

namespace laoke::ui {

class MessageBar;

class DutyRosterView : public QWidget {
    Q_OBJECT
public:
    explicit DutyRosterView(client::SessionModel& session, QWidget* parent = nullptr);

    client::RosterModel& model() const { return *m_model; }
    QTableView& table() const { return *m_table; }
    MessageBar& messages() const { return *m_messages; }
    QPushButton& saveButton() const { return *m_save; }
    QLabel& reasons() const { return *m_reasons; }

    /// Shows the week of `anyDay` (of the chosen branch for administrators).
    void showWeek(const QDate& anyDay);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateWeekControls();
    void updateReasons();
    qint64 chosenBranch() const;

    client::SessionModel& m_session;
    client::RosterModel* m_model;
    client::BranchListModel* m_branches = nullptr;
    QLabel* m_heading;
    QComboBox* m_branchCombo = nullptr;
    QPushButton* m_previous;
    QLabel* m_weekLabel;
    QPushButton* m_next;
    QPushButton* m_thisWeek;
    QLabel* m_capacityLabel;
    QSpinBox* m_capacity;
    QPushButton* m_save;
    MessageBar* m_messages;
    QTableView* m_table;
    QLabel* m_reasonsTitle;
    QLabel* m_reasons;
    bool m_requested = false;
};

}  // namespace laoke::ui
