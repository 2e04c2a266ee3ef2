#include "ImportMessages.h"

#include "ValueCodes.h"

namespace laoke::client::io {

namespace {

QString rule(ImportField field)
{
    switch (field) {
    case ImportField::CustomerName: return ImportMessages::tr("write the company's full name, 2 to 100 characters");
    case ImportField::ShortName: return ImportMessages::tr("at most 32 characters");
    case ImportField::CustomerCode:
        return ImportMessages::tr("letters, digits and '-', at most 20 characters; leave it empty to get the next code");
    case ImportField::CreditCode:
        return ImportMessages::tr("18 characters of digits and capital letters (I, O, S, V and Z are never used)");
    case ImportField::Province: return ImportMessages::tr("a province such as 广东 or 广东省");
    case ImportField::City:
    case ImportField::District: return ImportMessages::tr("at most 32 characters");
    case ImportField::Address: return ImportMessages::tr("at most 200 characters");
    case ImportField::Location:
        return ImportMessages::tr("two numbers from a map's coordinate picker, such as 116.310316,39.992861, inside China");
    case ImportField::Branch: return ImportMessages::tr("the name or code of a branch; empty means your own branch");
    case ImportField::Owner: return ImportMessages::tr("the name or user name of an active user of the customer's branch");
    case ImportField::Notes: return ImportMessages::tr("at most 4000 characters");
    case ImportField::ContactName: return ImportMessages::tr("the contact's name, at most 32 characters");
    case ImportField::ContactTitle: return ImportMessages::tr("at most 32 characters");
    case ImportField::ContactMobile: return ImportMessages::tr("a mainland mobile number: 11 digits starting with 13 to 19");
    case ImportField::ContactPhone: return ImportMessages::tr("a phone number of 6 to 20 digits and '-', such as 010-62345678");
    case ImportField::ContactWechat: return ImportMessages::tr("at most 64 characters");
    case ImportField::ContactEmail: return ImportMessages::tr("an e-mail address such as name@example.com");
    case ImportField::ProductLine: return ImportMessages::tr("a product line of the catalogue, such as U8+ or KIS专业版");
    case ImportField::ProductVersion: return ImportMessages::tr("a version of that product line in the catalogue");
    case ImportField::Modules: return ImportMessages::tr("modules of that product line in the catalogue, separated by 、");
    case ImportField::Seats: return ImportMessages::tr("a whole number from 0 to 100000");
    case ImportField::GoLiveOn:
    case ImportField::ServiceEndOn: return ImportMessages::tr("a date such as 2024-03-31");
    case ImportField::Industry:
    case ImportField::SizeClass:
    case ImportField::Status:
    case ImportField::Grade:
    case ImportField::Source:
    case ImportField::ItMaturity:
    case ImportField::ContactRole:
    case ImportField::DecisionRole:
    case ImportField::LicenceType:
    case ImportField::Ignore: break;
    }
    return QString();
}

QString columnPrefix(ImportField field)
{
    return field == ImportField::Ignore ? QString() : ImportFields::displayName(field) + QStringLiteral(": ");
}

}  // namespace

QString ImportMessages::forViolation(ImportField field, const QString& protocolName, const QString& englishDetail)
{
    const QString sentence = rule(field);
    if (sentence.isEmpty()) {
        return columnPrefix(field) + (englishDetail.isEmpty() ? protocolName : englishDetail);
    }
    return columnPrefix(field) + sentence;
}

ImportField ImportMessages::fieldOfServerName(const QString& protocolName)
{
    QList<ImportGroup> order{ImportGroup::Customer, ImportGroup::Contact, ImportGroup::Product};
    if (protocolName.startsWith(QLatin1String("contact"))) {
        order = {ImportGroup::Contact, ImportGroup::Customer, ImportGroup::Product};
    } else if (protocolName.startsWith(QLatin1String("product")) || protocolName.startsWith(QLatin1String("installed"))) {
        order = {ImportGroup::Product, ImportGroup::Customer, ImportGroup::Contact};
    }
    for (const ImportGroup group : order) {
        const ImportField field = ImportFields::fromProtocolName(group, protocolName);
        if (field != ImportField::Ignore) {
            return field;
        }
    }
    return ImportField::Ignore;
}

QString ImportMessages::forServerRejection(const QString& protocolName, const QString& englishDetail)
{
    const ImportField field = fieldOfServerName(protocolName);
    const QString sentence = rule(field);
    if (sentence.isEmpty()) {
        return columnPrefix(field) + englishDetail;
    }
    // The server's detail names the value it refused (an unknown product line, a taken code).
    return tr("%1%2 (%3)").arg(columnPrefix(field), sentence, englishDetail);
}

QString ImportMessages::unknownValue(ImportField field, const QString& cell, const QStringList& allowed)
{
    if (field == ImportField::Industry) {
        // Twenty sections are too many to list in a message.
        return tr("%1: \"%2\" is not a GB/T 4754 industry section; write e.g. %3, %4 or the section letter")
            .arg(ImportFields::displayName(field), cell, allowed.value(2), allowed.value(5));
    }
    return tr("%1: \"%2\" is not known; use one of %3")
        .arg(ImportFields::displayName(field), cell, allowed.join(tr(", ")));
}

QString ImportMessages::notADate(ImportField field, const QString& cell)
{
    return tr("%1: \"%2\" is not a date; write it as 2024-03-31").arg(ImportFields::displayName(field), cell);
}

QString ImportMessages::notASeatCount(const QString& cell)
{
    return tr("%1: \"%2\" is not a whole number from 0 to 100000")
        .arg(ImportFields::displayName(ImportField::Seats), cell);
}

QString ImportMessages::itMaturity(const QString& cell)
{
    return tr("%1: \"%2\" is not a level from 1 to 6").arg(ImportFields::displayName(ImportField::ItMaturity), cell);
}

QString ImportMessages::location(const QString& cell)
{
    return tr("%1: \"%2\" is not a latitude and longitude in China (copy them from a map, e.g. 116.310316,39.992861)")
        .arg(ImportFields::displayName(ImportField::Location), cell);
}

QString ImportMessages::customerWithoutName()
{
    return tr("%1 is empty: every customer needs a name").arg(ImportFields::displayName(ImportField::CustomerName));
}

QString ImportMessages::contactWithoutName()
{
    return tr("the row has contact details but no %1").arg(ImportFields::displayName(ImportField::ContactName));
}

QString ImportMessages::productWithoutLine()
{
    return tr("the row has product details but no %1").arg(ImportFields::displayName(ImportField::ProductLine));
}

QString ImportMessages::productWithoutVersion()
{
    return tr("%1 is empty: an installed product needs its version")
        .arg(ImportFields::displayName(ImportField::ProductVersion));
}

QString ImportMessages::licenceTypeMissing()
{
    return tr("%1 is empty: use one of %2")
        .arg(ImportFields::displayName(ImportField::LicenceType),
             ValueCodes::displayNames(CodedField::LicenceType).join(tr(", ")));
}

QString ImportMessages::duplicateSkipped()
{
    return tr("a customer with this name or credit code exists already: skipped");
}

}  // namespace laoke::client::io
