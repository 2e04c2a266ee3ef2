#include "BadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace laoke::ui {

namespace {
constexpr int kPaddingX = 8;
constexpr int kPaddingY = 2;
constexpr int kMarginX = 6;

QFont badgeFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    font.setWeight(QFont::DemiBold);
    return font;
}

}  // namespace

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    // The background and selection as every other cell has them, without the text.
    base.text.clear();
    QStyle* style = base.widget ? base.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);
    if (text.isEmpty()) return;

    const QVariant foreground = index.data(Qt::ForegroundRole);
    const QColor colour = foreground.canConvert<QColor>() ? foreground.value<QColor>() : option.palette.color(QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(badgeFont(option.font));
    // Measured on the painter's device, so that what is measured is what is drawn.
    const QFontMetrics metrics = painter->fontMetrics();
    const int width = std::min(metrics.horizontalAdvance(text) + 2 * kPaddingX + 2, option.rect.width() - 2 * kMarginX);
    const int height = metrics.height() + 2 * kPaddingY;
    const QRect badge(option.rect.left() + kMarginX, option.rect.center().y() - height / 2 + 1, width, height);

    QColor fill = colour;
    fill.setAlpha(28);
    QColor border = colour;
    border.setAlpha(70);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(border);
    painter->drawPath(path);
    painter->setPen(colour);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * kPaddingX + 2));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(badgeFont(option.font));
    const int badge = metrics.horizontalAdvance(index.data().toString()) + 2 * kPaddingX + 2 * kMarginX + 4;
    size.setWidth(std::max(size.width(), badge));
    return size;
}

}  // namespace laoke::ui
