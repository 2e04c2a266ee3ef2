#pragma once
// The things a column of an import file can hold: customer fields, one contact's fields and
// one installed product's fields (a customer with several contacts or products takes one
// row each, repeating the customer's name), or nothing (Ignore).

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace laoke::client::io {

enum class ImportField {
    Ignore,
    // Customer
    CustomerName, ShortName, CustomerCode, CreditCode, Industry, SizeClass, Province, City, District,
    Address, Location, Branch, Owner, Status, Grade, Source, ItMaturity, Notes,
    // Contact
    ContactName, ContactTitle, ContactRole, DecisionRole, ContactMobile, ContactPhone, ContactWechat,
    ContactEmail,
    // Installed product
    ProductLine, ProductVersion, Modules, Seats, LicenceType, GoLiveOn, ServiceEndOn,
};

enum class ImportGroup { None, Customer, Contact, Product };

class ImportFields {
    Q_DECLARE_TR_FUNCTIONS(ImportFields)
public:
    /// Every field in the order the mapping step offers them (Ignore first).
    static const QList<ImportField>& all();
    /// Translated name shown in the mapping step and in error reports ("客户名称").
    static QString displayName(ImportField field);
    /// The untranslated (English) display name.
    static QString englishName(ImportField field);
    static ImportGroup group(ImportField field);
    /// The protocol field it fills ("name", "credit_code", "mobile", "service_end_on" ...).
    static QString protocolName(ImportField field);
    /// The import field for a protocol field name of `group` (Ignore when there is none).
    static ImportField fromProtocolName(ImportGroup group, const QString& name);
};

}  // namespace laoke::client::io
