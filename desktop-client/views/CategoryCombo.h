#pragma once
// Filling a category picker: "none" first, then the active groups with their sub-types
// indented, and the category already chosen even if it was retired since (marked so), so
// that opening a form never changes what it shows.

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace laoke::client {
class TicketCategories;
}

namespace laoke::ui {

class CategoryCombo {
    Q_DECLARE_TR_FUNCTIONS(CategoryCombo)
public:
    /// Refills `combo` and selects `chosen` (0: the "none" entry, labelled `noneText`).
    static void fill(QComboBox& combo, const client::TicketCategories& categories, qint64 chosen, const QString& noneText);
};

}  // namespace laoke::ui
