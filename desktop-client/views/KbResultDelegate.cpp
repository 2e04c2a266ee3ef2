#include "KbResultDelegate.h"

#include <QApplication>
#include <QPainter>

namespace laoke::ui {

namespace {

constexpr int kPadding = 6;

QFont titleFont(const QFont& base) {
    QFont font = base;
    font.setBold(true);
    return font;
}

}  // namespace

void KbResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();  // the background and selection only; the three lines are drawn below
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor hint = selected ? text : QColor(0x66, 0x70, 0x85);
    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const int line = option.fontMetrics.height();

    painter->save();
    const QFont bold = titleFont(option.font);
    painter->setFont(bold);
    painter->setPen(text);
    const QString title = index.data(TitleRole).toString();
    painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    painter->setPen(hint);
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(FactsRole).toString(), Qt::ElideRight, area.width()));
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top() + 2 * line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(ExcerptRole).toString(), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize KbResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {option.rect.width(), 3 * option.fontMetrics.height() + kPadding + 2};
}

}  // namespace laoke::ui
