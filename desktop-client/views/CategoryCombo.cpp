#include "CategoryCombo.h"

#include "TicketCategories.h"

#include <QComboBox>
#include <QVariant>

namespace laoke::ui {

void CategoryCombo::fill(QComboBox& combo, const client::TicketCategories& categories, qint64 chosen, const QString& noneText) {
    combo.clear();
    combo.addItem(noneText, QVariant::fromValue<qint64>(0));
    const auto add = [&](const protocol::TicketCategory& c, const QString& label) {
        combo.addItem(c.parent_id() == 0 ? label : QStringLiteral("    ") + label, QVariant::fromValue<qint64>(c.id()));
        combo.setItemData(combo.count() - 1, categories.fullName(c.id()), Qt::ToolTipRole);
    };
    for (const protocol::TicketCategory& c : categories.all()) {
        const QString name = client::TicketCategories::nameOf(c);
        if (!c.retired()) {
            add(c, name);
        } else if (c.id() == chosen) {
            add(c, tr("%1 (retired)").arg(name));
        }
    }
    combo.setCurrentIndex(qMax(0, combo.findData(QVariant::fromValue<qint64>(chosen))));
}

}  // namespace laoke::ui
