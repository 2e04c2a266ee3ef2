#include "ConflictPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

QString valueOf(const FieldValues& values, const QString& field) {
    for (const FieldValue& value : values)
        if (value.field == field) return value.value;
    return {};
}

}  // namespace

ConflictPanel::ConflictPanel(QWidget* parent)
    : QFrame(parent),
      m_text(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_reload(new QPushButton(this)),
      m_keepEditing(new QPushButton(this)) {
    setObjectName(QStringLiteral("conflictPanel"));
    setStyleSheet(QStringLiteral("QFrame#conflictPanel { background:#fff7e6; border:1px solid #f3d49b; border-radius:6px; }"));
    m_text->setObjectName(QStringLiteral("conflictText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(3);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMaximumHeight(170);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_keepEditing->setObjectName(QStringLiteral("keepEditingButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepEditing);
    buttons->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_text);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    connect(m_keepEditing, &QPushButton::clicked, this, [this] {
        hide();
        emit keepEditingRequested();
    });
    hide();
}

void ConflictPanel::showConflict(const QString& who, const FieldValues& base, const FieldValues& mine,
                                 const FieldValues& theirs) {
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Saved now")});
    m_table->setRowCount(0);
    for (const FieldValue& my : mine) {
        const QString saved = valueOf(theirs, my.field);
        if (saved == my.value) continue;
        const bool changedByThem = saved != valueOf(base, my.field);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* label = new QTableWidgetItem(my.label);
        if (changedByThem) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setToolTip(tr("Changed by the other person"));
        }
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, new QTableWidgetItem(my.value.isEmpty() ? tr("(empty)") : my.value));
        m_table->setItem(row, 2, new QTableWidgetItem(saved.isEmpty() ? tr("(empty)") : saved));
    }
    const int rows = m_table->rowCount();
    m_table->setVisible(rows > 0);
    m_text->setText(rows > 0 ? tr("%1 Nothing was saved. These fields now differ from what you typed:").arg(who)
                             : tr("%1 Nothing was saved; what you typed matches what is saved now.").arg(who));
    m_reload->setText(tr("Reload (discard my changes)"));
    m_reload->show();
    m_keepEditing->setText(tr("Keep editing"));
    m_keepEditing->setToolTip(tr("Keep what you typed; saving then replaces the other person's changes."));
    show();
}

void ConflictPanel::showGone(const QString& text) {
    m_text->setText(text);
    m_table->hide();
    m_reload->hide();
    m_keepEditing->setText(tr("OK"));
    m_keepEditing->setToolTip(QString());
    show();
}

QStringList ConflictPanel::differingFields() const {
    QStringList labels;
    if (isHidden() || m_table->isHidden()) return labels;
    for (int row = 0; row < m_table->rowCount(); ++row) labels.append(m_table->item(row, 0)->text());
    return labels;
}

}  // namespace laoke::ui
