#include "CodeCombo.h"

namespace laoke::ui::CodeCombo {

void fill(QComboBox* combo, const QList<QString>& codes, const std::function<QString(const QString&)>& name,
          const QString& emptyText) {
    combo->clear();
    if (!emptyText.isEmpty()) combo->addItem(emptyText, QString());
    for (const QString& code : codes) combo->addItem(name(code), code);
}

std::string code(const QComboBox* combo) {
    return combo->currentIndex() < 0 ? std::string() : combo->currentData().toString().toStdString();
}

void select(QComboBox* combo, const std::string& code, const std::function<QString(const QString&)>& name) {
    const QString value = QString::fromStdString(code);
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        combo->addItem(name ? name(value) : value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

}  // namespace laoke::ui::CodeCombo
