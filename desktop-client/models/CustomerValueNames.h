#pragma once
// The one place where the coded values of customers and what hangs from them get their
// translated, user-facing names: GB/T 4754 industry sections (制造业, 批发和零售业 ...),
// statuses, grades (未评级 when there is none), contact roles, contract kinds, service
// states, lifecycle stages and so on. The protocol, the database and laokectl use the stable
// codes of shared/domain/CustomerRules.h; tables, combo boxes and dialogs ask here, so a
// value reads the same everywhere and follows the UI language.

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string>
#include <string_view>

namespace laoke::client {

class CustomerValueNames {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::CustomerValueNames)
public:
    /// Every code of a value set, in the order pickers show them (CustomerRules' order).
    static QList<QString> industries();
    static QList<QString> sizeClasses();
    static QList<QString> regions();
    static QList<QString> sources();
    static QList<QString> statuses();
    static QList<QString> grades();
    static QList<QString> contactRoles();
    static QList<QString> decisionRoles();
    static QList<QString> licenceTypes();
    static QList<QString> contractKinds();
    static QList<QString> paymentStatuses();
    static QList<QString> activityKinds();
    static QList<QString> serviceStates();
    static QList<QString> provinces();

    /// Translated names by code; an unknown code is shown as it is, an empty one as "".
    static QString industry(const QString& code);
    static QString sizeClass(const QString& code);
    static QString region(const QString& code);
    static QString source(const QString& code);
    static QString status(const QString& code);
    /// "A".."E", or "Unrated" (未评级) for "".
    static QString grade(const QString& code);
    static QString contactRole(const QString& code);
    static QString decisionRole(const QString& code);
    static QString licenceType(const QString& code);
    static QString contractKind(const QString& code);
    static QString paymentStatus(const QString& code);
    static QString activityKind(const QString& code);
    static QString serviceState(const QString& code);
    static QString lifecycleStage(const QString& code);
    static QString vendor(const QString& code);
    /// The IT maturity ladder (domain-research.md §4): 1 手工/Excel ... 6 多组织/集成; 0 = unknown.
    static QString itMaturity(int level);

    /// Colours that carry meaning: green in service / active, amber expiring / dormant,
    /// red expired / lost, grey for "nothing". Used as text colour and badge tint.
    static QColor serviceStateColor(const QString& code);
    static QColor lifecycleStageColor(const QString& code);
    static QColor statusColor(const QString& code);
    static QColor gradeColor(const QString& code);
    static QColor paymentStatusColor(const QString& code);
    /// The grey of secondary or inactive text (left contacts, unrated, no service).
    static QColor mutedColor();

    static QString fromStd(std::string_view text) {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    static QString fromStd(const std::string& text) { return QString::fromStdString(text); }
};

}  // namespace laoke::client
