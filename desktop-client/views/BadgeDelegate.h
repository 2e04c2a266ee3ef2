#pragma once
// Paints a cell's text as a small rounded badge tinted with the cell's text colour
// (Qt::ForegroundRole): lifecycle stages, service states, statuses and grades read at a
// glance without shouting. Cells without text paint nothing but the selection.

#include <QStyledItemDelegate>

namespace laoke::ui {

class BadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace laoke::ui
