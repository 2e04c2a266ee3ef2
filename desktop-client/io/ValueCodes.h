#pragma once
// The coded fields of customers, contacts and installed products as people write them in a
// spreadsheet ("制造业", "中型", "活跃", "加密狗", "Manufacturing", "C") and as the protocol
// stores them ("C", "medium", "active", "dongle"), plus their display names for exports.
// Recognition does not depend on the UI language: Chinese names, their common short forms,
// the English names and the codes themselves are all accepted.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace laoke::client::io {

enum class CodedField {
    Industry,      ///< GB/T 4754 section letter A..T
    SizeClass,     ///< large, medium, small, micro
    Status,        ///< active, dormant, lost
    Grade,         ///< A..E
    Source,        ///< vendor_assigned, referral, ...
    ContactRole,   ///< boss, finance_director, ...
    DecisionRole,  ///< decision_maker, influencer, user
    LicenceType,   ///< dongle, online, offline, saas
    ServiceState,  ///< in_service, expiring_soon, expired, no_service (exports only)
};

class ValueCodes {
    Q_DECLARE_TR_FUNCTIONS(ValueCodes)
public:
    /// The code for a cell's text: "" for an empty cell, nullopt when nothing matches.
    static std::optional<QString> codeFor(CodedField field, const QString& cell);
    /// The translated display name of a code (the code itself when unknown, "" for "").
    static QString displayName(CodedField field, const QString& code);
    /// Display names of all codes, for "use one of ..." messages.
    static QStringList displayNames(CodedField field);
};

}  // namespace laoke::client::io
