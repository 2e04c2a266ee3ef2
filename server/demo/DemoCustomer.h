#pragma once
// One generated demo customer with everything that hangs from it, ids already assigned, in
// the shape of the tables of sql/migrations/V0002__customers.sql. Pure data: the generator
// fills it, the loader streams it into PostgreSQL.

#include "engine/SearchText.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::demo {

using Date = std::chrono::sys_days;
using Timestamp = std::chrono::sys_seconds;

struct DemoContact {
    std::int64_t id = 0;
    std::string name;
    std::string title;
    std::string_view role;          ///< domain::contactRoles()
    std::string_view decisionRole;  ///< domain::decisionRoles()
    bool isKey = false;
    std::string mobile;
    std::string phone;
    std::string wechat;
    std::string email;
    std::optional<Date> leftOn;  ///< set for the few who have left the company
};

struct DemoInstalledProduct {
    std::int64_t id = 0;
    std::int64_t versionId = 0;
    int seats = 1;
    std::string_view licenceType;  ///< domain::licenceTypes()
    Date goLive;
    std::optional<Date> serviceEnd;  ///< last day of service (inclusive)
    std::string serverNotes;
    std::vector<std::int64_t> moduleIds;
};

struct DemoContract {
    std::int64_t id = 0;
    std::string number;
    std::string_view kind;  ///< domain::contractKinds()
    std::int64_t amountFen = 0;
    std::optional<Date> signedOn;
    std::optional<Date> startsOn;
    std::optional<Date> endsOn;
    std::string_view paymentStatus;  ///< domain::paymentStatuses()
    std::vector<std::int64_t> installedProductIds;
};

struct DemoActivity {
    std::int64_t id = 0;
    std::optional<std::int64_t> contactId;
    std::string_view kind;  ///< domain::activityKinds()
    Timestamp occurredAt;
    std::int64_t byUserId = 0;
    std::string summary;
    std::string nextStep;
    std::optional<Date> nextStepOn;
};

/// customer_events row of kind key_contact_left.
struct DemoContactLeft {
    std::int64_t id = 0;
    std::int64_t contactId = 0;
    Date occurredOn;
};

struct DemoCustomer {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string shortName;
    std::string creditCode;
    std::string industry;         ///< GB/T 4754 section letter
    std::string_view sizeClass;   ///< domain::sizeClasses()
    std::string_view region;      ///< domain::regionCodes()
    std::string province;
    std::string city;
    std::string district;
    std::string address;
    std::int64_t branchId = 0;
    std::optional<std::int64_t> ownerId;
    int itMaturity = 0;
    std::string_view source;  ///< domain::customerSources()
    std::string_view status;  ///< domain::customerStatuses()
    std::string_view grade;   ///< "" or A..E
    std::string notes;
    std::optional<Date> serviceEnd;  ///< latest over the installed products
    Timestamp createdAt;
    Timestamp updatedAt;
    engine::SearchDocument search;

    std::vector<DemoContact> contacts;
    std::vector<DemoInstalledProduct> installedProducts;
    std::vector<DemoContract> contracts;
    std::vector<DemoActivity> activities;
    std::vector<DemoContactLeft> departures;
};

}  // namespace laoke::demo
