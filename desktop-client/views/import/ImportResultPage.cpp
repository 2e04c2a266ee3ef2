#include "ImportResultPage.h"

#include "InlineErrorLabel.h"
#include "SpreadsheetWriter.h"
#include "Theme.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laoke::ui {

ImportResultPage::ImportResultPage(ImportState& state, QWidget* parent)
    : QWizardPage(parent),
      m_state(state),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_save(new QPushButton(tr("Save error report…"), this)),
      m_error(new InlineErrorLabel(this))
{
    setTitle(tr("Import finished"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    Theme::makeHeading(m_summary);
    m_table->setObjectName(QStringLiteral("problemTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Outcome"), tr("Problem")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_error->setObjectName(QStringLiteral("saveError"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();  // keeps the button compact while the error label is hidden
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ImportResultPage::saveAs);
}

void ImportResultPage::initializePage()
{
    const protocol::ApplyImportReply reply = m_state.result.value_or(protocol::ApplyImportReply());
    m_lines = io::ImportReport::lines(m_state.plan, m_state.result ? &*m_state.result : nullptr);
    m_summary->setText(summary());
    m_table->setRowCount(static_cast<int>(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const io::ReportLine& line = m_lines[row];
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(line.rowNumber)));
        m_table->setItem(row, 1, new QTableWidgetItem(io::ImportReport::outcomeText(line.outcome)));
        m_table->setItem(row, 2, new QTableWidgetItem(line.message));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
    m_table->setVisible(!m_lines.isEmpty());
    m_save->setVisible(!m_lines.isEmpty());
}

QString ImportResultPage::summary() const
{
    const protocol::ApplyImportReply reply = m_state.result.value_or(protocol::ApplyImportReply());
    const int rejected = reply.rejected() + m_state.plan.badCustomerCount();
    const QString counts = tr("%1 created, %2 updated, %3 existing skipped, %4 rejected")
                               .arg(reply.created())
                               .arg(reply.updated())
                               .arg(reply.skipped_duplicates())
                               .arg(rejected);
    if (!reply.applied() && rejected > 0) {
        return tr("Nothing was imported: %n customer(s) have problems. The customer book is unchanged.", nullptr,
                  rejected);
    }
    return tr("Import done: %1.").arg(counts);
}

bool ImportResultPage::saveErrorReport(const QString& path, QString* error) const
{
    return io::ImportReport::write(path, m_state.sheet.rows, 0, m_lines, error);
}

void ImportResultPage::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save error report"), tr("import-errors.xlsx"),
                                                      io::SpreadsheetWriter::fileFilter());
    if (path.isEmpty()) return;
    QString error;
    if (!saveErrorReport(path, &error)) {
        m_error->setError(error);
    } else {
        m_error->clearError();
    }
}

}  // namespace laoke::ui
