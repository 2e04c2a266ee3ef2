#include "SlaSettingsPanel.h"

#include "CustomerValueNames.h"
#include "InlineErrorLabel.h"
#include "MessageBar.h"
#include "ServiceLevelsModel.h"
#include "TicketNames.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

enum RuleColumn { GradeColumn, PriorityColumn, FirstResponseColumn, OnsiteColumn, ResolutionColumn, RuleColumns };

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

QDoubleSpinBox* hoursBox(int minutes, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 1440);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setValue(minutes / 60.0);
    box->setSpecialValueText(QStringLiteral("—"));  // 0: no target
    return box;
}

int minutesOf(QWidget* widget) {
    return static_cast<int>(qRound(static_cast<QDoubleSpinBox*>(widget)->value() * 60.0));
}

}  // namespace

SlaSettingsPanel::SlaSettingsPanel(client::ServiceLevelsModel& model, MessageBar& messages, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_messages(messages),
      m_hoursTitle(new QLabel(this)),
      m_periodsLabel(new QLabel(this)),
      m_periods(new QLineEdit(this)),
      m_coverageLabel(new QLabel(this)),
      m_coverage(new QComboBox(this)),
      m_closeTitle(new QLabel(this)),
      m_raise(new QCheckBox(this)),
      m_monthEndLabel(new QLabel(this)),
      m_monthEnd(new QSpinBox(this)),
      m_monthStartLabel(new QLabel(this)),
      m_monthStart(new QSpinBox(this)),
      m_yearEndLabel(new QLabel(this)),
      m_yearEndFrom(new QLineEdit(this)),
      m_yearEndTo(new QLineEdit(this)),
      m_rulesTitle(new QLabel(this)),
      m_rulesHint(new QLabel(this)),
      m_rules(new QTableWidget(0, RuleColumns, this)),
      m_addRule(new QPushButton(this)),
      m_removeRule(new QPushButton(this)),
      m_error(new InlineErrorLabel(this)),
      m_save(new QPushButton(this)) {
    setObjectName(QStringLiteral("slaSettingsPanel"));
    for (QLabel* title : {m_hoursTitle, m_closeTitle, m_rulesTitle}) title->setStyleSheet(QStringLiteral("font-weight:600; font-size:11pt;"));
    Theme::makeHint(m_rulesHint);
    m_periods->setObjectName(QStringLiteral("periodsEdit"));
    m_coverage->setObjectName(QStringLiteral("coverageCombo"));
    m_raise->setObjectName(QStringLiteral("raisePriorityCheck"));
    m_monthEnd->setObjectName(QStringLiteral("monthEndSpin"));
    m_monthStart->setObjectName(QStringLiteral("monthStartSpin"));
    for (QSpinBox* box : {m_monthEnd, m_monthStart}) {
        box->setRange(0, 10);
        box->setMaximumWidth(80);
    }
    m_yearEndFrom->setObjectName(QStringLiteral("yearEndFromEdit"));
    m_yearEndTo->setObjectName(QStringLiteral("yearEndToEdit"));
    for (QLineEdit* edit : {m_yearEndFrom, m_yearEndTo}) {
        edit->setInputMask(QStringLiteral("99-99"));
        edit->setMaximumWidth(80);
    }
    m_rules->setObjectName(QStringLiteral("slaRulesTable"));
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setMinimumHeight(220);
    m_addRule->setObjectName(QStringLiteral("addRuleButton"));
    m_removeRule->setObjectName(QStringLiteral("removeRuleButton"));
    m_save->setObjectName(QStringLiteral("saveServiceLevelsButton"));
    Theme::makePrimary(m_save);

    auto* hours = new QFormLayout;
    hours->addRow(m_periodsLabel, m_periods);
    hours->addRow(m_coverageLabel, m_coverage);
    auto* yearEnd = new QHBoxLayout;
    yearEnd->addWidget(m_yearEndFrom);
    yearEnd->addWidget(new QLabel(QStringLiteral("–"), this));
    yearEnd->addWidget(m_yearEndTo);
    yearEnd->addStretch(1);
    auto* close = new QFormLayout;
    close->addRow(m_raise);
    close->addRow(m_monthEndLabel, m_monthEnd);
    close->addRow(m_monthStartLabel, m_monthStart);
    close->addRow(m_yearEndLabel, yearEnd);
    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch(1);
    bottom->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_hoursTitle);
    layout->addLayout(hours);
    layout->addSpacing(6);
    layout->addWidget(m_closeTitle);
    layout->addLayout(close);
    layout->addSpacing(6);
    layout->addWidget(m_rulesTitle);
    layout->addWidget(m_rulesHint);
    layout->addWidget(m_rules, 1);
    layout->addLayout(ruleButtons);
    layout->addLayout(bottom);

    connect(&m_model, &client::ServiceLevelsModel::loaded, this, [this] { show(m_model.settings()); });
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        protocol::SlaRule rule;
        rule.set_priority("normal");
        addRuleRow(rule);
    });
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0) m_rules->removeRow(m_rules->currentRow());
    });
    connect(m_save, &QPushButton::clicked, this, &SlaSettingsPanel::save);
    retranslate();
}

void SlaSettingsPanel::retranslate() {
    m_hoursTitle->setText(tr("Working hours"));
    m_periodsLabel->setText(tr("Periods of a working day"));
    m_periods->setPlaceholderText(tr("09:00-12:00, 13:00-18:00"));
    m_coverageLabel->setText(tr("Coverage"));
    const QString coverage = m_coverage->currentData().toString();
    m_coverage->clear();
    m_coverage->addItem(tr("5×8: working days (holidays off, make-up days worked)"), QStringLiteral("workdays"));
    m_coverage->addItem(tr("7×8: every day of the year"), QStringLiteral("every_day"));
    m_coverage->setCurrentIndex(qMax(0, m_coverage->findData(coverage)));
    m_closeTitle->setText(tr("Accounting close periods"));
    m_raise->setText(tr("Raise tickets opened in a close period one priority level"));
    m_monthEndLabel->setText(tr("Month-end: last days of the month"));
    m_monthStartLabel->setText(tr("… and first days of the next"));
    m_yearEndLabel->setText(tr("Year-end carry-forward (MM-DD)"));
    m_rulesTitle->setText(tr("SLA targets"));
    m_rulesHint->setText(tr("In working hours; — means no target. A grade's own rule wins over the rule for every grade."));
    m_rules->setHorizontalHeaderLabels({tr("Customer grade"), tr("Priority"), tr("First response"), tr("Onsite arrival"), tr("Resolution")});
    m_addRule->setText(tr("Add rule"));
    m_removeRule->setText(tr("Remove rule"));
    m_save->setText(tr("Save service levels"));
    if (m_model.isLoaded()) m_rulesHint->setText(m_rulesHint->text() + QLatin1Char(' ') +
                                                 tr("One working day is %1 hours.").arg(m_model.settings().workday_minutes() / 60.0));
}

void SlaSettingsPanel::show(const protocol::ServiceSettings& settings) {
    QStringList periods;
    for (const protocol::WorkingPeriod& period : settings.periods()) periods << str(period.from()) + QLatin1Char('-') + str(period.to());
    m_periods->setText(periods.join(QStringLiteral(", ")));
    m_coverage->setCurrentIndex(qMax(0, m_coverage->findData(str(settings.coverage()))));
    m_raise->setChecked(settings.close_raise_priority());
    m_monthEnd->setValue(settings.month_end_last_days());
    m_monthStart->setValue(settings.month_start_days());
    m_yearEndFrom->setText(str(settings.year_end_from()));
    m_yearEndTo->setText(str(settings.year_end_to()));
    m_rules->setRowCount(0);
    for (const protocol::SlaRule& rule : settings.rules()) addRuleRow(rule);
    retranslate();
}

void SlaSettingsPanel::addRuleRow(const protocol::SlaRule& rule) {
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto* grade = new QComboBox(m_rules);
    grade->addItem(tr("Every grade"), QString());
    for (const QString& code : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")})
        grade->addItem(client::CustomerValueNames::grade(code), code);
    grade->setCurrentIndex(qMax(0, grade->findData(str(rule.grade()))));
    auto* priority = new QComboBox(m_rules);
    for (const QString& code : client::TicketNames::priorities()) priority->addItem(client::TicketNames::priority(code), code);
    priority->setCurrentIndex(qMax(0, priority->findData(str(rule.priority()))));
    m_rules->setCellWidget(row, GradeColumn, grade);
    m_rules->setCellWidget(row, PriorityColumn, priority);
    m_rules->setCellWidget(row, FirstResponseColumn, hoursBox(rule.first_response_minutes(), m_rules));
    m_rules->setCellWidget(row, OnsiteColumn, hoursBox(rule.onsite_arrival_minutes(), m_rules));
    m_rules->setCellWidget(row, ResolutionColumn, hoursBox(rule.resolution_minutes(), m_rules));
}

protocol::ServiceSettings SlaSettingsPanel::edited() const {
    protocol::ServiceSettings settings;
    for (const QString& part : m_periods->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        auto* period = settings.add_periods();
        period->set_from(ends.value(0).trimmed().toStdString());
        period->set_to(ends.value(1).trimmed().toStdString());
    }
    settings.set_coverage(m_coverage->currentData().toString().toStdString());
    settings.set_close_raise_priority(m_raise->isChecked());
    settings.set_month_end_last_days(m_monthEnd->value());
    settings.set_month_start_days(m_monthStart->value());
    settings.set_year_end_from(m_yearEndFrom->text().toStdString());
    settings.set_year_end_to(m_yearEndTo->text().toStdString());
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        auto* rule = settings.add_rules();
        rule->set_grade(static_cast<QComboBox*>(m_rules->cellWidget(row, GradeColumn))->currentData().toString().toStdString());
        rule->set_priority(static_cast<QComboBox*>(m_rules->cellWidget(row, PriorityColumn))->currentData().toString().toStdString());
        rule->set_first_response_minutes(minutesOf(m_rules->cellWidget(row, FirstResponseColumn)));
        rule->set_onsite_arrival_minutes(minutesOf(m_rules->cellWidget(row, OnsiteColumn)));
        rule->set_resolution_minutes(minutesOf(m_rules->cellWidget(row, ResolutionColumn)));
    }
    return settings;
}

QString SlaSettingsPanel::problem(const protocol::ServiceSettings& settings) const {
    // The checks a person most often trips over, in their language; the server checks all.
    const QRegularExpression time(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"));
    QString previousEnd;
    if (settings.periods().empty()) return tr("Give the desk's working hours, e.g. 09:00-12:00, 13:00-18:00.");
    for (const protocol::WorkingPeriod& period : settings.periods()) {
        const QString from = str(period.from());
        const QString to = str(period.to());
        if (!time.match(from).hasMatch() || !time.match(to).hasMatch())
            return tr("Write working hours like 09:00-12:00, separated by commas.");
        if (from >= to) return tr("The period %1-%2 ends before it starts.").arg(from, to);
        if (!previousEnd.isEmpty() && from < previousEnd) return tr("The periods must be in order and must not overlap.");
        previousEnd = to;
    }
    const QRegularExpression monthDay(QStringLiteral("^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"));
    if (!monthDay.match(str(settings.year_end_from())).hasMatch() || !monthDay.match(str(settings.year_end_to())).hasMatch())
        return tr("Write the year-end period's days like 12-15 and 01-31.");
    QSet<QString> rules;
    for (const protocol::SlaRule& rule : settings.rules()) {
        const QString key = str(rule.grade()) + QLatin1Char('/') + str(rule.priority());
        if (rules.contains(key)) return tr("Two rules are for the same grade and priority; remove one.");
        rules.insert(key);
    }
    return {};
}

void SlaSettingsPanel::save() {
    m_error->clearError();
    if (const QString error = problem(edited()); !error.isEmpty()) {
        m_error->setError(error);
        return;
    }
    m_save->setEnabled(false);
    m_model.save(edited(), [this](const client::Reply& reply) {
        m_save->setEnabled(true);
        if (reply.ok()) {
            m_messages.showMessage(MessageBar::Level::Information, tr("Saved. New and open tickets are measured this way from now on."));
            return;
        }
        if (reply.error().code == protocol::CONFLICT) {
            m_messages.showMessage(MessageBar::Level::Warning,
                                   tr("Another administrator saved the service levels meanwhile. Reload to see theirs."),
                                   tr("Reload"), [this] { m_model.load(); });
            return;
        }
        // The server explains what is wrong with the values (e.g. overlapping periods).
        m_error->setError(reply.error().code == protocol::VALIDATION_FAILED
                              ? tr("Not saved: %1").arg(reply.error().detail)
                              : reply.error().userMessage());
    });
}

void SlaSettingsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
