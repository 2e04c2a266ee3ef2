#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"

namespace laoke::ui {

ImportWizard::ImportWizard(client::Connection& connection, QWidget* parent)
    : QWizard(parent),
      m_filePage(new ImportFilePage(m_state, this)),
      m_mappingPage(new ImportMappingPage(m_state, this)),
      m_previewPage(new ImportPreviewPage(m_state, connection, this)),
      m_runPage(new ImportRunPage(m_state, connection, this)),
      m_resultPage(new ImportResultPage(m_state, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    setPage(RunPage, m_runPage);
    setPage(ResultPage, m_resultPage);
    resize(960, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString& path)
{
    m_filePage->setFilePath(path);
}

bool ImportWizard::changedCustomers() const
{
    return m_state.result && m_state.result->applied()
        && (m_state.result->created() > 0 || m_state.result->updated() > 0);
}

}  // namespace laoke::ui
