#include "ImportMappingPage.h"

#include "CellValues.h"
#include "InlineErrorLabel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {
constexpr int kSamples = 3;
}

ImportMappingPage::ImportMappingPage(ImportState& state, QWidget* parent)
    : QWizardPage(parent),
      m_state(state),
      m_table(new QTableWidget(this)),
      m_problem(new InlineErrorLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Check what each column of the file holds. Columns set to \"(do not import)\" are left out."));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Sample values"), tr("Import as")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
}

void ImportMappingPage::initializePage()
{
    const QStringList headers = m_state.sheet.rows.value(0);
    qsizetype columns = headers.size();
    for (const QStringList& row : m_state.sheet.rows) {
        columns = std::max(columns, row.size());
    }
    m_table->setRowCount(static_cast<int>(columns));
    m_combos.clear();
    for (int column = 0; column < columns; ++column) {
        QStringList samples;
        for (qsizetype row = 1; row < m_state.sheet.rows.size() && samples.size() < kSamples; ++row) {
            const QString value = io::CellValues::clean(m_state.sheet.rows[row].value(column));
            if (!value.isEmpty() && !samples.contains(value)) samples << value;
        }
        const QString header = headers.value(column);
        m_table->setItem(column, 0, new QTableWidgetItem(header.isEmpty() ? tr("(column %1)").arg(column + 1) : header));
        m_table->setItem(column, 1, new QTableWidgetItem(samples.join(QStringLiteral(" | "))));

        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(column));
        for (const io::ImportField field : io::ImportFields::all()) {
            combo->addItem(io::ImportFields::displayName(field), static_cast<int>(field));
        }
        m_table->setCellWidget(column, 2, combo);
        m_combos << combo;
        connect(combo, &QComboBox::activated, this, [this, column](int index) { choose(column, index); });
    }
    refreshCombos();
}

bool ImportMappingPage::isComplete() const
{
    return io::ImportPlan::mappingProblem(m_state.mapping).isEmpty();
}

QComboBox* ImportMappingPage::comboForColumn(int column) const
{
    return m_combos.value(column);
}

void ImportMappingPage::choose(int column, int comboIndex)
{
    const auto field = static_cast<io::ImportField>(m_combos[column]->itemData(comboIndex).toInt());
    m_state.mapping.set(column, field);
    refreshCombos();
}

void ImportMappingPage::refreshCombos()
{
    for (int column = 0; column < m_combos.size(); ++column) {
        QComboBox* combo = m_combos[column];
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(static_cast<int>(m_state.mapping.field(column))));
    }
    m_problem->setError(io::ImportPlan::mappingProblem(m_state.mapping));
    emit completeChanged();
}

}  // namespace laoke::ui
