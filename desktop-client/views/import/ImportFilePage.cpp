#include "ImportFilePage.h"

#include "InlineErrorLabel.h"
#include "SpreadsheetReader.h"
#include "Theme.h"

#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

ImportFilePage::ImportFilePage(ImportState& state, QWidget* parent)
    : QWizardPage(parent),
      m_state(state),
      m_path(new QLineEdit(this)),
      m_error(new InlineErrorLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). The first row holds the column "
                   "names; a customer with several contacts or products takes one row each, repeating its name."));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("e.g. 客户清单.xlsx"));
    m_error->setObjectName(QStringLiteral("fileError"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));

    auto* hint = new QLabel(tr("Columns are recognised by their Chinese or English names (客户名称, 联系人, 手机, "
                               "产品, 版本, 服务到期 …); you can correct the mapping in the next step."),
                            this);
    hint->setWordWrap(true);
    Theme::makeHint(hint);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clearError();
        emit completeChanged();
    });
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    io::SheetReadResult sheet = io::SpreadsheetReader::readFile(path);
    QApplication::restoreOverrideCursor();
    if (!sheet.ok) {
        m_error->setError(sheet.error);
        return false;
    }
    if (sheet.rows.size() < 2) {
        m_error->setError(tr("The file has no rows under its header row."));
        return false;
    }
    m_state.path = path;
    m_state.sheet = std::move(sheet);
    m_state.mapping = io::ColumnMapping::guess(m_state.sheet.rows.value(0));
    return true;
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import customers"), m_path->text(),
                                                      io::SpreadsheetReader::fileFilter());
    if (!path.isEmpty()) m_path->setText(path);
}

}  // namespace laoke::ui
