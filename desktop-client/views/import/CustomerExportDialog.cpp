#include "CustomerExportDialog.h"

#include "CustomerExporter.h"
#include "InlineErrorLabel.h"
#include "SpreadsheetWriter.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

CustomerExportDialog::CustomerExportDialog(client::Connection& connection, protocol::CustomerFilter filter,
                                           protocol::CustomerSort sort, bool descending, QWidget* parent)
    : QDialog(parent),
      m_exporter(new CustomerExporter(connection, std::move(filter), sort, descending, this)),
      m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_error(new InlineErrorLabel(this))
{
    setObjectName(QStringLiteral("customerExportDialog"));
    setWindowTitle(tr("Export customers"));
    setMinimumWidth(520);

    auto* heading = new QLabel(tr("Export customers"), this);
    Theme::makeHeading(heading);
    auto* hint = new QLabel(tr("Exports every customer of the current list, with its search, filters and sort. "
                               "An .xlsx file opens in Excel and WPS; a .csv file is UTF-8 for Excel."),
                            this);
    hint->setWordWrap(true);
    Theme::makeHint(hint);

    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setText(QDir::home().filePath(tr("customers.xlsx")));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    Theme::makePrimary(m_export);
    m_cancel = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &CustomerExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &CustomerExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &CustomerExportDialog::reject);
    connect(m_exporter, &CustomerExporter::progress, this, [this](int rows) {
        m_rows = rows;
        m_status->setText(tr("%1 customers written…").arg(QLocale().toString(rows)));
    });
    connect(m_exporter, &CustomerExporter::finished, this, [this](int rows) {
        m_rows = rows;
        setRunning(false);
        m_status->setText(tr("Exported %1 customers to %2.").arg(QLocale().toString(rows), m_path->text()));
        m_cancel->setText(tr("Close"));
    });
    connect(m_exporter, &CustomerExporter::failed, this, [this](const QString& message) {
        setRunning(false);
        m_status->clear();
        m_error->setError(tr("The export failed and its file was removed: %1").arg(message));
    });
    connect(m_exporter, &CustomerExporter::cancelled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Export cancelled; no file was written."));
    });
}

void CustomerExportDialog::setFilePath(const QString& path)
{
    m_path->setText(path);
}

void CustomerExportDialog::startExport()
{
    if (m_exporter->isRunning()) return;
    m_error->clearError();
    m_status->clear();
    m_rows = 0;
    QString path = m_path->text().trimmed();
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".xlsx");
        m_path->setText(path);
    }
    QString error;
    if (!m_exporter->start(path, &error)) {
        m_error->setError(error);
        return;
    }
    setRunning(true);
    m_status->setText(tr("Exporting…"));
}

bool CustomerExportDialog::isExporting() const
{
    return m_exporter->isRunning();
}

QString CustomerExportDialog::statusText() const
{
    return m_error->hasError() ? m_error->text() : m_status->text();
}

void CustomerExportDialog::reject()
{
    // While exporting, Cancel stops the export (and removes its file) instead of closing.
    if (m_exporter->isRunning()) {
        m_exporter->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void CustomerExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export customers"), m_path->text(),
                                                      client::io::SpreadsheetWriter::fileFilter());
    if (!path.isEmpty()) m_path->setText(path);
}

void CustomerExportDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_export->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_path->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

}  // namespace laoke::ui
