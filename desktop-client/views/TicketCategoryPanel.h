#pragma once
// The administrator's editor for the ticket category tree (工单分类): groups such as 月末结账
// with their sub-types, each with a Chinese and an English name and a position. A category
// is added under the chosen group (or as a new group), renamed, moved up or down by its
// position, retired (no longer offered; old tickets keep it) or restored. A category never
// changes group, since the reports count by group. Every client learns of a change at once.

#include "laoke.pb.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace laoke::client {
class Connection;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;
class MessageBar;

class TicketCategoryPanel : public QWidget {
    Q_OBJECT
public:
    TicketCategoryPanel(client::Connection& connection, MessageBar& messages, QWidget* parent = nullptr);

    client::TicketCategories& categories() const { return *m_categories; }
    QTreeWidget& tree() const { return *m_tree; }
    /// Selects the category (0: none) and shows it in the editor.
    void select(qint64 id);
    /// Starts a new category under `parentId` (0: a new group).
    void startNew(qint64 parentId);
    /// Saves what the editor holds; with `retired` set, also retires or restores it.
    void save(bool toggleRetired = false);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTree();
    void showSelected();
    void send(const protocol::TicketCategory& category, qint64 expectedVersion);

    client::Connection& m_connection;
    client::TicketCategories* m_categories;
    MessageBar& m_messages;
    protocol::TicketCategory m_editing;  ///< id 0: a new one under m_editing.parent_id()
    QTreeWidget* m_tree;
    QPushButton* m_newGroup;
    QPushButton* m_newSubtype;
    QLabel* m_editorTitle;
    QLabel* m_nameZhLabel;
    QLineEdit* m_nameZh;
    QLabel* m_nameEnLabel;
    QLineEdit* m_nameEn;
    QLabel* m_positionLabel;
    QSpinBox* m_position;
    QLabel* m_positionHint;
    InlineErrorLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_retire;
};

}  // namespace laoke::ui
