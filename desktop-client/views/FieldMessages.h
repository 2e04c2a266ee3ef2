#pragma once
// Translated explanations of the input rules, by protocol field name ("username",
// "new_password", "code", ...). The shared AccountRules report violations in English for
// logs; the desktop shows these sentences instead, next to the field concerned, both for
// its own inline checks and for VALIDATION_FAILED answers from the server.

#include <QCoreApplication>
#include <QString>

namespace laoke::ui {

class FieldMessages {
    Q_DECLARE_TR_FUNCTIONS(laoke::ui::FieldMessages)
public:
    /// What a valid value of `field` looks like; a generic sentence for unknown fields.
    static QString rule(const QString& field);
    /// The same for a field name as the shared rules spell it.
    static QString rule(const std::string& field) { return rule(QString::fromStdString(field)); }
};

}  // namespace laoke::ui
