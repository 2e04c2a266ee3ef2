#pragma once
// The administrator's branch list (分公司): code, name and city, with New branch and Refresh.

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace laoke::client {
class BranchListModel;
class SessionModel;
}  // namespace laoke::client

namespace laoke::ui {

class MessageBar;

class BranchAdminView : public QWidget {
    Q_OBJECT
public:
    /// Loads the branch list at once.
    explicit BranchAdminView(client::SessionModel& session, QWidget* parent = nullptr);

    client::BranchListModel& model() const { return *m_branches; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateFooter();
    void openCreateBranch();

    client::BranchListModel* m_branches;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_heading;
    QLabel* m_hint;
    QPushButton* m_newBranch;
    QPushButton* m_refresh;
    MessageBar* m_messages;
    QTableView* m_table;
    QLabel* m_footer;
};

}  // namespace laoke::ui
