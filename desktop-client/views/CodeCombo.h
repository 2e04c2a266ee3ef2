#pragma once
// Combo boxes over the coded values of CustomerRules (industry, status, contact role ...):
// each item shows the translated name and carries the stable code as its data, with an
// optional first item for "not recorded" (code "").

#include <QComboBox>
#include <QList>
#include <QString>

#include <functional>
#include <string>

namespace laoke::ui::CodeCombo {

/// Fills `combo` with `codes` named by `name`; a non-empty `emptyText` adds a first item
/// with the code "" (e.g. "Not recorded").
void fill(QComboBox* combo, const QList<QString>& codes, const std::function<QString(const QString&)>& name,
          const QString& emptyText = {});
/// The code of the current item ("" when none).
std::string code(const QComboBox* combo);
/// Selects the item of `code`; an unknown code is added so that it is not lost.
void select(QComboBox* combo, const std::string& code, const std::function<QString(const QString&)>& name = {});

}  // namespace laoke::ui::CodeCombo
