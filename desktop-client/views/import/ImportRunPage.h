#pragma once
// Step 4: the import runs. The progress bar follows the chunks going up to the server, then
// waits while the server applies everything in one transaction; the wizard moves on to the
// result by itself. A failure here leaves the customer book unchanged, and says so.

#include "ImportState.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace laoke::client {
class Connection;
}

namespace laoke::ui {

class ImportSession;
class InlineErrorLabel;

class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    ImportRunPage(ImportState& state, client::Connection& connection, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportState& m_state;
    ImportSession* m_session;
    QProgressBar* m_progress;
    QLabel* m_status;
    InlineErrorLabel* m_error;
    bool m_done = false;
};

}  // namespace laoke::ui
