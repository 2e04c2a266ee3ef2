#include "ImportPreviewPage.h"

#include "ImportPreviewModel.h"
#include "Connection.h"
#include "ImportReport.h"
#include "ImportSession.h"
#include "InlineErrorLabel.h"
#include "SpreadsheetWriter.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

ImportPreviewPage::ImportPreviewPage(ImportState& state, client::Connection& connection, QWidget* parent)
    : QWizardPage(parent),
      m_state(state),
      m_connection(connection),
      m_session(new ImportSession(connection, this)),
      m_model(new ImportPreviewModel(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_allOrNothing(new QRadioButton(tr("All or nothing: import only if every row is good"), this)),
      m_skipBadRows(new QRadioButton(tr("Import the good rows, skip the bad ones and list them in an error report"), this)),
      m_skipDuplicates(new QRadioButton(tr("Skip customers that exist already (same name or credit code)"), this)),
      m_updateDuplicates(new QRadioButton(tr("Update customers that exist already with the file's values"), this)),
      m_hint(new QLabel(this)),
      m_error(new InlineErrorLabel(this)),
      m_retry(new QPushButton(tr("Check again"), this)),
      m_saveProblems(new QPushButton(tr("Save problems…"), this))
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every customer the file describes, as the checks see it. Nothing has been changed yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Import"));

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothingRadio"));
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRowsRadio"));
    m_skipDuplicates->setObjectName(QStringLiteral("skipDuplicatesRadio"));
    m_updateDuplicates->setObjectName(QStringLiteral("updateDuplicatesRadio"));
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    Theme::makeHint(m_hint);
    m_error->setObjectName(QStringLiteral("checkError"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    m_saveProblems->setObjectName(QStringLiteral("saveProblemsButton"));

    auto* badRows = new QButtonGroup(this);
    badRows->addButton(m_allOrNothing);
    badRows->addButton(m_skipBadRows);
    m_allOrNothing->setChecked(true);
    auto* duplicates = new QButtonGroup(this);
    duplicates->addButton(m_skipDuplicates);
    duplicates->addButton(m_updateDuplicates);
    m_skipDuplicates->setChecked(true);

    auto* options = new QGroupBox(tr("When importing"), this);
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(m_allOrNothing);
    optionsLayout->addWidget(m_skipBadRows);
    optionsLayout->addSpacing(6);
    optionsLayout->addWidget(m_skipDuplicates);
    optionsLayout->addWidget(m_updateDuplicates);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();  // keeps the buttons compact while the error label is hidden
    buttons->addWidget(m_retry);
    buttons->addWidget(m_saveProblems);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(options);
    layout->addWidget(m_hint);

    connect(m_skipBadRows, &QRadioButton::toggled, this, [this] {
        updateSummary();
        emit completeChanged();
    });
    connect(m_updateDuplicates, &QRadioButton::toggled, this, [this] {
        m_model->setServerCheck(m_state.check ? &*m_state.check : nullptr, m_updateDuplicates->isChecked());
    });
    connect(m_retry, &QPushButton::clicked, this, &ImportPreviewPage::runCheck);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportPreviewPage::saveProblemsAs);
    connect(m_session, &ImportSession::finished, this, [this](const protocol::ApplyImportReply& reply) {
        m_state.check = reply;
        m_model->setServerCheck(&*m_state.check, m_updateDuplicates->isChecked());
        updateSummary();
        emit completeChanged();
    });
    connect(m_session, &ImportSession::failed, this, [this](const QString& message, bool) {
        m_error->setError(tr("The server could not check the rows: %1").arg(message));
        m_retry->show();
        updateSummary();
    });
}

void ImportPreviewPage::initializePage()
{
    m_state.check.reset();
    m_state.plan = io::ImportPlan();
    m_model->setPlan(nullptr);
    m_error->clearError();
    m_summary->setText(tr("Reading the product catalogue…"));
    emit completeChanged();

    protocol::Envelope request;
    request.mutable_get_catalogue();
    QPointer<ImportPreviewPage> self(this);
    const quint64 generation = ++m_generation;
    m_connection.send(std::move(request), [self, generation](const client::Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok()) {
            // The server checks the products anyway; the preview just learns of them later.
            self->plan(nullptr);
            return;
        }
        const auto& lines = reply.envelope().catalogue_reply().product_lines();
        const io::CatalogueMatcher catalogue(std::vector<protocol::ProductLine>(lines.begin(), lines.end()));
        self->plan(&catalogue);
    });
}

void ImportPreviewPage::plan(const io::CatalogueMatcher* catalogue)
{
    m_state.plan = io::ImportPlan::build(m_state.sheet.rows, m_state.mapping, 0, catalogue);
    m_model->setPlan(&m_state.plan);
    m_table->resizeColumnsToContents();
    runCheck();
}

void ImportPreviewPage::cleanupPage()
{
    ++m_generation;
    // Going back to change the mapping: forget the plan the table points into.
    m_session->cancel();
    m_state.check.reset();
    m_model->setPlan(nullptr);
}

void ImportPreviewPage::runCheck()
{
    m_error->clearError();
    m_retry->hide();
    m_state.check.reset();
    m_model->setServerCheck(nullptr, m_updateDuplicates->isChecked());
    updateSummary();
    emit completeChanged();
    m_session->start(m_state.plan.rowsToStage(true), ImportOptions{true, m_updateDuplicates->isChecked(), true});
}

bool ImportPreviewPage::isComplete() const
{
    if (!m_state.check) return false;
    const int problems = m_model->problemCount();
    const int customers = static_cast<int>(m_state.plan.customers().size());
    return problems < customers && (problems == 0 || m_skipBadRows->isChecked());
}

bool ImportPreviewPage::validatePage()
{
    m_state.skipBadRows = m_skipBadRows->isChecked();
    m_state.updateDuplicates = m_updateDuplicates->isChecked();
    return true;
}

void ImportPreviewPage::updateSummary()
{
    const int customers = static_cast<int>(m_state.plan.customers().size());
    QString text = tr("%n customer(s) in %1 row(s) of %2.", nullptr, customers)
                       .arg(m_state.plan.dataRowCount())
                       .arg(QFileInfo(m_state.path).fileName());
    if (!m_state.check) {
        text += QLatin1Char(' ') + tr("The server is checking them…");
        m_summary->setText(text);
        m_hint->clear();
        m_saveProblems->setEnabled(m_state.plan.badCustomerCount() > 0);
        return;
    }
    const int problems = m_model->problemCount();
    const protocol::ApplyImportReply& check = *m_state.check;
    const int duplicates = check.updated() + check.skipped_duplicates();
    text += QLatin1Char(' ') + tr("New: %1. Existing already: %2. With problems: %3.")
                                   .arg(check.created())
                                   .arg(duplicates)
                                   .arg(problems);
    m_summary->setText(text);
    m_saveProblems->setEnabled(problems > 0);
    if (problems == customers) {
        m_hint->setText(tr("No row can be imported: fix the file and choose it again."));
    } else if (problems > 0 && !m_skipBadRows->isChecked()) {
        m_hint->setText(tr("%n customer(s) have problems. Fix them in the file and choose it again, or choose to "
                           "import the good rows and get an error report.", nullptr, problems));
    } else if (problems > 0) {
        m_hint->setText(tr("%n customer(s) with problems will be left out and listed in the error report.", nullptr,
                           problems));
    } else {
        m_hint->setText(tr("Every row is good. The import happens in one step: if anything fails, nothing changes."));
    }
}

bool ImportPreviewPage::saveProblems(const QString& path, QString* error) const
{
    return io::ImportReport::write(path, m_state.sheet.rows, 0,
                                   io::ImportReport::lines(m_state.plan, m_state.check ? &*m_state.check : nullptr),
                                   error);
}

void ImportPreviewPage::saveProblemsAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save problems"), tr("import-problems.xlsx"),
                                                      io::SpreadsheetWriter::fileFilter());
    if (path.isEmpty()) return;
    QString error;
    if (!saveProblems(path, &error)) m_error->setError(error);
}

}  // namespace laoke::ui
