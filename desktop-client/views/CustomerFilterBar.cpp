#include "CustomerFilterBar.h"

#include "BranchListModel.h"
#include "CodeCombo.h"
#include "CustomerContext.h"
#include "CustomerValueNames.h"
#include "OwnerChoices.h"
#include "ProductCatalogue.h"
#include "SessionModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QAbstractItemView>
#include <QPushButton>
#include <QSignalBlocker>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;

/// Refills a combo while keeping the selected value (by data) if it is still offered.
template <typename Fill>
void refill(QComboBox* combo, Fill fill) {
    const QVariant selected = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    fill();
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    // Wide enough for "All ..." and most values; longer ones are elided in the bar.
    combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(combo->itemText(0)) + 48);
}

}  // namespace

CustomerFilterBar::CustomerFilterBar(CustomerContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_isAdmin(context.session.user().role() == protocol::ADMIN) {
    setObjectName(QStringLiteral("customerFilterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    if (m_isAdmin) m_branch = addCombo(QStringLiteral("branchFilter"));
    m_owner = addCombo(QStringLiteral("ownerFilter"));
    m_industry = addCombo(QStringLiteral("industryFilter"));
    m_region = addCombo(QStringLiteral("regionFilter"));
    m_status = addCombo(QStringLiteral("statusFilter"));
    m_productLine = addCombo(QStringLiteral("productLineFilter"));
    m_service = addCombo(QStringLiteral("serviceFilter"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setFlat(true);
    m_clear->setCursor(Qt::PointingHandCursor);
    m_clear->setStyleSheet(QStringLiteral("QPushButton { color:#2f6fde; border:none; padding:4px 6px; }"
                                          "QPushButton:disabled { color:#b8bec8; }"));
    layout->addWidget(m_clear);
    layout->addStretch(1);

    connect(m_clear, &QPushButton::clicked, this, &CustomerFilterBar::clear);
    connect(&context.branches, &client::BranchListModel::refreshed, this, &CustomerFilterBar::fillBranches);
    connect(&context.owners, &client::OwnerChoices::changed, this, &CustomerFilterBar::fillOwners);
    connect(&context.catalogue, &client::ProductCatalogue::loaded, this, &CustomerFilterBar::fillProductLines);
    retranslate();
}

QComboBox* CustomerFilterBar::addCombo(const QString& objectName) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    // Compact in the bar; the list that drops down is as wide as its longest entry.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    connect(combo, &QComboBox::activated, this, [this] {
        m_clear->setEnabled(isActive());
        emit changed();
    });
    layout()->addWidget(combo);
    return combo;
}

void CustomerFilterBar::retranslate() {
    fillBranches();
    fillOwners();
    refill(m_industry, [this] { CodeCombo::fill(m_industry, Names::industries(), &Names::industry, tr("All industries")); });
    refill(m_region, [this] { CodeCombo::fill(m_region, Names::regions(), &Names::region, tr("All regions")); });
    refill(m_status, [this] { CodeCombo::fill(m_status, Names::statuses(), &Names::status, tr("All statuses")); });
    fillProductLines();
    refill(m_service, [this] {
        CodeCombo::fill(m_service, Names::serviceStates(), &Names::serviceState, tr("Any service state"));
    });
    m_clear->setText(tr("Clear filters"));
    m_clear->setEnabled(isActive());
}

void CustomerFilterBar::fillBranches() {
    if (!m_branch) return;
    refill(m_branch, [this] {
        m_branch->addItem(tr("All branches"), QVariant::fromValue<qint64>(0));
        for (int row = 0; row < m_context.branches.rowCount(); ++row) {
            const protocol::Branch& branch = m_context.branches.branchAt(row);
            m_branch->addItem(QString::fromStdString(branch.name()), QVariant::fromValue<qint64>(branch.id()));
        }
    });
}

void CustomerFilterBar::fillOwners() {
    refill(m_owner, [this] {
        m_owner->addItem(tr("All account managers"), QVariant::fromValue<qint64>(0));
        const auto owners = m_context.owners.owners();
        const qint64 me = m_context.session.user().id();
        for (const auto& owner : owners) {
            const QString label = owner.id == me && !m_context.owners.isComplete() ? tr("Mine") : owner.name;
            m_owner->addItem(label, QVariant::fromValue<qint64>(owner.id));
        }
    });
    m_owner->setVisible(m_owner->count() > 1);
}

void CustomerFilterBar::fillProductLines() {
    refill(m_productLine, [this] {
        m_productLine->addItem(tr("All products"), QVariant::fromValue<qint64>(0));
        for (const auto& line : m_context.catalogue.lines())
            m_productLine->addItem(client::ProductCatalogue::lineLabel(line), QVariant::fromValue<qint64>(line.id()));
    });
}

void CustomerFilterBar::applyTo(protocol::CustomerFilter& filter) const {
    filter.clear_branch_ids();
    filter.clear_owner_ids();
    filter.clear_industries();
    filter.clear_regions();
    filter.clear_statuses();
    filter.clear_product_line_ids();
    filter.clear_service_states();
    if (m_branch && m_branch->currentData().toLongLong() != 0) filter.add_branch_ids(m_branch->currentData().toLongLong());
    if (m_owner->currentData().toLongLong() != 0) filter.add_owner_ids(m_owner->currentData().toLongLong());
    if (const std::string code = CodeCombo::code(m_industry); !code.empty()) filter.add_industries(code);
    if (const std::string code = CodeCombo::code(m_region); !code.empty()) filter.add_regions(code);
    if (const std::string code = CodeCombo::code(m_status); !code.empty()) filter.add_statuses(code);
    if (m_productLine->currentData().toLongLong() != 0)
        filter.add_product_line_ids(m_productLine->currentData().toLongLong());
    if (const std::string code = CodeCombo::code(m_service); !code.empty()) filter.add_service_states(code);
}

bool CustomerFilterBar::isActive() const {
    for (const QComboBox* combo : {m_branch, m_owner, m_industry, m_region, m_status, m_productLine, m_service})
        if (combo && combo->currentIndex() > 0) return true;
    return false;
}

void CustomerFilterBar::clear() {
    for (QComboBox* combo : {m_branch, m_owner, m_industry, m_region, m_status, m_productLine, m_service})
        if (combo) combo->setCurrentIndex(0);
    m_clear->setEnabled(false);
    emit changed();
}

void CustomerFilterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
