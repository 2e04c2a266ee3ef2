#include "CallbackRecordPanel.h"

#include "CallbackNames.h"
#include "InlineErrorLabel.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {
constexpr int kMaxComment = 1000;
constexpr int kComplaintScore = 2;  // engine/CallbackRules kComplaintSatisfaction
}

CallbackRecordPanel::CallbackRecordPanel(QWidget* parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_contact(new QLabel(this)),
      m_details(new QLabel(this)),
      m_solution(new QLabel(this)),
      m_outcomeLabel(new QLabel(this)),
      m_outcomes(new QButtonGroup(this)),
      m_scoreLabel(new QLabel(this)),
      m_scores(new QButtonGroup(this)),
      m_commentLabel(new QLabel(this)),
      m_comment(new QPlainTextEdit(this)),
      m_complaint(new QCheckBox(this)),
      m_escalation(new QLabel(this)),
      m_error(new InlineErrorLabel(this)),
      m_record(new QPushButton(this)),
      m_form(new QWidget(this)) {
    setObjectName(QStringLiteral("callbackRecordPanel"));
    Theme::makeHeading(m_title);
    m_title->setWordWrap(true);
    m_contact->setObjectName(QStringLiteral("callbackContact"));
    m_contact->setStyleSheet(QStringLiteral("font-size:12pt; font-weight:600;"));
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    Theme::makeHint(m_details);
    m_solution->setWordWrap(true);
    m_solution->setObjectName(QStringLiteral("callbackSolution"));
    m_comment->setObjectName(QStringLiteral("callbackComment"));
    m_comment->setMaximumHeight(90);
    m_complaint->setObjectName(QStringLiteral("callbackComplaintCheck"));
    m_escalation->setObjectName(QStringLiteral("callbackEscalationHint"));
    m_escalation->setWordWrap(true);
    m_escalation->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_record->setObjectName(QStringLiteral("recordCallbackButton"));
    Theme::makePrimary(m_record);
    // The chosen outcome and score must stand out at a glance while the caller is on the line.
    m_form->setStyleSheet(QStringLiteral("QPushButton:checked { background:#1d4ea8; color:white; border-color:#1d4ea8; }"));

    auto* outcomeRow = new QHBoxLayout;
    for (const QString& code : client::CallbackNames::outcomes()) {
        auto* button = new QPushButton(m_form);
        button->setObjectName(QStringLiteral("outcomeButton_") + code);
        button->setCheckable(true);
        button->setProperty("outcome", code);
        m_outcomes->addButton(button);
        outcomeRow->addWidget(button);
    }
    outcomeRow->addStretch(1);
    auto* scoreRow = new QHBoxLayout;
    for (int score = 1; score <= 5; ++score) {
        auto* button = new QPushButton(QString::number(score), m_form);
        button->setObjectName(QStringLiteral("scoreButton_%1").arg(score));
        button->setCheckable(true);
        button->setFixedWidth(44);
        m_scores->addButton(button, score);
        scoreRow->addWidget(button);
    }
    scoreRow->addStretch(1);

    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 8, 0, 0);
    form->addWidget(m_outcomeLabel);
    form->addLayout(outcomeRow);
    form->addWidget(m_scoreLabel);
    form->addLayout(scoreRow);
    form->addWidget(m_commentLabel);
    form->addWidget(m_comment);
    form->addWidget(m_complaint);
    form->addWidget(m_escalation);
    form->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    form->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_contact);
    layout->addWidget(m_details);
    layout->addWidget(m_solution);
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_outcomes, &QButtonGroup::buttonClicked, this, &CallbackRecordPanel::updateForm);
    connect(m_scores, &QButtonGroup::idClicked, this, &CallbackRecordPanel::updateForm);
    connect(m_complaint, &QCheckBox::toggled, this, &CallbackRecordPanel::updateForm);
    connect(m_record, &QPushButton::clicked, this, &CallbackRecordPanel::submit);
    retranslate();
    showCallback(nullptr);
}

void CallbackRecordPanel::showCallback(const protocol::Callback* callback) {
    if (callback && m_hasCallback && callback->id() == m_callback.id()) return;
    resetTo(callback);
}

void CallbackRecordPanel::resetTo(const protocol::Callback* callback) {
    m_hasCallback = callback != nullptr;
    m_callback = callback ? *callback : protocol::Callback();
    m_error->clearError();
    for (QAbstractButton* button : {m_outcomes->checkedButton(), m_scores->checkedButton()}) {
        if (!button) continue;
        button->group()->setExclusive(false);
        button->setChecked(false);
        button->group()->setExclusive(true);
    }
    m_comment->clear();
    m_complaint->setChecked(false);
    retranslate();
}

void CallbackRecordPanel::retranslate() {
    m_outcomeLabel->setText(tr("How did the call go?"));
    for (QAbstractButton* button : m_outcomes->buttons()) {
        button->setText(client::CallbackNames::outcome(button->property("outcome").toString()));
    }
    m_scoreLabel->setText(tr("Satisfaction (1 very unhappy … 5 very satisfied)"));
    m_commentLabel->setText(tr("What the customer said"));
    m_comment->setPlaceholderText(tr("e.g. the period closes now; the engineer was patient"));
    m_complaint->setText(tr("The customer complains"));
    m_record->setText(tr("Record call"));
    m_form->setVisible(m_hasCallback);
    if (!m_hasCallback) {
        m_title->setText(tr("Choose a callback in the queue"));
        m_contact->clear();
        m_details->setText(tr("Call the customer back after a ticket is resolved: ask whether the problem is solved "
                              "and how satisfied they are."));
        m_solution->clear();
        return;
    }
    const protocol::Callback& c = m_callback;
    m_title->setText(tr("%1 · %2").arg(QString::fromStdString(c.ticket_number()), QString::fromStdString(c.customer_name())));
    m_contact->setText(c.contact_name().empty()
                           ? tr("No contact on file: find the number in the customer's record")
                           : tr("Call %1 · %2").arg(QString::fromStdString(c.contact_name()), QString::fromStdString(c.contact_phone())));
    QString details = tr("Subject: %1").arg(QString::fromStdString(c.ticket_subject())) + QLatin1Char('\n');
    details += tr("Resolved %1 by %2 · %3")
                   .arg(QDateTime::fromSecsSinceEpoch(c.resolved_at_unix()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QString::fromStdString(c.engineer_name()), client::CallbackNames::reason(QString::fromStdString(c.reason())));
    if (c.attempts() > 0) {
        details += QLatin1Char('\n') + tr("%n call(s) so far, the last %1: %2", nullptr, c.attempts())
                                           .arg(QDateTime::fromSecsSinceEpoch(c.last_attempt_at_unix()).toString(QStringLiteral("MM-dd HH:mm")),
                                                client::CallbackNames::outcome(QString::fromStdString(c.last_outcome())));
    }
    m_details->setText(details);
    m_solution->setText(tr("Solution: %1").arg(QString::fromStdString(c.solution())));
    updateForm();
}

QString CallbackRecordPanel::outcome() const {
    return m_outcomes->checkedButton() ? m_outcomes->checkedButton()->property("outcome").toString() : QString();
}

void CallbackRecordPanel::updateForm() {
    const QString chosen = outcome();
    const bool reached = chosen == QLatin1String("reached");
    const bool spoke = reached || chosen == QLatin1String("refused");
    for (QAbstractButton* button : m_scores->buttons()) button->setEnabled(reached);
    m_comment->setEnabled(!chosen.isEmpty());
    m_complaint->setEnabled(spoke);
    if (!spoke) m_complaint->setChecked(false);
    const int score = reached ? m_scores->checkedId() : -1;
    const bool escalates = m_complaint->isChecked() || (score >= 1 && score <= kComplaintScore);
    m_escalation->setText(escalates ? tr("A complaint case will be opened for the branch manager.") : QString());
    m_escalation->setVisible(escalates);
    m_record->setEnabled(!chosen.isEmpty() && (!reached || score >= 1));
}

void CallbackRecordPanel::submit() {
    const QString chosen = outcome();
    if (chosen.isEmpty()) {
        m_error->setError(tr("Choose how the call went."));
        return;
    }
    if (chosen == QLatin1String("reached") && m_scores->checkedId() < 1) {
        m_error->setError(tr("Give the customer's satisfaction from 1 to 5."));
        return;
    }
    const QString comment = m_comment->toPlainText().trimmed();
    if (comment.size() > kMaxComment) {
        m_error->setError(tr("The comment is at most %1 characters.").arg(kMaxComment));
        return;
    }
    m_error->clearError();
    protocol::RecordCallbackRequest call;
    call.set_callback_id(m_callback.id());
    call.set_expected_version(m_callback.version());
    call.set_outcome(chosen.toStdString());
    call.set_satisfaction(chosen == QLatin1String("reached") ? m_scores->checkedId() : 0);
    call.set_comment(comment.toStdString());
    call.set_complaint(m_complaint->isEnabled() && m_complaint->isChecked());
    emit recordRequested(call);
}

void CallbackRecordPanel::setBusy(bool busy) { m_record->setEnabled(!busy); }

void CallbackRecordPanel::showError(const QString& message) { m_error->setError(message); }

void CallbackRecordPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
