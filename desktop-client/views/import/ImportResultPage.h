#pragma once
// Step 5: what happened. The counts (created, updated, duplicates skipped, rejected), every
// row that did not go in with its reason, and the error report to save as .xlsx or .csv with
// the original cells, ready to be fixed and imported again.

#include "ImportState.h"
#include "ImportReport.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace laoke::ui {

class InlineErrorLabel;

class ImportResultPage : public QWizardPage {
    Q_OBJECT
public:
    ImportResultPage(ImportState& state, QWidget* parent = nullptr);

    void initializePage() override;

    QString summary() const;
    const QList<io::ReportLine>& lines() const { return m_lines; }
    /// Writes the error report (.xlsx or .csv); false with `error` set when it cannot.
    bool saveErrorReport(const QString& path, QString* error) const;

private:
    void saveAs();

    ImportState& m_state;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_save;
    InlineErrorLabel* m_error;
    QList<io::ReportLine> m_lines;
};

}  // namespace laoke::ui
