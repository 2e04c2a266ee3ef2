#include "DutyRosterView.h"

#include "BranchListModel.h"
#include "DutyNames.h"
#include "MessageBar.h"
#include "RosterModel.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

// A duty cell is edited with a list of the four duties.
class DutyDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("dutyEditor"));
        for (const QString& code : client::DutyNames::codes()) combo->addItem(client::DutyNames::duty(code), code);
        // A choice is a decision: commit it at once rather than when the cell loses focus.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<DutyDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(combo->findData(index.data(client::RosterModel::DutyRole)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

}  // namespace

DutyRosterView::DutyRosterView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new client::RosterModel(session.connection(), this)),
      m_heading(new QLabel(this)),
      m_previous(new QPushButton(this)),
      m_weekLabel(new QLabel(this)),
      m_next(new QPushButton(this)),
      m_thisWeek(new QPushButton(this)),
      m_capacityLabel(new QLabel(this)),
      m_capacity(new QSpinBox(this)),
      m_save(new QPushButton(this)),
      m_messages(new MessageBar(this)),
      m_table(new QTableView(this)),
      m_reasonsTitle(new QLabel(this)),
      m_reasons(new QLabel(this)) {
    setObjectName(QStringLiteral("dutyRosterView"));
    Theme::makeHeading(m_heading);
    m_previous->setObjectName(QStringLiteral("previousWeekButton"));
    m_next->setObjectName(QStringLiteral("nextWeekButton"));
    m_thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    m_weekLabel->setObjectName(QStringLiteral("rosterWeekLabel"));
    m_weekLabel->setStyleSheet(QStringLiteral("font-weight:600; color:#1f2530;"));
    m_capacity->setObjectName(QStringLiteral("ticketsPerPerson"));
    m_capacity->setRange(1, 200);
    m_save->setObjectName(QStringLiteral("saveRosterButton"));
    Theme::makePrimary(m_save);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DutyDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumWidth(90);
    m_table->setWordWrap(true);
    m_reasonsTitle->setStyleSheet(QStringLiteral("font-weight:600; color:#1f2530;"));
    m_reasons->setObjectName(QStringLiteral("rosterReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    const bool admin = m_session.user().role() == protocol::ADMIN;
    if (admin) {
        m_branches = new client::BranchListModel(session.connection(), this);
        m_branchCombo = new QComboBox(this);
        m_branchCombo->setObjectName(QStringLiteral("rosterBranch"));
        m_branchCombo->setModel(m_branches);
        m_branchCombo->setModelColumn(client::BranchListModel::NameColumn);
        top->addWidget(m_branchCombo);
        connect(m_branches, &client::BranchListModel::refreshed, this, [this] {
            if (m_branchCombo->currentIndex() < 0 && m_branches->rowCount() > 0) m_branchCombo->setCurrentIndex(0);
            showWeek(m_model->isLoaded() ? m_model->monday() : QDate());
        });
        connect(m_branchCombo, &QComboBox::activated, this, [this] { showWeek(m_model->isLoaded() ? m_model->monday() : QDate()); });
    }
    top->addWidget(m_previous);
    top->addWidget(m_weekLabel);
    top->addWidget(m_next);
    top->addWidget(m_thisWeek);
    top->addStretch(1);
    top->addWidget(m_capacityLabel);
    top->addWidget(m_capacity);
    top->addSpacing(8);
    top->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_reasonsTitle);
    layout->addWidget(m_reasons, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { showWeek(m_model->monday().addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeek(m_model->monday().addDays(7)); });
    connect(m_thisWeek, &QPushButton::clicked, this, [this] { showWeek(QDate()); });
    connect(m_save, &QPushButton::clicked, m_model, &client::RosterModel::save);
    connect(m_capacity, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_model->isLoaded()) m_model->setTicketsPerPerson(value);
    });
    connect(m_model, &client::RosterModel::loaded, this, [this] {
        updateWeekControls();
        updateReasons();
        m_table->resizeRowsToContents();
        // Engineers find their own row at once.
        const int own = m_model->rowOfUser(m_session.user().id());
        m_table->setSelectionBehavior(m_model->isEditable() ? QAbstractItemView::SelectItems : QAbstractItemView::SelectRows);
        if (own >= 0 && !m_model->isEditable()) m_table->selectRow(own);
    });
    connect(m_model, &client::RosterModel::dataChanged, this, &DutyRosterView::updateReasons);
    connect(m_model, &client::RosterModel::changesChanged, this, &DutyRosterView::updateWeekControls);
    connect(m_model, &client::RosterModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, error.userMessage());
    });
    connect(m_model, &client::RosterModel::saved, this, [this] {
        m_messages->showMessage(MessageBar::Level::Information, tr("The roster of %1 is saved.").arg(client::DutyNames::week(m_model->monday())));
    });
    connect(m_model, &client::RosterModel::saveFailed, this, [this](const client::ClientError& error) {
        if (error.code == protocol::CONFLICT) {
            m_messages->showMessage(MessageBar::Level::Warning,
                                    tr("Another manager saved this week's roster first. Their plan is now shown with your "
                                       "unsaved changes (in bold) on top: check them and save again."));
        } else {
            m_messages->showMessage(MessageBar::Level::Error, error.userMessage());
        }
    });
    connect(m_model, &client::RosterModel::changedElsewhere, this, [this] {
        m_messages->showMessage(MessageBar::Level::Warning, tr("Another manager has just saved this week's roster."),
                                tr("Show their plan"), [this] { m_model->reload(); });
    });
    retranslate();
    updateWeekControls();
}

qint64 DutyRosterView::chosenBranch() const {
    if (!m_branchCombo) return 0;
    const int row = m_branchCombo->currentIndex();
    return row < 0 ? 0 : m_branches->branchAt(row).id();
}

void DutyRosterView::showWeek(const QDate& anyDay) {
    if (m_branchCombo && chosenBranch() == 0) return;  // the branches are still loading
    m_messages->hideMessage();
    m_model->load(anyDay, chosenBranch());
}

void DutyRosterView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_requested) return;
    m_requested = true;
    if (m_branches) m_branches->refresh();
    else showWeek(QDate());
}

void DutyRosterView::updateWeekControls() {
    const bool loaded = m_model->isLoaded();
    m_weekLabel->setText(loaded ? client::DutyNames::week(m_model->monday()) : QString());
    m_previous->setEnabled(loaded);
    m_next->setEnabled(loaded);
    m_thisWeek->setEnabled(loaded);
    const bool editable = m_model->isEditable();
    m_save->setVisible(editable || !loaded);
    m_save->setEnabled(editable && m_model->hasChanges());
    m_capacity->setEnabled(editable);
    if (loaded) {
        const QSignalBlocker block(m_capacity);
        m_capacity->setValue(m_model->ticketsPerPerson());
    }
}

void DutyRosterView::updateReasons() {
    if (!m_model->isLoaded()) return;
    QStringList lines;
    const int row = m_model->suggestionRow();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex index = m_model->index(row, column);
        const QString head = m_model->headerData(column, Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0);
        const QString text = index.data(client::RosterModel::ReasonRole).toString().toHtmlEscaped();
        const bool shortStaffed = index.data(client::RosterModel::ShortStaffedRole).toBool();
        lines << (shortStaffed ? QStringLiteral("<b>%1</b>　<span style='color:#b42318'>%2</span>")
                               : QStringLiteral("<b>%1</b>　%2"))
                     .arg(head.toHtmlEscaped(), text);
    }
    m_reasons->setText(lines.join(QStringLiteral("<br>")));
}

void DutyRosterView::retranslate() {
    const bool editable = m_session.user().role() == protocol::ADMIN || m_session.user().role() == protocol::BRANCH_MANAGER;
    m_heading->setText(editable ? tr("Duty roster") : tr("Duty roster (read-only)"));
    m_previous->setText(tr("◀ Previous week"));
    m_next->setText(tr("Next week ▶"));
    m_thisWeek->setText(tr("This week"));
    m_capacityLabel->setText(tr("Hotline tickets per person a day:"));
    m_capacity->setToolTip(tr("How many hotline tickets one person on duty handles in a day; the suggestion divides the "
                              "expected tickets by it."));
    m_save->setText(tr("Save roster"));
    m_reasonsTitle->setText(tr("Why these numbers"));
    m_table->setToolTip(editable ? tr("Double-click a day to choose the duty.") : QString());
    updateWeekControls();
    updateReasons();
}

void DutyRosterView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model->isLoaded()) emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
