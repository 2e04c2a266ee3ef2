#pragma once
// The administrator's editor for how tickets are measured: the desk's working hours and
// coverage (5x8 or 7x8), the accounting close periods that raise a ticket's priority, and the
// SLA targets by customer grade and priority, in working hours (0 = no target).

#include "laoke.pb.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace laoke::client {
class ServiceLevelsModel;
}

namespace laoke::ui {

class InlineErrorLabel;
class MessageBar;

class SlaSettingsPanel : public QWidget {
    Q_OBJECT
public:
    SlaSettingsPanel(client::ServiceLevelsModel& model, MessageBar& messages, QWidget* parent = nullptr);

    /// What the editor holds now, as it would be saved.
    protocol::ServiceSettings edited() const;
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void show(const protocol::ServiceSettings& settings);
    void addRuleRow(const protocol::SlaRule& rule);
    /// What is wrong with `settings` (translated), or "".
    QString problem(const protocol::ServiceSettings& settings) const;

    client::ServiceLevelsModel& m_model;
    MessageBar& m_messages;
    QLabel* m_hoursTitle;
    QLabel* m_periodsLabel;
    QLineEdit* m_periods;
    QLabel* m_coverageLabel;
    QComboBox* m_coverage;
    QLabel* m_closeTitle;
    QCheckBox* m_raise;
    QLabel* m_monthEndLabel;
    QSpinBox* m_monthEnd;
    QLabel* m_monthStartLabel;
    QSpinBox* m_monthStart;
    QLabel* m_yearEndLabel;
    QLineEdit* m_yearEndFrom;
    QLineEdit* m_yearEndTo;
    QLabel* m_rulesTitle;
    QLabel* m_rulesHint;
    QTableWidget* m_rules;
    QPushButton* m_addRule;
    QPushButton* m_removeRule;
    InlineErrorLabel* m_error;
    QPushButton* m_save;
};

}  // namespace laoke::ui
