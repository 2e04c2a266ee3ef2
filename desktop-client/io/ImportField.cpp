#include "ImportField.h"

namespace laoke::client::io {

namespace {

struct FieldInfo {
    ImportField field;
    ImportGroup group;
    const char* protocolName;
    const char* displayName;  ///< translated in the "ImportFields" context
};

constexpr FieldInfo kFields[] = {
    {ImportField::Ignore, ImportGroup::None, "", QT_TRANSLATE_NOOP("ImportFields", "(do not import)")},
    {ImportField::CustomerName, ImportGroup::Customer, "name", QT_TRANSLATE_NOOP("ImportFields", "Customer name")},
    {ImportField::ShortName, ImportGroup::Customer, "short_name", QT_TRANSLATE_NOOP("ImportFields", "Short name")},
    {ImportField::CustomerCode, ImportGroup::Customer, "code", QT_TRANSLATE_NOOP("ImportFields", "Customer code")},
    {ImportField::CreditCode, ImportGroup::Customer, "credit_code", QT_TRANSLATE_NOOP("ImportFields", "Unified social credit code")},
    {ImportField::Industry, ImportGroup::Customer, "industry", QT_TRANSLATE_NOOP("ImportFields", "Industry")},
    {ImportField::SizeClass, ImportGroup::Customer, "size_class", QT_TRANSLATE_NOOP("ImportFields", "Company size")},
    {ImportField::Province, ImportGroup::Customer, "province", QT_TRANSLATE_NOOP("ImportFields", "Province")},
    {ImportField::City, ImportGroup::Customer, "city", QT_TRANSLATE_NOOP("ImportFields", "City")},
    {ImportField::District, ImportGroup::Customer, "district", QT_TRANSLATE_NOOP("ImportFields", "District")},
    {ImportField::Address, ImportGroup::Customer, "address", QT_TRANSLATE_NOOP("ImportFields", "Address")},
    {ImportField::Location, ImportGroup::Customer, "location", QT_TRANSLATE_NOOP("ImportFields", "Coordinates (latitude, longitude)")},
    {ImportField::Branch, ImportGroup::Customer, "branch_name", QT_TRANSLATE_NOOP("ImportFields", "Branch")},
    {ImportField::Owner, ImportGroup::Customer, "owner_name", QT_TRANSLATE_NOOP("ImportFields", "Owner (account manager)")},
    {ImportField::Status, ImportGroup::Customer, "status", QT_TRANSLATE_NOOP("ImportFields", "Status")},
    {ImportField::Grade, ImportGroup::Customer, "manual_grade", QT_TRANSLATE_NOOP("ImportFields", "Grade")},
    {ImportField::Source, ImportGroup::Customer, "source", QT_TRANSLATE_NOOP("ImportFields", "Source")},
    {ImportField::ItMaturity, ImportGroup::Customer, "it_maturity", QT_TRANSLATE_NOOP("ImportFields", "IT maturity (1-6)")},
    {ImportField::Notes, ImportGroup::Customer, "notes", QT_TRANSLATE_NOOP("ImportFields", "Notes")},
    {ImportField::ContactName, ImportGroup::Contact, "name", QT_TRANSLATE_NOOP("ImportFields", "Contact name")},
    {ImportField::ContactTitle, ImportGroup::Contact, "title", QT_TRANSLATE_NOOP("ImportFields", "Contact job title")},
    {ImportField::ContactRole, ImportGroup::Contact, "role", QT_TRANSLATE_NOOP("ImportFields", "Contact role")},
    {ImportField::DecisionRole, ImportGroup::Contact, "decision_role", QT_TRANSLATE_NOOP("ImportFields", "Decision role")},
    {ImportField::ContactMobile, ImportGroup::Contact, "mobile", QT_TRANSLATE_NOOP("ImportFields", "Mobile")},
    {ImportField::ContactPhone, ImportGroup::Contact, "phone", QT_TRANSLATE_NOOP("ImportFields", "Phone")},
    {ImportField::ContactWechat, ImportGroup::Contact, "wechat", QT_TRANSLATE_NOOP("ImportFields", "WeChat")},
    {ImportField::ContactEmail, ImportGroup::Contact, "email", QT_TRANSLATE_NOOP("ImportFields", "E-mail")},
    {ImportField::ProductLine, ImportGroup::Product, "product_line", QT_TRANSLATE_NOOP("ImportFields", "Product line")},
    {ImportField::ProductVersion, ImportGroup::Product, "product_version", QT_TRANSLATE_NOOP("ImportFields", "Product version")},
    {ImportField::Modules, ImportGroup::Product, "modules", QT_TRANSLATE_NOOP("ImportFields", "Modules")},
    {ImportField::Seats, ImportGroup::Product, "seats", QT_TRANSLATE_NOOP("ImportFields", "Seats")},
    {ImportField::LicenceType, ImportGroup::Product, "licence_type", QT_TRANSLATE_NOOP("ImportFields", "Licence type")},
    {ImportField::GoLiveOn, ImportGroup::Product, "go_live_on", QT_TRANSLATE_NOOP("ImportFields", "Go-live date")},
    {ImportField::ServiceEndOn, ImportGroup::Product, "service_end_on", QT_TRANSLATE_NOOP("ImportFields", "Service end date")},
};

const FieldInfo& info(ImportField field)
{
    for (const FieldInfo& each : kFields) {
        if (each.field == field) {
            return each;
        }
    }
    return kFields[0];
}

}  // namespace

const QList<ImportField>& ImportFields::all()
{
    static const QList<ImportField> fields = [] {
        QList<ImportField> list;
        for (const FieldInfo& each : kFields) {
            list << each.field;
        }
        return list;
    }();
    return fields;
}

QString ImportFields::displayName(ImportField field)
{
    return tr(info(field).displayName);
}

QString ImportFields::englishName(ImportField field)
{
    return QString::fromLatin1(info(field).displayName);
}

ImportGroup ImportFields::group(ImportField field)
{
    return info(field).group;
}

QString ImportFields::protocolName(ImportField field)
{
    return QString::fromLatin1(info(field).protocolName);
}

ImportField ImportFields::fromProtocolName(ImportGroup group, const QString& name)
{
    // The server and the shared rules may qualify names ("contacts.mobile", "products[0].seats").
    QString last = name.section(QLatin1Char('.'), -1);
    last = last.section(QLatin1Char('['), 0, 0);
    for (const FieldInfo& each : kFields) {
        if (each.group == group && last == QLatin1String(each.protocolName)) {
            return each.field;
        }
    }
    return ImportField::Ignore;
}

}  // namespace laoke::client::io
