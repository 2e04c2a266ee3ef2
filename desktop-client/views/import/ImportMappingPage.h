#pragma once
// Step 2: what each column holds. Every column of the file is listed with its header, a few
// sample values and a combo box preset from the header's meaning; choosing a field that
// another column had moves it (a field is read from one column only).

#include "ImportState.h"

#include <QWizardPage>

class QComboBox;
class QTableWidget;

namespace laoke::ui {

class InlineErrorLabel;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    ImportMappingPage(ImportState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// The combo box of source column `column` (tests choose fields through it).
    QComboBox* comboForColumn(int column) const;

private:
    void choose(int column, int comboIndex);
    void refreshCombos();

    ImportState& m_state;
    QTableWidget* m_table;
    InlineErrorLabel* m_problem;
    QList<QComboBox*> m_combos;
};

}  // namespace laoke::ui
