#pragma once
// Step 3: the preview. The plan is made from the file, the mapping and the product catalogue
// (fetched first, so "U8+ 13" finds "用友U8+ 13.0" and a missing version shows here), its good rows are
// checked by the server in a dry run (duplicates, owners, catalogue products), and every
// customer is listed with what the checks found. Here the user chooses all-or-nothing or
// skipping bad rows, and whether existing customers are skipped or updated.

#include "ImportState.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace laoke::client {
class Connection;
}

namespace laoke::ui {

class ImportPreviewModel;
class ImportSession;
class InlineErrorLabel;

class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    ImportPreviewPage(ImportState& state, client::Connection& connection, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const ImportPreviewModel& model() const { return *m_model; }
    /// True once the server's dry run has answered.
    bool isChecked() const { return m_state.check.has_value(); }
    /// Writes the problems found so far (.xlsx or .csv); false with `error` set when it cannot.
    bool saveProblems(const QString& path, QString* error) const;

private:
    /// Makes the plan (matching products against `catalogue` when there is one), then checks it.
    void plan(const io::CatalogueMatcher* catalogue);
    void runCheck();
    void updateSummary();
    void saveProblemsAs();

    ImportState& m_state;
    client::Connection& m_connection;
    quint64 m_generation = 0;  ///< a catalogue answer for an earlier visit is ignored
    ImportSession* m_session;
    ImportPreviewModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QRadioButton* m_allOrNothing;
    QRadioButton* m_skipBadRows;
    QRadioButton* m_skipDuplicates;
    QRadioButton* m_updateDuplicates;
    QLabel* m_hint;
    InlineErrorLabel* m_error;
    QPushButton* m_retry;
    QPushButton* m_saveProblems;
};

}  // namespace laoke::ui
