#pragma once
// One pane of the customer 360 window (contacts, installed base, contracts, activities): a
// title with the number of entries, a few small action buttons on the right, the content,
// and a quiet sentence in place of the content when there is nothing to show.

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace laoke::ui {

class SectionPane : public QFrame {
    Q_OBJECT
public:
    SectionPane(QWidget* content, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    /// The number shown after the title; with 0 the empty text replaces the content.
    void setCount(int count);
    void setEmptyText(const QString& text);
    /// A small flat button in the pane's title bar.
    QPushButton* addButton(const QString& objectName);

private:
    void refreshCount();

    QLabel* m_title;
    QLabel* m_count;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QHBoxLayout* m_buttons;
    int m_value = 0;
};

}  // namespace laoke::ui
