#pragma once
// Translated explanations of the customer rules (shared/domain/CustomerRules), by record
// kind and protocol field name. The shared rules report violations in English for logs and
// laokectl; the customer dialogs show these sentences next to the field concerned, both for
// their own inline checks and for VALIDATION_FAILED answers from the server.

#include <QCoreApplication>
#include <QString>

namespace laoke::ui {

class CustomerFieldMessages {
    Q_DECLARE_TR_FUNCTIONS(laoke::ui::CustomerFieldMessages)
public:
    enum class Kind { Customer, Contact, InstalledProduct, Contract, Activity };

    /// What a valid value of `field` looks like; a generic sentence for unknown fields.
    static QString rule(Kind kind, const QString& field);
    static QString rule(Kind kind, const std::string& field) { return rule(kind, QString::fromStdString(field)); }
    /// For ALREADY_EXISTS answers: which unique value is taken.
    static QString taken(Kind kind, const QString& field);

private:
    static QString atMost(int characters);
    static QString dateFormat();
    static QString chooseFromList();
};

}  // namespace laoke::ui
