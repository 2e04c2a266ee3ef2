#include "ImportRowReader.h"

#include "CellValues.h"
#include "ImportMessages.h"
#include "ValueCodes.h"
#include "domain/CustomerRules.h"
#include "domain/GeoLocation.h"

namespace laoke::client::io {

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

/// "广东省" / "广东" / "内蒙古自治区" -> the short name the rules use; unknown text unchanged.
QString provinceName(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    for (const std::string_view province : domain::provinces()) {
        const QString name = QString::fromUtf8(province.data(), static_cast<qsizetype>(province.size()));
        if (text.startsWith(name)) {
            return name;
        }
    }
    return text;
}

}  // namespace

ImportRowReader::ImportRowReader(const QStringList& cells, const ColumnMapping& mapping, int rowNumber,
                                 const CatalogueMatcher* catalogue)
    : m_cells(cells), m_mapping(mapping), m_rowNumber(rowNumber), m_catalogue(catalogue)
{
}

QString ImportRowReader::text(ImportField field) const
{
    const qsizetype column = m_mapping.columnOf(field);
    return column < 0 ? QString() : CellValues::clean(m_cells.value(column));
}

bool ImportRowReader::hasAny(ImportGroup group) const
{
    for (qsizetype column = 0; column < m_mapping.columnCount(); ++column) {
        const ImportField field = m_mapping.field(column);
        if (ImportFields::group(field) == group && !CellValues::clean(m_cells.value(column)).isEmpty()) {
            return true;
        }
    }
    return false;
}

void ImportRowReader::problem(ImportField field, const QString& message)
{
    m_problems << RowProblem{m_rowNumber, field, message};
}

void ImportRowReader::columnProblem(ImportField field, const QString& message)
{
    problem(field, ImportFields::displayName(field) + QStringLiteral(": ") + message);
}

QString ImportRowReader::coded(ImportField field, CodedField kind)
{
    const QString cell = text(field);
    const auto code = ValueCodes::codeFor(kind, cell);
    if (!code) {
        problem(field, ImportMessages::unknownValue(field, cell, ValueCodes::displayNames(kind)));
        return QString();
    }
    return *code;
}

QString ImportRowReader::date(ImportField field)
{
    const QString cell = text(field);
    const auto value = CellValues::isoDate(cell);
    if (!value) {
        problem(field, ImportMessages::notADate(field, cell));
        return QString();
    }
    return *value;
}

void ImportRowReader::violation(ImportGroup group, const std::optional<domain::RuleViolation>& violation)
{
    if (!violation) {
        return;
    }
    const QString name = QString::fromStdString(violation->field);
    const ImportField field = ImportFields::fromProtocolName(group, name);
    for (const RowProblem& known : m_problems) {
        if (known.rowNumber == m_rowNumber && known.field == field && field != ImportField::Ignore) {
            return;  // already explained in the file's own terms
        }
    }
    problem(field, ImportMessages::forViolation(field, name, QString::fromStdString(violation->message)));
}

protocol::Customer ImportRowReader::customer()
{
    protocol::Customer customer;
    customer.set_name(str(text(ImportField::CustomerName)));
    customer.set_short_name(str(text(ImportField::ShortName)));
    customer.set_code(str(text(ImportField::CustomerCode)));
    QString credit = text(ImportField::CreditCode).toUpper();
    credit.remove(QLatin1Char(' '));
    customer.set_credit_code(str(credit));
    customer.set_industry(str(coded(ImportField::Industry, CodedField::Industry)));
    customer.set_size_class(str(coded(ImportField::SizeClass, CodedField::SizeClass)));
    const QString province = provinceName(text(ImportField::Province));
    customer.set_province(str(province));
    customer.set_region(std::string(domain::regionOfProvince(str(province))));
    customer.set_city(str(text(ImportField::City)));
    customer.set_district(str(text(ImportField::District)));
    customer.set_address(str(text(ImportField::Address)));
    const QString location = text(ImportField::Location);
    if (!location.isEmpty()) {
        if (const auto point = domain::parseLocation(str(location))) {
            *customer.mutable_location() = *point;
        } else {
            problem(ImportField::Location, ImportMessages::location(location));
        }
    }
    customer.set_branch_name(str(text(ImportField::Branch)));
    customer.set_owner_name(str(text(ImportField::Owner)));
    const QString status = coded(ImportField::Status, CodedField::Status);
    customer.set_status(status.isEmpty() ? "active" : str(status));
    customer.set_manual_grade(str(coded(ImportField::Grade, CodedField::Grade)));
    customer.set_source(str(coded(ImportField::Source, CodedField::Source)));
    const QString maturity = text(ImportField::ItMaturity);
    if (!maturity.isEmpty()) {
        const auto level = CellValues::count(maturity);
        if (!level || *level < 1 || *level > 6) {
            problem(ImportField::ItMaturity, ImportMessages::itMaturity(maturity));
        } else {
            customer.set_it_maturity(*level);
        }
    }
    customer.set_notes(str(text(ImportField::Notes)));
    domain::trimCustomer(customer);
    // branch_id 0 asks the server for the importing user's branch; the rules want a branch,
    // so the check sees one and reports the fields the file can actually fix.
    protocol::Customer checked = customer;
    checked.set_branch_id(1);
    violation(ImportGroup::Customer, domain::checkCustomer(checked));
    return customer;
}

protocol::Contact ImportRowReader::contact()
{
    protocol::Contact contact;
    contact.set_name(str(text(ImportField::ContactName)));
    const QString title = text(ImportField::ContactTitle);
    contact.set_title(str(title));
    QString role = coded(ImportField::ContactRole, CodedField::ContactRole);
    if (role.isEmpty() && !text(ImportField::ContactRole).isEmpty()) {
        role = QStringLiteral("business_user");  // unknown role: already reported
    }
    if (role.isEmpty()) {
        // A job title often names the role ("财务经理", "出纳"); else an ordinary user.
        role = ValueCodes::codeFor(CodedField::ContactRole, title).value_or(QString());
        if (role.isEmpty()) {
            role = QStringLiteral("business_user");
        }
    }
    contact.set_role(str(role));
    QString decision = coded(ImportField::DecisionRole, CodedField::DecisionRole);
    if (decision.isEmpty()) {
        decision = role == u"boss" ? QStringLiteral("decision_maker") : QStringLiteral("user");
    }
    contact.set_decision_role(str(decision));

    // People put a landline under 手机 and a mobile under 电话; each goes where it belongs.
    QString mobile = CellValues::phone(text(ImportField::ContactMobile));
    QString phone = CellValues::phone(text(ImportField::ContactPhone));
    // A landline starts with an area code (0...) or is a 400/800 hotline; a mistyped mobile
    // (ten digits starting with 1) stays where it is, to be reported.
    const bool landlineUnderMobile = mobile.startsWith(QLatin1Char('0')) || mobile.contains(QLatin1Char('-'))
        || mobile.startsWith(QStringLiteral("400")) || mobile.startsWith(QStringLiteral("800"));
    if (!mobile.isEmpty() && phone.isEmpty() && landlineUnderMobile && domain::isPhoneNumber(str(mobile))) {
        std::swap(mobile, phone);
    } else if (!phone.isEmpty() && mobile.isEmpty() && domain::isMobileNumber(str(phone))) {
        std::swap(mobile, phone);
    }
    contact.set_mobile(str(mobile));
    contact.set_phone(str(phone));
    contact.set_wechat(str(text(ImportField::ContactWechat)));
    contact.set_email(str(text(ImportField::ContactEmail)));
    domain::trimContact(contact);
    if (contact.name().empty()) {
        problem(ImportField::ContactName, ImportMessages::contactWithoutName());
    } else {
        violation(ImportGroup::Contact, domain::checkContact(contact));
    }
    return contact;
}

protocol::ImportedProduct ImportRowReader::product()
{
    protocol::ImportedProduct product;
    product.set_product_line(str(text(ImportField::ProductLine)));
    product.set_product_version(str(text(ImportField::ProductVersion)));
    QStringList modules = CellValues::list(text(ImportField::Modules));
    if (product.product_line().empty()) {
        problem(ImportField::ProductLine, ImportMessages::productWithoutLine());
    } else if (product.product_version().empty()) {
        problem(ImportField::ProductVersion, ImportMessages::productWithoutVersion());
    } else if (m_catalogue) {
        const CatalogueMatcher::Match match = m_catalogue->match(text(ImportField::ProductLine),
                                                               text(ImportField::ProductVersion), modules);
        switch (match.field) {
        case CatalogueMatcher::Match::Field::None:
            product.set_product_line(str(match.line));
            product.set_product_version(str(match.version));
            modules = match.modules;
            break;
        case CatalogueMatcher::Match::Field::Line: columnProblem(ImportField::ProductLine, match.problem); break;
        case CatalogueMatcher::Match::Field::Version:
            columnProblem(ImportField::ProductVersion, match.problem);
            break;
        case CatalogueMatcher::Match::Field::Modules: columnProblem(ImportField::Modules, match.problem); break;
        }
    }
    for (const QString& module : modules) {
        product.add_modules(str(module));
    }
    const QString seats = text(ImportField::Seats);
    const auto count = CellValues::count(seats);
    if (!count || *count > 100000) {
        problem(ImportField::Seats, ImportMessages::notASeatCount(seats));
    } else {
        product.set_seats(*count);
    }
    product.set_licence_type(str(coded(ImportField::LicenceType, CodedField::LicenceType)));
    product.set_go_live_on(str(date(ImportField::GoLiveOn)));
    product.set_service_end_on(str(date(ImportField::ServiceEndOn)));
    if (product.licence_type().empty() && text(ImportField::LicenceType).isEmpty()) {
        problem(ImportField::LicenceType, ImportMessages::licenceTypeMissing());
    }
    return product;
}

}  // namespace laoke::client::io
