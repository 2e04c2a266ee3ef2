#include "CustomerValueNames.h"

#include "domain/CustomerRules.h"

namespace laoke::client {

namespace {

QList<QString> toList(std::span<const std::string_view> codes) {
    QList<QString> list;
    list.reserve(static_cast<qsizetype>(codes.size()));
    for (std::string_view code : codes) list.append(CustomerValueNames::fromStd(code));
    return list;
}

const QColor kGreen(0x1e, 0x8e, 0x4e);
const QColor kAmber(0xc7, 0x77, 0x00);
const QColor kRed(0xc0, 0x39, 0x2b);
const QColor kGrey(0x8a, 0x8f, 0x98);
const QColor kBlue(0x2f, 0x6f, 0xde);
const QColor kDeepBlue(0x1d, 0x4e, 0xa8);
const QColor kTeal(0x0f, 0x7c, 0x86);
const QColor kSlate(0x5b, 0x64, 0x72);

}  // namespace

QList<QString> CustomerValueNames::industries() { return toList(domain::industryCodes()); }
QList<QString> CustomerValueNames::sizeClasses() { return toList(domain::sizeClasses()); }
QList<QString> CustomerValueNames::regions() { return toList(domain::regionCodes()); }
QList<QString> CustomerValueNames::sources() { return toList(domain::customerSources()); }
QList<QString> CustomerValueNames::statuses() { return toList(domain::customerStatuses()); }
QList<QString> CustomerValueNames::grades() { return toList(domain::customerGrades()); }
QList<QString> CustomerValueNames::contactRoles() { return toList(domain::contactRoles()); }
QList<QString> CustomerValueNames::decisionRoles() { return toList(domain::decisionRoles()); }
QList<QString> CustomerValueNames::licenceTypes() { return toList(domain::licenceTypes()); }
QList<QString> CustomerValueNames::contractKinds() { return toList(domain::contractKinds()); }
QList<QString> CustomerValueNames::paymentStatuses() { return toList(domain::paymentStatuses()); }
QList<QString> CustomerValueNames::activityKinds() { return toList(domain::activityKinds()); }
QList<QString> CustomerValueNames::provinces() { return toList(domain::provinces()); }

QList<QString> CustomerValueNames::serviceStates() {
    return {QStringLiteral("in_service"), QStringLiteral("expiring_soon"), QStringLiteral("expired"),
            QStringLiteral("no_service")};
}

QString CustomerValueNames::industry(const QString& code) {
    // GB/T 4754-2017 国民经济行业分类, sections (门类) A to T.
    if (code.isEmpty()) return {};
    switch (code.at(0).toLatin1()) {
    case 'A': return tr("Agriculture, forestry, animal husbandry and fishery");
    case 'B': return tr("Mining");
    case 'C': return tr("Manufacturing");
    case 'D': return tr("Electricity, heat, gas and water supply");
    case 'E': return tr("Construction");
    case 'F': return tr("Wholesale and retail trade");
    case 'G': return tr("Transport, storage and postal services");
    case 'H': return tr("Accommodation and catering");
    case 'I': return tr("Information transmission, software and IT services");
    case 'J': return tr("Finance");
    case 'K': return tr("Real estate");
    case 'L': return tr("Leasing and business services");
    case 'M': return tr("Scientific research and technical services");
    case 'N': return tr("Water conservancy, environment and public facilities");
    case 'O': return tr("Resident services, repair and other services");
    case 'P': return tr("Education");
    case 'Q': return tr("Health and social work");
    case 'R': return tr("Culture, sports and entertainment");
    case 'S': return tr("Public administration, social security and social organisations");
    case 'T': return tr("International organisations");
    default: return code;
    }
}

QString CustomerValueNames::sizeClass(const QString& code) {
    if (code == QLatin1String("large")) return tr("Large");
    if (code == QLatin1String("medium")) return tr("Medium");
    if (code == QLatin1String("small")) return tr("Small");
    if (code == QLatin1String("micro")) return tr("Micro");
    return code;
}

QString CustomerValueNames::region(const QString& code) {
    if (code == QLatin1String("north")) return tr("North China");
    if (code == QLatin1String("northeast")) return tr("Northeast China");
    if (code == QLatin1String("east")) return tr("East China");
    if (code == QLatin1String("central")) return tr("Central China");
    if (code == QLatin1String("south")) return tr("South China");
    if (code == QLatin1String("southwest")) return tr("Southwest China");
    if (code == QLatin1String("northwest")) return tr("Northwest China");
    return code;
}

QString CustomerValueNames::source(const QString& code) {
    if (code == QLatin1String("vendor_assigned")) return tr("Assigned by the vendor");
    if (code == QLatin1String("referral")) return tr("Referral");
    if (code == QLatin1String("self_developed")) return tr("Found ourselves");
    if (code == QLatin1String("marketing")) return tr("Marketing campaign");
    if (code == QLatin1String("exhibition")) return tr("Trade fair");
    if (code == QLatin1String("takeover")) return tr("Taken over from another partner");
    if (code == QLatin1String("other")) return tr("Other");
    return code;
}

QString CustomerValueNames::status(const QString& code) {
    if (code == QLatin1String("active")) return tr("Active");
    if (code == QLatin1String("dormant")) return tr("Dormant");
    if (code == QLatin1String("lost")) return tr("Lost");
    return code;
}

QString CustomerValueNames::grade(const QString& code) {
    if (code.isEmpty()) return tr("Unrated");
    return code;
}

QString CustomerValueNames::contactRole(const QString& code) {
    if (code == QLatin1String("boss")) return tr("Owner / general manager");
    if (code == QLatin1String("finance_director")) return tr("Finance director");
    if (code == QLatin1String("chief_accountant")) return tr("Chief accountant (account set supervisor)");
    if (code == QLatin1String("accountant")) return tr("Accountant");
    if (code == QLatin1String("cashier")) return tr("Cashier");
    if (code == QLatin1String("it")) return tr("IT staff");
    if (code == QLatin1String("business_user")) return tr("Business user");
    return code;
}

QString CustomerValueNames::decisionRole(const QString& code) {
    if (code == QLatin1String("decision_maker")) return tr("Decision maker");
    if (code == QLatin1String("influencer")) return tr("Influencer");
    if (code == QLatin1String("user")) return tr("User", "decision role");
    return code;
}

QString CustomerValueNames::licenceType(const QString& code) {
    if (code == QLatin1String("dongle")) return tr("Dongle");
    if (code == QLatin1String("online")) return tr("Online licence");
    if (code == QLatin1String("offline")) return tr("Offline licence");
    if (code == QLatin1String("saas")) return tr("SaaS");
    return code;
}

QString CustomerValueNames::contractKind(const QString& code) {
    if (code == QLatin1String("licence")) return tr("Licence sale");
    if (code == QLatin1String("annual_service")) return tr("Annual service");
    if (code == QLatin1String("implementation")) return tr("Implementation");
    if (code == QLatin1String("customisation")) return tr("Customisation");
    if (code == QLatin1String("upgrade")) return tr("Upgrade", "contract kind");
    if (code == QLatin1String("training")) return tr("Training", "contract kind");
    if (code == QLatin1String("saas_subscription")) return tr("SaaS subscription");
    return code;
}

QString CustomerValueNames::paymentStatus(const QString& code) {
    if (code == QLatin1String("unpaid")) return tr("Unpaid");
    if (code == QLatin1String("partially_paid")) return tr("Partly paid");
    if (code == QLatin1String("paid")) return tr("Paid");
    return code;
}

QString CustomerValueNames::activityKind(const QString& code) {
    if (code == QLatin1String("visit")) return tr("Visit");
    if (code == QLatin1String("call")) return tr("Call");
    if (code == QLatin1String("wechat")) return tr("WeChat");
    if (code == QLatin1String("training")) return tr("Training", "activity kind");
    if (code == QLatin1String("free_inspection")) return tr("Free inspection");
    if (code == QLatin1String("greeting")) return tr("Greeting");
    if (code == QLatin1String("upgrade_notice")) return tr("Upgrade notice");
    return code;
}

QString CustomerValueNames::serviceState(const QString& code) {
    if (code == QLatin1String("in_service")) return tr("In service");
    if (code == QLatin1String("expiring_soon")) return tr("Expiring soon");
    if (code == QLatin1String("expired")) return tr("Expired");
    if (code == QLatin1String("no_service")) return tr("No service");
    return code;
}

QString CustomerValueNames::lifecycleStage(const QString& code) {
    if (code == QLatin1String("full_support")) return tr("Full support");
    if (code == QLatin1String("limited_support")) return tr("Limited support");
    if (code == QLatin1String("support_stopped")) return tr("Support stopped");
    if (code == QLatin1String("end_of_life")) return tr("End of life");
    return code;
}

QString CustomerValueNames::vendor(const QString& code) {
    if (code == QLatin1String("yonyou")) return tr("Yonyou");
    if (code == QLatin1String("chanjet")) return tr("Chanjet");
    if (code == QLatin1String("kingdee")) return tr("Kingdee");
    return code;
}

QString CustomerValueNames::itMaturity(int level) {
    switch (level) {
    case 1: return tr("1 · Manual / Excel");
    case 2: return tr("2 · Single-PC accounting");
    case 3: return tr("3 · Networked accounting");
    case 4: return tr("4 · Finance and business integrated");
    case 5: return tr("5 · ERP with manufacturing");
    case 6: return tr("6 · Multi-organisation / integrated");
    default: return tr("Unknown");
    }
}

QColor CustomerValueNames::serviceStateColor(const QString& code) {
    if (code == QLatin1String("in_service")) return kGreen;
    if (code == QLatin1String("expiring_soon")) return kAmber;
    if (code == QLatin1String("expired")) return kRed;
    return kGrey;
}

QColor CustomerValueNames::lifecycleStageColor(const QString& code) {
    if (code == QLatin1String("full_support")) return kGreen;
    if (code == QLatin1String("limited_support")) return kAmber;
    if (code == QLatin1String("support_stopped")) return kRed;
    return kGrey;
}

QColor CustomerValueNames::statusColor(const QString& code) {
    if (code == QLatin1String("active")) return kGreen;
    if (code == QLatin1String("dormant")) return kAmber;
    if (code == QLatin1String("lost")) return kRed;
    return kGrey;
}

QColor CustomerValueNames::gradeColor(const QString& code) {
    if (code == QLatin1String("A")) return kDeepBlue;
    if (code == QLatin1String("B")) return kBlue;
    if (code == QLatin1String("C")) return kTeal;
    if (code == QLatin1String("D")) return kAmber;
    if (code == QLatin1String("E")) return kSlate;
    return kGrey;
}

QColor CustomerValueNames::paymentStatusColor(const QString& code) {
    if (code == QLatin1String("paid")) return kGreen;
    if (code == QLatin1String("partially_paid")) return kAmber;
    if (code == QLatin1String("unpaid")) return kRed;
    return kGrey;
}

QColor CustomerValueNames::mutedColor() { return kGrey; }

}  // namespace laoke::client
