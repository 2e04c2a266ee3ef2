#pragma once
// Exports the customer list as the list view shows it (its search, filters and sort) to an
// Excel workbook or a CSV file, with a progress count and a Cancel that leaves no partial
// file behind.
//
//   CustomerExportDialog dialog(connection, filter, sort, descending, this);
//   dialog.exec();

#include "laoke.pb.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace laoke::client {
class Connection;
}

namespace laoke::ui {

class CustomerExporter;
class InlineErrorLabel;

class CustomerExportDialog : public QDialog {
    Q_OBJECT
public:
    CustomerExportDialog(client::Connection& connection, protocol::CustomerFilter filter, protocol::CustomerSort sort,
                         bool descending, QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    /// Starts the export to the path in the file field (what the Export button does).
    void startExport();
    bool isExporting() const;
    int rowsWritten() const { return m_rows; }
    QString statusText() const;

protected:
    void reject() override;

private:
    void browse();
    void setRunning(bool running);

    CustomerExporter* m_exporter;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    InlineErrorLabel* m_error;
    QPushButton* m_export;
    QPushButton* m_cancel;
    int m_rows = 0;
};

}  // namespace laoke::ui
