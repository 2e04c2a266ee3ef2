#pragma once
// Rules for customers and what hangs from them (contacts, installed products, contracts,
// activities): the closed value sets of the string-coded protocol fields, and field checks.
// The desktop checks them inline while the user types and the import preview reports them
// per row; the server checks them again and is the authority (the database checks the
// value sets a third time).

#include "domain/AccountRules.h"
#include "laoke.pb.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::domain {

/// The stable text codes of each coded field, in display order. Display names live in the
/// clients (translated); these are what the protocol, the database and laokectl use.
std::span<const std::string_view> industryCodes();        ///< GB/T 4754 sections "A".."T"
std::span<const std::string_view> sizeClasses();          ///< large, medium, small, micro
std::span<const std::string_view> regionCodes();          ///< north, northeast, east, central, south, southwest, northwest
std::span<const std::string_view> customerSources();      ///< vendor_assigned, referral, ...
std::span<const std::string_view> customerStatuses();     ///< active, dormant, lost
std::span<const std::string_view> customerGrades();       ///< A..E
std::span<const std::string_view> contactRoles();         ///< boss, finance_director, chief_accountant, accountant, cashier, it, business_user
std::span<const std::string_view> decisionRoles();        ///< decision_maker, influencer, user
std::span<const std::string_view> licenceTypes();         ///< dongle, online, offline, saas
std::span<const std::string_view> contractKinds();        ///< licence, annual_service, implementation, customisation, upgrade, training, saas_subscription
std::span<const std::string_view> paymentStatuses();      ///< unpaid, partially_paid, paid
std::span<const std::string_view> activityKinds();        ///< visit, call, wechat, training, free_inspection, greeting, upgrade_notice
std::span<const std::string_view> vendorCodes();          ///< yonyou, chanjet, kingdee

bool isOneOf(std::span<const std::string_view> codes, std::string_view value);

/// The region (七大区) of a province-level division, by its usual short or full Chinese
/// name ("广东" or "广东省", "内蒙古" or "内蒙古自治区"); empty when unknown.
std::string_view regionOfProvince(std::string_view province);

/// The province-level divisions in display order (short names: 北京, 天津, 河北 ...).
std::span<const std::string_view> provinces();

/// "YYYY-MM-DD" naming a real calendar day.
bool isIsoDate(std::string_view text);
/// 1[3-9] followed by 9 digits (mainland mobile).
bool isMobileNumber(std::string_view text);
/// Landline or other number: a digit, then 5-19 digits or '-'.
bool isPhoneNumber(std::string_view text);
bool isEmailAddress(std::string_view text);
/// 统一社会信用代码: 18 characters of the official alphabet (check digit not verified:
/// partners' records contain codes typed from paper, and a wrong check digit is a typo to
/// show, not a reason to refuse the whole customer).
bool isCreditCode(std::string_view text);

/// Field checks; each returns the first violation with the protocol field name.
/// Expects the text fields trimmed (the server and the import trim them before checking).
std::optional<RuleViolation> checkCustomer(const protocol::Customer& customer);
std::optional<RuleViolation> checkContact(const protocol::Contact& contact);
std::optional<RuleViolation> checkInstalledProduct(const protocol::InstalledProduct& product);
std::optional<RuleViolation> checkContract(const protocol::Contract& contract);
std::optional<RuleViolation> checkActivity(const protocol::Activity& activity);

/// Trims leading and trailing white space (ASCII and the ideographic space U+3000) of every
/// free-text field, in place.
void trimCustomer(protocol::Customer& customer);
void trimContact(protocol::Contact& contact);

/// Trims white space, ASCII and U+3000, from both ends.
std::string trimmed(std::string_view text);

}  // namespace laoke::domain
