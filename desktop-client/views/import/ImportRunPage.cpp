#include "ImportRunPage.h"

#include "ImportSession.h"
#include "InlineErrorLabel.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace laoke::ui {

ImportRunPage::ImportRunPage(ImportState& state, client::Connection& connection, QWidget* parent)
    : QWizardPage(parent),
      m_state(state),
      m_session(new ImportSession(connection, this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_error(new InlineErrorLabel(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The rows are sent to the server, which then imports them in one step."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_error->setObjectName(QStringLiteral("runError"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_session, &ImportSession::progress, this, [this](int staged, int total) {
        m_progress->setRange(0, total + 1);
        m_progress->setValue(staged);
        m_status->setText(tr("Sending rows to the server: part %1 of %2").arg(staged).arg(total));
    });
    connect(m_session, &ImportSession::applying, this, [this] {
        m_progress->setRange(0, 0);  // busy: the server works in one transaction
        m_status->setText(tr("The server is importing…"));
    });
    connect(m_session, &ImportSession::finished, this, [this](const protocol::ApplyImportReply& reply) {
        m_state.result = reply;
        m_done = true;
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        emit completeChanged();
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this) wizard()->next();
        });
    });
    connect(m_session, &ImportSession::failed, this, [this](const QString& message, bool outcomeUnknown) {
        m_state.failure = message;
        m_done = true;
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("The import failed."));
        m_error->setError(outcomeUnknown
                              ? tr("%1 The server got the whole import but its answer did not arrive: it may still "
                                   "finish. Check the customer list before importing the file again.")
                                    .arg(message)
                              : tr("%1 Nothing was imported: the customer book is unchanged.").arg(message));
        emit completeChanged();
    });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_state.result.reset();
    m_state.failure.clear();
    m_error->clearError();
    m_status->setText(tr("Preparing…"));
    m_progress->setRange(0, 0);
    m_session->start(m_state.plan.rowsToStage(true),
                     ImportOptions{m_state.skipBadRows, m_state.updateDuplicates, false});
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

}  // namespace laoke::ui
