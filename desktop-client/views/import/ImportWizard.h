#pragma once
// Import customers with their contacts and installed products from .xlsx or .csv:
// choose the file -> match the columns -> check the rows (client rules and a server dry run)
// and choose all-or-nothing or skip bad rows, skip or update duplicates -> import with a
// progress bar -> the result and an error report. The import itself is one transaction at
// the server: a failure midway leaves the customer book unchanged.
//
// Open it with `ImportWizard wizard(connection, parent); wizard.exec();` (or show() it).

#include "ImportState.h"

#include <QWizard>

namespace laoke::client {
class Connection;
}

namespace laoke::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportResultPage;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, RunPage, ResultPage };

    explicit ImportWizard(client::Connection& connection, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Starts with `path` filled in (e.g. a file dropped on the customer list).
    void setFilePath(const QString& path);

    const ImportState& state() const { return m_state; }
    ImportFilePage* filePage() const { return m_filePage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportResultPage* resultPage() const { return m_resultPage; }

    /// True when the import changed the customer book (the caller refreshes its list).
    bool changedCustomers() const;

private:
    ImportState m_state;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportPreviewPage* m_previewPage;
    ImportRunPage* m_runPage;
    ImportResultPage* m_resultPage;
};

}  // namespace laoke::ui
