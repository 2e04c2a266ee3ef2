#include "CustomerFieldMessages.h"

namespace laoke::ui {

QString CustomerFieldMessages::atMost(int characters) {
    return tr("Use at most %n character(s).", nullptr, characters);
}

QString CustomerFieldMessages::dateFormat() {
    return tr("Write the date as YYYY-MM-DD, e.g. 2025-06-30, or leave it empty.");
}

QString CustomerFieldMessages::chooseFromList() {
    return tr("Choose a value from the list.");
}

QString CustomerFieldMessages::rule(Kind kind, const QString& field) {
    auto is = [&field](const char* name) { return field == QLatin1String(name); };
    switch (kind) {
    case Kind::Customer:
        if (is("name")) return tr("Enter the company's full name: 2 to 100 characters.");
        if (is("code")) return tr("Use at most 20 letters, digits or '-'; leave it empty for the next free code.");
        if (is("short_name")) return atMost(32);
        if (is("credit_code"))
            return tr("A unified social credit code has 18 characters: digits and capital letters except I, O, S, V "
                      "and Z.");
        if (is("province")) return atMost(16);
        if (is("city") || is("district")) return atMost(32);
        if (is("address")) return atMost(200);
        if (is("location"))
            return tr("Paste the latitude and longitude from a map, e.g. 116.310316,39.992861 (either order, inside "
                      "China), or leave it empty.");
        if (is("notes")) return atMost(4000);
        if (is("branch_id")) return tr("Choose the branch that serves this customer.");
        if (is("owner_id")) return tr("Choose an account manager of the customer's branch.");
        if (is("status")) return tr("Choose the customer's status.");
        if (is("industry") || is("size_class") || is("region") || is("source") || is("manual_grade") ||
            is("it_maturity"))
            return chooseFromList();
        break;
    case Kind::Contact:
        if (is("name")) return tr("Enter the contact's name: at most 32 characters.");
        if (is("title")) return atMost(32);
        if (is("role")) return tr("Choose the contact's role.");
        if (is("decision_role")) return tr("Choose the contact's part in decisions.");
        if (is("mobile")) return tr("A mobile number has 11 digits and starts with 13 to 19, e.g. 13812345678.");
        if (is("phone")) return tr("Use 6 to 20 digits or '-', e.g. 010-62345678.");
        if (is("wechat")) return atMost(64);
        if (is("email")) return tr("Enter an e-mail address such as wang.fang@example.com.");
        if (is("left_on")) return dateFormat();
        if (is("notes")) return atMost(1000);
        break;
    case Kind::InstalledProduct:
        if (is("product_version_id")) return tr("Choose the product and its version.");
        if (is("module_ids")) return tr("Choose only modules of this product line.");
        if (is("seats")) return tr("Seats must be between 0 and 100,000.");
        if (is("licence_type")) return tr("Choose the licence type.");
        if (is("go_live_on") || is("service_end_on")) return dateFormat();
        if (is("server_notes")) return atMost(1000);
        break;
    case Kind::Contract:
        if (is("kind")) return tr("Choose the kind of contract.");
        if (is("number")) return tr("Enter the contract number: at most 40 characters.");
        if (is("amount_fen"))
            return tr("Enter the amount in yuan, e.g. 12800 or 12,800.50: not negative, at most two decimals.");
        if (is("signed_on") || is("starts_on")) return dateFormat();
        if (is("ends_on")) return tr("Write the end date as YYYY-MM-DD, not before the start date.");
        if (is("payment_status")) return tr("Choose the payment status.");
        if (is("installed_product_ids")) return tr("Choose only installed products of this customer.");
        if (is("owner_id")) return tr("Choose an account manager of the customer's branch.");
        if (is("notes")) return atMost(2000);
        break;
    case Kind::Activity:
        if (is("kind")) return tr("Choose what kind of contact this was.");
        if (is("occurred_at_unix")) return tr("Enter when it happened.");
        if (is("summary")) return tr("Write a short summary: at most 2,000 characters.");
        if (is("next_step")) return tr("Say what the next step is (at most 500 characters), or clear its date.");
        if (is("next_step_on")) return dateFormat();
        if (is("contact_id")) return tr("Choose a contact of this customer.");
        break;
    }
    return tr("This value is not accepted.");
}

QString CustomerFieldMessages::taken(Kind kind, const QString& field) {
    if (kind == Kind::Customer && field == QLatin1String("credit_code"))
        return tr("Another customer already has this unified social credit code.");
    if (kind == Kind::Customer && field == QLatin1String("code")) return tr("Another customer already has this code.");
    if (kind == Kind::Customer && field == QLatin1String("name"))
        return tr("Another customer already has this name; search for it before creating a second one.");
    if (kind == Kind::Contract && field == QLatin1String("number")) return tr("This contract number is already used.");
    return tr("This value is already used by another record.");
}

}  // namespace laoke::ui
