#include "OwnerCombo.h"

#include "OwnerChoices.h"

#include <QCoreApplication>

namespace laoke::ui::OwnerCombo {

void fill(QComboBox* combo, const client::OwnerChoices& owners, qint64 branchId, qint64 selectedId,
          const QString& selectedName) {
    combo->clear();
    combo->addItem(QCoreApplication::translate("laoke::ui::OwnerCombo", "No owner"), QVariant::fromValue<qint64>(0));
    for (const auto& owner : owners.owners(branchId)) combo->addItem(owner.name, QVariant::fromValue<qint64>(owner.id));
    int index = combo->findData(QVariant::fromValue<qint64>(selectedId));
    if (index < 0) {
        combo->addItem(selectedName, QVariant::fromValue<qint64>(selectedId));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

qint64 ownerId(const QComboBox* combo) {
    return combo->currentIndex() < 0 ? 0 : combo->currentData().toLongLong();
}

QString ownerName(const QComboBox* combo) {
    return ownerId(combo) == 0 ? QString() : combo->currentText();
}

}  // namespace laoke::ui::OwnerCombo
