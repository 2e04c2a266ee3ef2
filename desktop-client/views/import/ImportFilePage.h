#pragma once
// Step 1 of the import: choose the .xlsx or .csv file. It is read when the user goes on, so a
// file that cannot be read is reported here, next to its name.

#include "ImportState.h"

#include <QWizardPage>

class QLineEdit;
class QLabel;

namespace laoke::ui {

class InlineErrorLabel;

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(ImportState& state, QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportState& m_state;
    QLineEdit* m_path;
    InlineErrorLabel* m_error;
};

}  // namespace laoke::ui
