#pragma once
// One search result of the knowledge base page in three lines that scan at a glance: the
// title in bold, what it holds for (product line, category, uses) in grey, and the start of
// the symptom, cut at the edge. The item's roles carry the three parts.

#include <QStyledItemDelegate>

namespace laoke::ui {

class KbResultDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int TitleRole = Qt::UserRole + 10;
    static constexpr int FactsRole = Qt::UserRole + 11;
    static constexpr int ExcerptRole = Qt::UserRole + 12;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace laoke::ui
