#include "TicketCategoryPanel.h"

#include "Connection.h"
#include "InlineErrorLabel.h"
#include "MessageBar.h"
#include "TicketCategories.h"
#include "Theme.h"

#include <QEvent>
#include <QFrame>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QColor>
#include <QHash>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace laoke::ui {

namespace {

QString str(const std::string& text) { return QString::fromStdString(text); }

constexpr int kIdRole = Qt::UserRole;
enum Column { NameZh, NameEn, Position, Status };

}  // namespace

TicketCategoryPanel::TicketCategoryPanel(client::Connection& connection, MessageBar& messages, QWidget* parent)
    : QWidget(parent),
      m_connection(connection),
      m_categories(new client::TicketCategories(connection, this)),
      m_messages(messages),
      m_tree(new QTreeWidget(this)),
      m_newGroup(new QPushButton(this)),
      m_newSubtype(new QPushButton(this)),
      m_editorTitle(new QLabel(this)),
      m_nameZhLabel(new QLabel(this)),
      m_nameZh(new QLineEdit(this)),
      m_nameEnLabel(new QLabel(this)),
      m_nameEn(new QLineEdit(this)),
      m_positionLabel(new QLabel(this)),
      m_position(new QSpinBox(this)),
      m_positionHint(new QLabel(this)),
      m_error(new InlineErrorLabel(this)),
      m_save(new QPushButton(this)),
      m_retire(new QPushButton(this)) {
    setObjectName(QStringLiteral("ticketCategoryPanel"));
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(NameZh, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(NameEn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Position, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    m_newGroup->setObjectName(QStringLiteral("newCategoryGroupButton"));
    m_newSubtype->setObjectName(QStringLiteral("newCategorySubtypeButton"));
    m_editorTitle->setObjectName(QStringLiteral("categoryEditorTitle"));
    m_editorTitle->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_nameZh->setObjectName(QStringLiteral("categoryNameZh"));
    m_nameZh->setMaxLength(32);
    m_nameEn->setObjectName(QStringLiteral("categoryNameEn"));
    m_nameEn->setMaxLength(64);
    m_position->setObjectName(QStringLiteral("categoryPosition"));
    m_position->setRange(0, 100000);
    m_position->setSingleStep(10);
    Theme::makeHint(m_positionHint);
    m_positionHint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("categoryError"));
    m_save->setObjectName(QStringLiteral("saveCategoryButton"));
    Theme::makePrimary(m_save);
    m_retire->setObjectName(QStringLiteral("retireCategoryButton"));

    auto* treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_newGroup);
    treeButtons->addWidget(m_newSubtype);
    treeButtons->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addLayout(treeButtons);

    auto* form = new QFormLayout;
    form->addRow(m_nameZhLabel, m_nameZh);
    form->addRow(m_nameEnLabel, m_nameEn);
    form->addRow(m_positionLabel, m_position);
    form->addRow(QString(), m_positionHint);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_retire);
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_save);
    auto* editor = new QFrame(this);
    editor->setObjectName(QStringLiteral("categoryEditor"));
    editor->setStyleSheet(QStringLiteral("QFrame#categoryEditor { background:#f6f8fb; border:1px solid #dfe3ea; border-radius:6px; }"));
    auto* right = new QVBoxLayout(editor);
    right->addWidget(m_editorTitle);
    right->addLayout(form);
    right->addWidget(m_error);
    right->addLayout(editorButtons);
    right->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(editor, 2);

    connect(m_categories, &client::TicketCategories::changed, this, &TicketCategoryPanel::fillTree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TicketCategoryPanel::showSelected);
    connect(m_newGroup, &QPushButton::clicked, this, [this] { startNew(0); });
    connect(m_newSubtype, &QPushButton::clicked, this, [this] {
        const qint64 group = m_editing.parent_id() != 0 ? m_editing.parent_id() : m_editing.id();
        if (group != 0) startNew(group);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_retire, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_nameEn, &QLineEdit::returnPressed, this, [this] { save(false); });

    retranslate();
    m_categories->load();
    startNew(0);
}

void TicketCategoryPanel::retranslate() {
    m_tree->setHeaderLabels({tr("Chinese name"), tr("English name"), tr("Position"), tr("Status")});
    m_newGroup->setText(tr("New group"));
    m_newSubtype->setText(tr("New sub-type in this group"));
    m_nameZhLabel->setText(tr("Chinese name"));
    m_nameEnLabel->setText(tr("English name"));
    m_positionLabel->setText(tr("Position"));
    m_positionHint->setText(tr("Smaller numbers come first; the shipped categories are numbered in tens."));
    m_save->setText(tr("Save"));
    fillTree();
    showSelected();
}

void TicketCategoryPanel::fillTree() {
    const qint64 current = m_editing.id();
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem*> groups;
    for (const protocol::TicketCategory& c : m_categories->all()) {
        QTreeWidgetItem* parentItem = c.parent_id() == 0 ? nullptr : groups.value(c.parent_id());
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setText(NameZh, str(c.name_zh()));
        item->setText(NameEn, str(c.name_en()));
        item->setText(Position, QString::number(c.sort_order()));
        // Only the exception is said: a column of "in use" would hide the retired ones.
        item->setText(Status, c.retired() ? tr("Retired") : QString());
        item->setData(NameZh, kIdRole, QVariant::fromValue<qint64>(c.id()));
        if (c.retired()) {
            for (int column = 0; column < 4; ++column) item->setForeground(column, QColor(0x98, 0xa2, 0xb3));
        }
        if (c.parent_id() == 0) groups.insert(c.id(), item);
    }
    m_tree->expandAll();
    if (current != 0) select(current);
}

void TicketCategoryPanel::select(qint64 id) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(NameZh, kIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void TicketCategoryPanel::showSelected() {
    QTreeWidgetItem* item = m_tree->currentItem();
    const protocol::TicketCategory* category = item ? m_categories->find(item->data(NameZh, kIdRole).toLongLong()) : nullptr;
    if (!category) {
        if (m_editing.id() == 0) {  // a new one being written: keep its title
            m_editorTitle->setText(m_editing.parent_id() == 0 ? tr("New group")
                                                               : tr("New sub-type of %1").arg(m_categories->name(m_editing.parent_id())));
            m_retire->hide();
            m_newSubtype->setEnabled(false);
        }
        return;
    }
    m_editing = *category;
    m_error->clearError();
    m_nameZh->setText(str(category->name_zh()));
    m_nameEn->setText(str(category->name_en()));
    m_position->setValue(category->sort_order());
    m_editorTitle->setText(category->parent_id() == 0 ? tr("Group") : tr("Sub-type of %1").arg(m_categories->name(category->parent_id())));
    const protocol::TicketCategory* group = category->parent_id() == 0 ? category : m_categories->find(category->parent_id());
    // A sub-type of a retired group is retired with it: restore the group.
    const bool groupRetired = category->parent_id() != 0 && group && group->retired();
    m_retire->setVisible(!groupRetired);
    m_retire->setText(category->retired() ? tr("Restore") : tr("Retire"));
    m_retire->setToolTip(category->retired() ? tr("Offer it again for new tickets and articles")
                                             : tr("No longer offered; tickets and articles that have it keep it"));
    m_save->setEnabled(!groupRetired);
    m_newSubtype->setEnabled(group && !group->retired());
}

void TicketCategoryPanel::startNew(qint64 parentId) {
    m_editing.Clear();
    m_editing.set_parent_id(parentId);
    m_tree->setCurrentItem(nullptr);
    m_error->clearError();
    m_nameZh->clear();
    m_nameEn->clear();
    // After the last one beside it.
    int last = 0;
    for (const protocol::TicketCategory& c : m_categories->all()) {
        if (c.parent_id() == parentId) last = std::max(last, c.sort_order());
    }
    m_position->setValue(parentId == 0 ? last + 10 : last + 1);
    m_save->setEnabled(true);
    showSelected();
    m_nameZh->setFocus();
}

void TicketCategoryPanel::save(bool toggleRetired) {
    protocol::TicketCategory category = m_editing;
    category.set_name_zh(m_nameZh->text().trimmed().toStdString());
    category.set_name_en(m_nameEn->text().trimmed().toStdString());
    category.set_sort_order(m_position->value());
    if (toggleRetired) {
        if (category.id() == 0) return;
        category.set_retired(!category.retired());
    }
    if (category.name_zh().empty()) {
        m_error->setError(tr("Give the category a Chinese name."));
        m_nameZh->setFocus();
        return;
    }
    if (category.name_en().empty()) {
        m_error->setError(tr("Give the category an English name (the English desktop shows it)."));
        m_nameEn->setFocus();
        return;
    }
    send(category, m_editing.version());
}

void TicketCategoryPanel::send(const protocol::TicketCategory& category, qint64 expectedVersion) {
    m_error->clearError();
    m_save->setEnabled(false);
    m_retire->setEnabled(false);
    protocol::Envelope request;
    *request.mutable_save_ticket_category()->mutable_category() = category;
    request.mutable_save_ticket_category()->set_expected_version(expectedVersion);
    const QString name = str(category.name_zh());
    const bool added = category.id() == 0;
    QPointer<TicketCategoryPanel> self(this);
    m_connection.send(std::move(request), [self, name, added, category](const client::Reply& reply) {
        if (!self) return;
        self->m_save->setEnabled(true);
        self->m_retire->setEnabled(true);
        if (!reply.ok()) {
            if (reply.error().code == protocol::CONFLICT) {
                self->m_messages.showMessage(MessageBar::Level::Warning,
                                             tr("Another administrator changed this category a moment ago; it now shows "
                                                "their change."));
                self->m_categories->reload();
                return;
            }
            self->m_error->setError(reply.error().userMessage());
            return;
        }
        if (!reply.envelope().has_list_ticket_categories_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        // Select what was saved: a new one is found by its place and name.
        qint64 saved = category.id();
        if (added) {
            for (const auto& c : envelope.list_ticket_categories_reply().categories()) {
                if (c.parent_id() == category.parent_id() && c.name_zh() == category.name_zh() && !c.retired()) saved = c.id();
            }
        }
        self->m_editing.set_id(saved);
        self->m_categories->setTree(envelope.list_ticket_categories_reply());
        self->select(saved);
        self->m_messages.showMessage(MessageBar::Level::Information, tr("Saved “%1”.").arg(name));
    });
}

void TicketCategoryPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
