#pragma once
// The owner (account manager) picker of the customer and contract dialogs: "No owner", the
// people OwnerChoices offers for the branch, and the record's current owner even when the
// list does not hold them (other roles than administrators cannot list users).

#include <QComboBox>
#include <QString>

namespace laoke::client {
class OwnerChoices;
}

namespace laoke::ui::OwnerCombo {

/// Refills `combo` and selects `selectedId` (0 = no owner), keeping `selectedName` as its
/// label when the choices do not list it.
void fill(QComboBox* combo, const client::OwnerChoices& owners, qint64 branchId, qint64 selectedId,
          const QString& selectedName);
/// The selected owner's id (0 = none) and name.
qint64 ownerId(const QComboBox* combo);
QString ownerName(const QComboBox* combo);

}  // namespace laoke::ui::OwnerCombo
