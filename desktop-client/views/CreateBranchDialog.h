#pragma once
// Creates a branch (分公司): code, name and city, checked as the user types; the server's
// answers (code taken, a field rejected) appear under the field concerned.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace laoke::client {
class BranchListModel;
}

namespace laoke::ui {

class InlineErrorLabel;

class CreateBranchDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateBranchDialog(client::BranchListModel& branches, QWidget* parent = nullptr);

    /// The id of the branch created (after the dialog was accepted).
    qint64 createdBranchId() const { return m_createdBranchId; }

private:
    void validate();
    void submit();

    client::BranchListModel& m_branches;
    bool m_busy = false;
    qint64 m_createdBranchId = 0;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_city;
    InlineErrorLabel* m_codeError;
    InlineErrorLabel* m_nameError;
    InlineErrorLabel* m_cityError;
    InlineErrorLabel* m_error;
    QPushButton* m_okButton;
};

}  // namespace laoke::ui
