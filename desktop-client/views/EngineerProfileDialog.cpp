#include "EngineerProfileDialog.h"

#include "Connection.h"
#include "InlineErrorLabel.h"
#include "ProductCatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace laoke::ui {

namespace {

enum SkillColumn { LineColumn, ModuleColumn, CertifiedColumn };

QString str(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

EngineerProfileDialog::EngineerProfileDialog(client::Connection& connection, qint64 userId, QWidget* parent)
    : QDialog(parent),
      m_connection(connection),
      m_catalogue(new client::ProductCatalogue(connection, this)),
      m_userId(userId),
      m_city(new QLineEdit(this)),
      m_district(new QLineEdit(this)),
      m_skills(new QTableWidget(0, 3, this)),
      m_addButton(new QPushButton(tr("Add skill"), this)),
      m_removeButton(new QPushButton(tr("Remove skill"), this)),
      m_error(new InlineErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("engineerProfileDialog"));
    setWindowTitle(tr("Skills and home city"));
    resize(560, 460);
    m_city->setObjectName(QStringLiteral("homeCityEdit"));
    m_city->setMaxLength(32);
    m_city->setPlaceholderText(tr("e.g. 苏州 (empty: the branch's city)"));
    m_district->setObjectName(QStringLiteral("homeDistrictEdit"));
    m_district->setMaxLength(32);
    m_skills->setObjectName(QStringLiteral("skillsTable"));
    m_skills->setHorizontalHeaderLabels({tr("Product line"), tr("Module"), tr("Certified")});
    m_skills->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::Stretch);
    m_skills->horizontalHeader()->setSectionResizeMode(ModuleColumn, QHeaderView::Stretch);
    m_skills->horizontalHeader()->setSectionResizeMode(CertifiedColumn, QHeaderView::ResizeToContents);
    m_skills->verticalHeader()->hide();
    m_skills->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addButton->setObjectName(QStringLiteral("addSkillButton"));
    m_removeButton->setObjectName(QStringLiteral("removeSkillButton"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProfileButton"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Home city"), m_city);
    form->addRow(tr("District"), m_district);
    auto* hint = new QLabel(tr("Dispatch suggests people for tickets on the product lines and modules they handle, and "
                               "counts the road from their city for visits."),
                            this);
    hint->setWordWrap(true);
    hint->setProperty("laokeRole", QStringLiteral("hint"));
    auto* skillButtons = new QHBoxLayout;
    skillButtons->addWidget(m_addButton);
    skillButtons->addWidget(m_removeButton);
    skillButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_skills, 1);
    layout->addLayout(skillButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addSkill(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_skills->currentRow() >= 0) m_skills->removeRow(m_skills->currentRow());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EngineerProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_catalogue, &client::ProductCatalogue::loaded, this, [this] {
        if (m_havePending) showProfile(m_pending);
    });
    m_catalogue->refresh();
    load();
}

void EngineerProfileDialog::load()
{
    protocol::Envelope request;
    request.mutable_get_engineer_profile()->set_user_id(m_userId);
    QPointer<EngineerProfileDialog> self(this);
    m_connection.send(std::move(request), [self](const client::Reply& reply) {
        if (!self) return;
        if (!reply.ok()) {
            self->m_error->setError(reply.error().userMessage());
            return;
        }
        const protocol::Envelope answer = reply.envelope();
        self->m_pending = answer.engineer_profile_reply().profile();
        self->m_havePending = true;
        if (self->m_catalogue->isLoaded()) self->showProfile(self->m_pending);
    });
}

void EngineerProfileDialog::showProfile(const protocol::EngineerProfile& profile)
{
    setWindowTitle(tr("Skills and home city of %1").arg(str(profile.display_name())));
    m_version = profile.version();
    m_city->setText(str(profile.home_city()));
    m_district->setText(str(profile.home_district()));
    m_skills->setRowCount(0);
    for (const protocol::EngineerSkill& skill : profile.skills()) addSkill(skill.product_line_id(), skill.module_id(), skill.certified());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
}

void EngineerProfileDialog::addSkill(qint64 productLineId, qint64 moduleId, bool certified)
{
    const int row = m_skills->rowCount();
    m_skills->insertRow(row);
    auto* lines = new QComboBox(m_skills);
    for (const protocol::ProductLine& line : m_catalogue->lines()) {
        lines->addItem(client::ProductCatalogue::lineLabel(line), QVariant::fromValue<qint64>(line.id()));
    }
    const int index = lines->findData(QVariant::fromValue<qint64>(productLineId));
    lines->setCurrentIndex(index >= 0 ? index : 0);
    m_skills->setCellWidget(row, LineColumn, lines);
    m_skills->setCellWidget(row, ModuleColumn, new QComboBox(m_skills));
    auto* box = new QCheckBox(m_skills);
    box->setChecked(certified);
    m_skills->setCellWidget(row, CertifiedColumn, box);
    fillModules(row, moduleId);
    connect(lines, &QComboBox::currentIndexChanged, this, [this, lines] {
        for (int r = 0; r < m_skills->rowCount(); ++r) {
            if (m_skills->cellWidget(r, LineColumn) == lines) fillModules(r, 0);
        }
    });
}

void EngineerProfileDialog::fillModules(int row, qint64 moduleId)
{
    auto* lines = qobject_cast<QComboBox*>(m_skills->cellWidget(row, LineColumn));
    auto* modules = qobject_cast<QComboBox*>(m_skills->cellWidget(row, ModuleColumn));
    modules->clear();
    modules->addItem(tr("All modules"), QVariant::fromValue<qint64>(0));
    if (const protocol::ProductLine* line = m_catalogue->line(lines->currentData().toLongLong())) {
        for (const protocol::ProductModule& module : line->modules()) {
            modules->addItem(str(module.name()), QVariant::fromValue<qint64>(module.id()));
        }
    }
    const int index = modules->findData(QVariant::fromValue<qint64>(moduleId));
    modules->setCurrentIndex(index >= 0 ? index : 0);
}

void EngineerProfileDialog::save()
{
    protocol::Envelope request;
    auto* out = request.mutable_save_engineer_profile();
    out->set_expected_version(m_version);
    auto* profile = out->mutable_profile();
    profile->set_user_id(m_userId);
    profile->set_home_city(m_city->text().trimmed().toStdString());
    profile->set_home_district(m_district->text().trimmed().toStdString());
    std::set<std::pair<qint64, qint64>> seen;
    for (int row = 0; row < m_skills->rowCount(); ++row) {
        const qint64 line = qobject_cast<QComboBox*>(m_skills->cellWidget(row, LineColumn))->currentData().toLongLong();
        const qint64 module = qobject_cast<QComboBox*>(m_skills->cellWidget(row, ModuleColumn))->currentData().toLongLong();
        if (line == 0) continue;
        if (!seen.insert({line, module}).second) {
            m_error->setError(tr("Row %1 repeats a skill listed above.").arg(row + 1));
            return;
        }
        auto* skill = profile->add_skills();
        skill->set_product_line_id(line);
        skill->set_module_id(module);
        skill->set_certified(qobject_cast<QCheckBox*>(m_skills->cellWidget(row, CertifiedColumn))->isChecked());
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    QPointer<EngineerProfileDialog> self(this);
    m_connection.send(std::move(request), [self](const client::Reply& reply) {
        if (!self) return;
        self->m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!reply.ok()) {
            if (reply.error().code == protocol::CONFLICT) {
                self->m_error->setError(tr("Another manager saved this profile a moment ago; it now shows theirs. Check it and save again."));
                self->load();
                return;
            }
            self->m_error->setError(reply.error().userMessage());
            return;
        }
        emit self->saved();
        self->accept();
    });
}

}  // namespace laoke::ui
