#include "SampleCustomer.h"

#include "CustomerTestData.h"

#include <QDateTime>

namespace laoke::test {

namespace {

const char* const kSummaries[] = {
    "电话回访：月末结账顺利，财务对新版报表满意。",
    "上门巡检：备份计划正常，数据库日志已清理。",
    "微信沟通：客户询问数电票接口，已发资料。",
    "培训新会计使用总账和UFO报表，约两小时。",
    "中秋节问候，顺便确认明年服务续费意向。",
    "通知客户T+版本即将停止服务，建议升级到U8+。",
};
const char* const kKinds[] = {"call", "free_inspection", "wechat", "training", "greeting", "upgrade_notice"};

}  // namespace

SampleCustomer createSampleCustomer(client::Connection& admin, client::Connection& connection, qint64 branchId,
                                    qint64 ownerId, int activities, const std::string& nameSuffix) {
    const QDate today = QDate::currentDate();
    const protocol::ProductVersion u8 = addVersion(admin, "u8plus", "16.0", today.addYears(-1));
    const protocol::ProductVersion tplus = addVersion(admin, "tplus", "12.3", today.addYears(-7));
    const protocol::ProductLine u8Line = catalogueLine(admin, "u8plus");

    SampleCustomer sample;
    sample.currentVersion = u8;
    sample.expiredVersion = tplus;
    protocol::Customer customer;
    customer.set_name("北京海淀恒达机械制造有限公司" + nameSuffix);
    customer.set_short_name("恒达机械");
    customer.set_credit_code("91110108MA01ABCD3X");
    customer.set_industry("C");
    customer.set_size_class("medium");
    customer.set_province("北京");
    customer.set_city("北京");
    customer.set_district("海淀区");
    customer.set_address("北京市海淀区上地信息路 26 号");
    customer.set_branch_id(branchId);
    customer.set_owner_id(ownerId);
    customer.set_it_maturity(5);
    customer.set_source("referral");
    customer.set_status("active");
    customer.set_notes("老客户，2012 年起使用用友产品。");
    if (!nameSuffix.empty()) customer.clear_credit_code();
    sample.customer = saveCustomer(connection, customer);
    const qint64 id = sample.customer.id();

    protocol::Contact contact;
    contact.set_customer_id(id);
    contact.set_name("王芳");
    contact.set_title("财务经理");
    contact.set_role("chief_accountant");
    contact.set_decision_role("influencer");
    contact.set_is_key(true);
    contact.set_mobile("13812345678");
    contact.set_phone("010-62345678");
    contact.set_wechat("wangfang_hd");
    contact.set_email("wang.fang@hengda-jx.cn");
    sample.keyContact = saveContact(connection, contact);

    contact = {};
    contact.set_customer_id(id);
    contact.set_name("陈建华");
    contact.set_title("总经理");
    contact.set_role("boss");
    contact.set_decision_role("decision_maker");
    contact.set_mobile("13901012345");
    sample.boss = saveContact(connection, contact);

    contact = {};
    contact.set_customer_id(id);
    contact.set_name("刘洋");
    contact.set_role("accountant");
    contact.set_decision_role("user");
    contact.set_mobile("13611112222");
    contact.set_left_on(iso(today.addMonths(-2)));
    sample.leftContact = saveContact(connection, contact);

    protocol::InstalledProduct product;
    product.set_customer_id(id);
    product.set_product_version_id(u8.id());
    for (const auto& module : u8Line.modules()) {
        if (product.module_ids_size() >= 4) break;
        product.add_module_ids(module.id());
    }
    product.set_seats(12);
    product.set_licence_type("dongle");
    product.set_go_live_on(iso(today.addYears(-1).addDays(20)));
    product.set_service_end_on(iso(today.addDays(200)));
    product.set_server_notes("Windows Server 2019 · SQL Server 2017 · 3 个账套");
    sample.current = saveInstalledProduct(connection, product);

    product = {};
    product.set_customer_id(id);
    product.set_product_version_id(tplus.id());
    product.set_seats(3);
    product.set_licence_type("online");
    product.set_go_live_on(iso(today.addYears(-6)));
    product.set_service_end_on(iso(today.addDays(-30)));
    sample.expired = saveInstalledProduct(connection, product);

    protocol::Contract contract;
    contract.set_customer_id(id);
    contract.set_kind("annual_service");
    contract.set_number("FW-" + std::to_string(id) + "-" + std::to_string(today.year()));
    contract.set_amount_fen(1'280'000);
    contract.set_signed_on(iso(today.addDays(-160)));
    contract.set_starts_on(iso(today.addDays(-165)));
    contract.set_ends_on(iso(today.addDays(200)));
    contract.add_installed_product_ids(sample.current.id());
    contract.set_payment_status("paid");
    contract.set_owner_id(ownerId);
    sample.serviceContract = saveContract(connection, contract);

    contract = {};
    contract.set_customer_id(id);
    contract.set_kind("licence");
    contract.set_number("XS-" + std::to_string(id) + "-" + std::to_string(today.year() - 1));
    contract.set_amount_fen(18'650'000);
    contract.set_signed_on(iso(today.addYears(-1).addDays(-10)));
    contract.add_installed_product_ids(sample.current.id());
    contract.set_payment_status("partially_paid");
    contract.set_owner_id(ownerId);
    sample.licenceContract = saveContract(connection, contract);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < activities; ++i) {
        protocol::Activity activity;
        activity.set_customer_id(id);
        activity.set_kind(kKinds[i % 6]);
        activity.set_occurred_at_unix(now - 3600 - static_cast<qint64>(i) * 3 * 86400);
        activity.set_summary(kSummaries[i % 6]);
        if (i % 6 == 5) activity.set_contact_id(sample.boss.id());
        else activity.set_contact_id(sample.keyContact.id());
        if (i == 0) {
            activity.set_next_step("发送U8+续费报价");
            activity.set_next_step_on(iso(today.addDays(7)));
        }
        saveActivity(connection, activity);
    }
    sample.activityCount = activities;
    return sample;
}

void createSampleBook(client::Connection& admin, client::Connection& connection, qint64 branchId, qint64 ownerId) {
    struct Entry {
        const char* name;
        const char* shortName;
        const char* industry;
        const char* province;
        const char* city;
        const char* status;
        const char* grade;
        int serviceDays;  ///< service end relative to today; 0 = no installed product
        const char* line;
    };
    const Entry entries[] = {
        {"北京朝阳瑞丰食品有限公司", "瑞丰食品", "C", "北京", "北京", "active", "A", 320, "u8plus"},
        {"天津滨海新区鑫源电子科技有限公司", "鑫源电子", "C", "天津", "天津", "active", "B", 25, "u8plus"},
        {"北京丰台宏图建筑工程有限公司", "宏图建筑", "E", "北京", "北京", "active", "C", -12, "tplus"},
        {"河北廊坊金穗农业科技有限公司", "金穗农业", "A", "河北", "廊坊", "dormant", "", -210, "tplus"},
        {"北京西城博远信息技术有限公司", "博远信息", "I", "北京", "北京", "active", "B", 140, "tplus"},
        {"保定华安物流有限公司", "华安物流", "G", "河北", "保定", "active", "", 0, ""},
        {"北京东城嘉禾商贸有限公司", "嘉禾商贸", "F", "北京", "北京", "active", "D", 48, "tplus"},
        {"石家庄恒信会计师事务所有限公司", "恒信会计", "L", "河北", "石家庄", "active", "C", 205, "tplus"},
        {"北京昌平康达医疗器械有限公司", "康达医疗", "C", "北京", "北京", "lost", "E", -400, "u8plus"},
        {"唐山冀东钢构制品有限公司", "冀东钢构", "C", "河北", "唐山", "active", "A", 9, "u8plus"},
        {"北京大兴悦来餐饮管理有限公司", "悦来餐饮", "H", "北京", "北京", "active", "", 90, "tplus"},
        {"天津河西鼎盛房地产经纪有限公司", "鼎盛地产", "K", "天津", "天津", "dormant", "D", -35, "tplus"},
    };
    const QDate today = QDate::currentDate();
    const protocol::ProductVersion u8 = addVersion(admin, "u8plus", "16.0", today.addYears(-1));
    const protocol::ProductVersion tplus = addVersion(admin, "tplus", "12.3", today.addYears(-7));
    for (const Entry& entry : entries) {
        protocol::Customer customer;
        customer.set_name(entry.name);
        customer.set_short_name(entry.shortName);
        customer.set_industry(entry.industry);
        customer.set_province(entry.province);
        customer.set_city(entry.city);
        customer.set_status(entry.status);
        customer.set_manual_grade(entry.grade);
        customer.set_branch_id(branchId);
        customer.set_owner_id(ownerId);
        customer = saveCustomer(connection, customer);
        if (entry.serviceDays == 0) continue;
        protocol::InstalledProduct product;
        product.set_customer_id(customer.id());
        product.set_product_version_id(std::string(entry.line) == "u8plus" ? u8.id() : tplus.id());
        product.set_seats(5);
        product.set_licence_type("dongle");
        product.set_service_end_on(iso(today.addDays(entry.serviceDays)));
        saveInstalledProduct(connection, product);
    }
}

}  // namespace laoke::test
