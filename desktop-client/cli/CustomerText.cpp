#include "CustomerText.h"
#include "CustomerValueNames.h"

#include "Records.h"
#include "TableOutput.h"
#include "ValueCodes.h"
#include "domain/GeoLocation.h"

#include <QDateTime>

namespace laoke::client::cli {

namespace {

using io::CodedField;
using io::ValueCodes;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString orDash(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("-") : value;
}

QString heading(const QString& title)
{
    return QLatin1Char('\n') + title + QLatin1Char('\n');
}

QString profile(const protocol::Customer& c)
{
    TableOutput table;
    auto add = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            table.addRow({label, value});
        }
    };
    add(CustomerText::tr("Code"), text(c.code()));
    add(CustomerText::tr("Short name"), text(c.short_name()));
    add(CustomerText::tr("Credit code"), text(c.credit_code()));
    add(CustomerText::tr("Industry"), ValueCodes::displayName(CodedField::Industry, text(c.industry())));
    add(CustomerText::tr("Size"), ValueCodes::displayName(CodedField::SizeClass, text(c.size_class())));
    QStringList place;
    for (const std::string* part : {&c.province(), &c.city(), &c.district()}) {
        if (!part->empty()) {
            place << text(*part);
        }
    }
    add(CustomerText::tr("Location"), place.join(QLatin1Char(' ')));
    add(CustomerText::tr("Address"), text(c.address()));
    if (c.has_location()) add(CustomerText::tr("Coordinates"), text(domain::locationText(c.location())));
    add(CustomerText::tr("Branch"), text(c.branch_name()));
    add(CustomerText::tr("Owner"), text(c.owner_name()));
    add(CustomerText::tr("Status"), ValueCodes::displayName(CodedField::Status, text(c.status())));
    add(CustomerText::tr("Grade"), c.manual_grade().empty() ? CustomerText::tr("unrated") : text(c.manual_grade()));
    add(CustomerText::tr("Source"), ValueCodes::displayName(CodedField::Source, text(c.source())));
    if (c.it_maturity() > 0) {
        add(CustomerText::tr("IT maturity"), QString::number(c.it_maturity()));
    }
    add(CustomerText::tr("Notes"), text(c.notes()));
    if (c.archived()) {
        add(CustomerText::tr("Archived"), CustomerText::tr("yes"));
    }
    add(CustomerText::tr("Updated"), QStringLiteral("%1 (%2)").arg(Records::timeText(c.updated_at_unix()),
                                                               orDash(text(c.updated_by_name()))));
    return table.render();
}

QString contacts(const protocol::Customer360& view)
{
    TableOutput table({CustomerText::tr("NAME"), CustomerText::tr("TITLE"), CustomerText::tr("ROLE"),
                       CustomerText::tr("MOBILE"), CustomerText::tr("PHONE"), CustomerText::tr("WECHAT"),
                       CustomerText::tr("E-MAIL"), CustomerText::tr("STATUS")});
    for (const protocol::Contact& contact : view.contacts()) {
        QString role = ValueCodes::displayName(CodedField::ContactRole, text(contact.role()));
        if (contact.is_key()) {
            role += CustomerText::tr(" (key)");
        }
        table.addRow({text(contact.name()), orDash(text(contact.title())), role, orDash(text(contact.mobile())),
                      orDash(text(contact.phone())), orDash(text(contact.wechat())), orDash(text(contact.email())),
                      contact.left_on().empty() ? CustomerText::tr("active")
                                                : CustomerText::tr("left %1").arg(text(contact.left_on()))});
    }
    return table.render();
}

QString installedBase(const protocol::Customer360& view)
{
    TableOutput table({CustomerText::tr("PRODUCT"), CustomerText::tr("VERSION"), CustomerText::tr("LIFECYCLE"),
                       CustomerText::tr("MODULES"), CustomerText::tr("SEATS"), CustomerText::tr("LICENCE"),
                       CustomerText::tr("GO-LIVE"), CustomerText::tr("SERVICE END"), CustomerText::tr("SERVICE")});
    for (const protocol::InstalledProduct& product : view.installed_products()) {
        QStringList modules;
        for (const std::string& module : product.module_names()) {
            modules << text(module);
        }
        QString service = ValueCodes::displayName(CodedField::ServiceState, text(product.service_state()));
        if (product.service_state() != "no_service" && !product.service_state().empty()) {
            const int days = product.service_days_left();
            service += days < 0 ? CustomerText::tr(" (%n day(s) ago)", nullptr, -days)
                                : CustomerText::tr(" (%n day(s) left)", nullptr, days);
        }
        table.addRow({text(product.product_line_name()), text(product.product_version_name()),
                      orDash(CustomerValueNames::lifecycleStage(text(product.lifecycle_stage()))), orDash(modules.join(QStringLiteral("、"))),
                      QString::number(product.seats()),
                      ValueCodes::displayName(CodedField::LicenceType, text(product.licence_type())),
                      orDash(text(product.go_live_on())), orDash(text(product.service_end_on())), service});
    }
    return table.render();
}

QString contracts(const protocol::Customer360& view)
{
    TableOutput table({CustomerText::tr("NUMBER"), CustomerText::tr("KIND"), CustomerText::tr("AMOUNT"),
                       CustomerText::tr("START"), CustomerText::tr("END"), CustomerText::tr("PAYMENT"),
                       CustomerText::tr("SERVICE")});
    for (const protocol::Contract& contract : view.contracts()) {
        table.addRow({text(contract.number()), CustomerValueNames::contractKind(text(contract.kind())),
                      CustomerText::yuan(contract.amount_fen()), orDash(text(contract.starts_on())),
                      orDash(text(contract.ends_on())), CustomerValueNames::paymentStatus(text(contract.payment_status())),
                      orDash(ValueCodes::displayName(CodedField::ServiceState, text(contract.service_state())))});
    }
    return table.render();
}

QString activities(const protocol::Customer360& view)
{
    TableOutput table({CustomerText::tr("WHEN"), CustomerText::tr("KIND"), CustomerText::tr("BY"),
                       CustomerText::tr("CONTACT"), CustomerText::tr("SUMMARY"), CustomerText::tr("NEXT STEP")});
    for (const protocol::Activity& activity : view.recent_activities()) {
        QString next = text(activity.next_step());
        if (!activity.next_step_on().empty()) {
            next += CustomerText::tr(" (%1)").arg(text(activity.next_step_on()));
        }
        QString summary = text(activity.summary());
        summary.replace(QLatin1Char('\n'), QLatin1Char(' '));
        table.addRow({Records::timeText(activity.occurred_at_unix()), CustomerValueNames::activityKind(text(activity.kind())),
                      text(activity.by_user_name()), orDash(text(activity.contact_name())), summary, orDash(next)});
    }
    return table.render();
}

}  // namespace

QString CustomerText::view360(const protocol::Customer360& view)
{
    const protocol::Customer& customer = view.customer();
    QString out = text(customer.name()) + QLatin1Char('\n') + profile(customer);
    out += heading(tr("Contacts (%1)").arg(view.contacts_size()));
    out += view.contacts_size() ? contacts(view) : tr("none") + QLatin1Char('\n');
    out += heading(tr("Installed products (%1)").arg(view.installed_products_size()));
    out += view.installed_products_size() ? installedBase(view) : tr("none") + QLatin1Char('\n');
    out += heading(tr("Contracts (%1)").arg(view.contracts_size()));
    out += view.contracts_size() ? contracts(view) : tr("none") + QLatin1Char('\n');
    out += heading(tr("Recent activities (%1 of %2)").arg(view.recent_activities_size()).arg(view.activity_count()));
    out += view.recent_activities_size() ? activities(view) : tr("none") + QLatin1Char('\n');
    return out;
}

QString CustomerText::yuan(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    QString whole = QString::number(magnitude / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3) {
        whole.insert(i, QLatin1Char(','));
    }
    return QStringLiteral("%1¥%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace laoke::client::cli
