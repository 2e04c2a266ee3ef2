// The demo data generator without a database: identities that pass the same checks real data
// must pass (credit codes with correct check characters, mobiles, landlines), names after the
// registration pattern, and a customer population with the shape domain-research.md §4/§6
// describes (product mix, regions, service coverage), the same for the same seed.

#include "demo/CustomerGenerator.h"
#include "demo/DemoIdentity.h"
#include "demo/DemoProducts.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>

namespace laoke::demo {
namespace {

using namespace std::chrono;

TEST(DemoIdentity, CreditCodeCheckCharacterMatchesAPublishedCode)
{
    // 华为技术有限公司's 统一社会信用代码, as published in the national enterprise credit system.
    EXPECT_EQ(creditCodeCheckCharacter("91440300192203821"), '6');
}

TEST(DemoIdentity, GeneratedCreditCodesAreWellFormedAndSelfConsistent)
{
    DemoRandom random(3);
    for (int i = 0; i < 2000; ++i) {
        const std::string code = makeCreditCode(random, "440300", i % 7 == 0, i % 2 == 0);
        ASSERT_TRUE(domain::isCreditCode(code)) << code;
        EXPECT_EQ(code.substr(2, 6), "440300");
        EXPECT_EQ(code.back(), creditCodeCheckCharacter(code.substr(0, 17))) << code;
        EXPECT_EQ(code.substr(0, 2), i % 7 == 0 ? "92" : "91");
    }
}

TEST(DemoIdentity, PhoneNumbersPassTheContactChecks)
{
    DemoRandom random(5);
    for (int i = 0; i < 1000; ++i) {
        EXPECT_TRUE(domain::isMobileNumber(makeMobile(random)));
        const std::string landline = makeLandline(random, "0755");
        EXPECT_TRUE(domain::isPhoneNumber(landline)) << landline;
        EXPECT_EQ(landline.substr(0, 5), "0755-");
    }
}

/// A catalogue with every profiled line: ids 100.., versions and modules as the migration has.
GeneratorSetup setupWithEveryLine(std::uint64_t seed)
{
    GeneratorSetup setup;
    setup.seed = seed;
    setup.today = sys_days{year{2025} / 6 / 15};
    std::int64_t nextId = 100;
    for (const auto& profile : productProfiles()) {
        CatalogueLine line;
        line.id = nextId++;
        line.code = std::string(profile.lineCode);
        line.name = "产品" + line.code;
        line.profile = &profile;
        for (const auto& version : profile.versions) {
            line.versions.push_back(CatalogueVersion{nextId++, std::string(version.name),
                                                     demoLifecycle(profile.segment, *engine::parseIsoDate(version.released))});
        }
        for (const char* module : {"总账", "出纳管理", "固定资产", "采购管理", "销售管理", "库存管理"}) {
            line.moduleIds.push_back(nextId++);
            line.moduleNames.emplace_back(module);
        }
        setup.lines.push_back(std::move(line));
    }
    setup.branches = {GeneratorBranch{1, "BJ", "north", {11}, {10, 11, 12}},
                      GeneratorBranch{2, "SH", "east", {21, 22}, {20, 21, 22}},
                      GeneratorBranch{3, "GZ", "south", {31}, {30, 31}}};
    setup.administrators = {1};
    return setup;
}

std::vector<DemoCustomer> generate(std::uint64_t seed, int count)
{
    CustomerGenerator generator(setupWithEveryLine(seed), FirstIds{});
    std::vector<DemoCustomer> customers;
    for (int i = 0; i < count; ++i) customers.push_back(generator.next());
    return customers;
}

TEST(DemoGenerator, CustomersLookLikeAPartnersBook)
{
    const auto customers = generate(11, 3000);
    std::set<std::string> names;
    std::map<std::string_view, int> regions;
    std::map<std::int64_t, int> mainLine;
    int inService = 0;
    for (const auto& c : customers) {
        EXPECT_TRUE(names.insert(c.name).second) << "duplicate name " << c.name;
        // 有限公司, 有限责任公司, 股份有限公司, 集团有限公司, 分公司; or a sole proprietor's 商行 / 经营部 / 厂.
        const bool registered = c.name.ends_with("公司") || c.name.ends_with("商行") || c.name.ends_with("经营部") ||
                                c.name.ends_with("厂");
        EXPECT_TRUE(registered) << c.name;
        EXPECT_TRUE(c.creditCode.empty() || domain::isCreditCode(c.creditCode)) << c.creditCode;
        EXPECT_TRUE(domain::isOneOf(domain::regionCodes(), c.region));
        EXPECT_EQ(domain::regionOfProvince(c.province), c.region);
        ++regions[c.region];
        EXPECT_FALSE(c.contacts.empty());
        for (const auto& contact : c.contacts) {
            EXPECT_TRUE(contact.mobile.empty() || domain::isMobileNumber(contact.mobile));
            EXPECT_TRUE(contact.email.empty() || domain::isEmailAddress(contact.email)) << contact.email;
        }
        ASSERT_FALSE(c.installedProducts.empty());
        mainLine[c.installedProducts.front().versionId]++;
        if (c.serviceEnd && *c.serviceEnd >= sys_days{year{2025} / 6 / 15}) ++inService;
        EXPECT_FALSE(c.search.keys.empty());
        // Branch by region: east goes to SH, south to GZ, north to BJ.
        const std::int64_t expectedBranch = c.region == "east" ? 2 : c.region == "south" ? 3 : c.region == "north" ? 1 : c.branchId;
        EXPECT_EQ(c.branchId, expectedBranch) << c.region;
        EXPECT_EQ(c.ownerId.value_or(c.branchId * 10) / 10, c.branchId) << "owner from another branch";
    }
    // §6.3: weighted to 华东 and 华南.
    EXPECT_GT(regions["east"] + regions["south"], 3000 * 55 / 100);
    // §6.2: 45-65% with a service contract in force.
    EXPECT_GE(inService, 3000 * 45 / 100);
    EXPECT_LE(inService, 3000 * 65 / 100);
}

TEST(DemoGenerator, ProductMixFollowsTheResearch)
{
    const auto setup = setupWithEveryLine(13);
    const auto customers = generate(13, 4000);
    std::map<std::string, int> byLine;
    for (const auto& c : customers) {
        const auto versionId = c.installedProducts.front().versionId;
        for (const auto& line : setup.lines) {
            for (const auto& version : line.versions) {
                if (version.id == versionId) ++byLine[line.code];
            }
        }
    }
    // U8+ 20%, T3 + T6 + T+ 35%, SaaS 12% of customers' main products, give or take sampling.
    EXPECT_NEAR(byLine["u8plus"] / 4000.0, 0.20, 0.03);
    EXPECT_NEAR((byLine["t3"] + byLine["t6"] + byLine["tplus"]) / 4000.0, 0.35, 0.03);
    EXPECT_NEAR((byLine["haokuaiji"] + byLine["jingdouyun"] + byLine["xingchen"]) / 4000.0, 0.12, 0.03);
}

TEST(DemoGenerator, TheSameSeedGivesTheSameCustomersAndIdsFollowOn)
{
    const auto first = generate(21, 200);
    const auto again = generate(21, 200);
    const auto other = generate(22, 200);
    ASSERT_EQ(first.size(), again.size());
    int differing = 0;
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].name, again[i].name);
        EXPECT_EQ(first[i].search.keys, again[i].search.keys);
        EXPECT_EQ(first[i].contracts.size(), again[i].contracts.size());
        if (first[i].name != other[i].name) ++differing;
        EXPECT_EQ(first[i].id, static_cast<std::int64_t>(i) + 1);
        char code[32];
        std::snprintf(code, sizeof code, "C%07zu", i + 1);
        EXPECT_EQ(first[i].code, code);
    }
    EXPECT_GT(differing, 190);
    // Child ids are contiguous across customers.
    std::int64_t expectedContact = 1;
    for (const auto& c : first) {
        for (const auto& contact : c.contacts) EXPECT_EQ(contact.id, expectedContact++);
    }
}

}  // namespace
}  // namespace laoke::demo
