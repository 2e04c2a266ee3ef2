#pragma once
// A branch manager records what dispatch should know of an engineer: the city they start
// from for visits and the product lines and modules they handle, certified or not. Saved at
// the version read, so two managers editing at once do not overwrite each other.

#include "laoke.pb.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace laoke::client {
class Connection;
class ProductCatalogue;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;

class EngineerProfileDialog : public QDialog {
    Q_OBJECT
public:
    EngineerProfileDialog(client::Connection& connection, qint64 userId, QWidget* parent = nullptr);

    QTableWidget* skillsTable() const { return m_skills; }
    /// Adds a skill row (product line, module 0 = all of it).
    void addSkill(qint64 productLineId = 0, qint64 moduleId = 0, bool certified = false);

signals:
    void saved();

private:
    void load();
    void showProfile(const protocol::EngineerProfile& profile);
    void fillModules(int row, qint64 moduleId);
    void save();

    client::Connection& m_connection;
    client::ProductCatalogue* m_catalogue;
    qint64 m_userId;
    qint64 m_version = 0;
    protocol::EngineerProfile m_pending;
    bool m_havePending = false;
    QLineEdit* m_city;
    QLineEdit* m_district;
    QTableWidget* m_skills;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    InlineErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
};

}  // namespace laoke::ui
