#include "demo/DemoActivities.h"

#include "engine/BusinessDate.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;
using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;

struct Kind {
    std::string_view code;
    double weight;
    std::span<const std::string_view> texts;
};

// {c} contact, {p} product, {m} module, {v} version, {n} a number.
constexpr std::array kCallTexts{
    "电话回访{c}：{m}使用正常，暂无新问题。"sv,
    "与{c}电话沟通{p}服务续费，客户表示本月内走付款流程。"sv,
    "{c}来电咨询{m}月末结账提示“凭证未记账”，已指导处理。"sv,
    "电话确认上门时间，约定下周二上午巡检服务器。"sv,
    "{c}反馈年结后期初余额不平，已安排工程师远程查看。"sv,
};
constexpr std::array kVisitTexts{
    "上门拜访{c}，了解明年业务扩张计划，有意增加{m}。"sv,
    "上门处理{p}加密狗不识别问题，更换USB口后恢复。"sv,
    "拜访老板，介绍{p}新版本功能，客户对业财一体感兴趣。"sv,
    "上门为新会计交接账套主管权限，并修改操作员密码。"sv,
};
constexpr std::array kWechatTexts{
    "微信发送年结操作指引，{c}已确认收到。"sv,
    "微信群答疑：{m}单据打印模板调整。"sv,
    "微信提醒{c}服务即将到期，发送续费报价。"sv,
};
constexpr std::array kTrainingTexts{
    "为{c}做{p}操作培训（2小时）：凭证录入、月末结账。"sv,
    "新会计{c}入职，安排{m}上机培训。"sv,
};
constexpr std::array kInspectionTexts{
    "免费巡检：数据库备份计划正常，账套数据约{n}GB，磁盘剩余空间充足。"sv,
    "免费巡检：发现自动备份已失败两周，已修复并告知{c}。"sv,
};
constexpr std::array kGreetingTexts{"春节问候，赠送台历。"sv, "中秋节问候，寄送月饼。"sv, "客户成立周年，发送祝贺短信。"sv};
constexpr std::array kUpgradeTexts{
    "通知{c}：{p} {v}已进入服务支持阶段，建议升级到新版本。"sv,
    "发送升级方案和报价：{p} {v}将停止服务。"sv,
};
constexpr std::array kNextSteps{"下周电话确认付款进度"sv, "月底前上门安装补丁"sv, "续费报价发给财务经理"sv,
                                "安排工程师上门巡检"sv,   "发送升级方案"sv,       "回访培训效果"sv};

const std::array kKinds{
    Kind{"call", 38, kCallTexts},           Kind{"visit", 18, kVisitTexts},
    Kind{"wechat", 22, kWechatTexts},       Kind{"training", 5, kTrainingTexts},
    Kind{"free_inspection", 6, kInspectionTexts}, Kind{"greeting", 8, kGreetingTexts},
    Kind{"upgrade_notice", 3, kUpgradeTexts},
};

void replaceAll(std::string& text, std::string_view placeholder, std::string_view value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size())) {
        text.replace(at, placeholder.size(), value);
    }
}

double meanActivities(std::string_view sizeClass)
{
    if (sizeClass == "micro") return 2.0;
    if (sizeClass == "small") return 4.0;
    if (sizeClass == "medium") return 7.0;
    return 12.0;
}

}  // namespace

void addActivities(DemoRandom& random, DemoCustomer& customer, const std::vector<InstalledPlan>& plans,
                   const std::vector<std::int64_t>& recorders, Date today, std::int64_t& nextActivityId)
{
    if (recorders.empty() || plans.empty()) return;
    double mean = meanActivities(customer.sizeClass);
    if (customer.status == "lost") mean *= 0.3;
    if (customer.status == "dormant") mean *= 0.5;
    const int count = random.poisson(mean);

    const Date since = std::max(engine::addYears(today, -2), std::chrono::floor<days>(customer.createdAt));
    // An upgrade notice only for a version past full support.
    const InstalledPlan* ageing = nullptr;
    for (const auto& plan : plans) {
        if (engine::stageOn(plan.version->dates, today) != engine::LifecycleStage::FullSupport) ageing = &plan;
    }
    std::array<double, kKinds.size()> weights{};
    for (std::size_t i = 0; i < kKinds.size(); ++i) weights[i] = kKinds[i].weight;
    if (!ageing) weights.back() = 0;

    for (int i = 0; i < count; ++i) {
        const Kind& kind = kKinds[random.weighted(weights)];
        const Date day = since + days{random.between(0, std::max<long long>(0, (today - since).count()))};
        DemoActivity activity;
        activity.id = nextActivityId++;
        activity.kind = kind.code;
        // Working hours in China (UTC+8).
        activity.occurredAt = std::chrono::time_point_cast<std::chrono::seconds>(
            day + hours{random.between(9, 17) - 8} + minutes{random.between(0, 59)});
        activity.byUserId = (customer.ownerId && random.chance(0.65)) ? *customer.ownerId : recorders[random.index(recorders.size())];

        // A contact who still worked there that day.
        const DemoContact* contact = nullptr;
        if (!customer.contacts.empty() && random.chance(0.85)) {
            const auto& candidate = customer.contacts[random.index(customer.contacts.size())];
            if (!candidate.leftOn || *candidate.leftOn > day) contact = &candidate;
        }
        if (contact) activity.contactId = contact->id;

        const InstalledPlan& plan = (kind.code == "upgrade_notice" && ageing) ? *ageing : plans[random.index(plans.size())];
        std::string text(kind.texts[random.index(kind.texts.size())]);
        replaceAll(text, "{c}", contact ? std::string_view(contact->name) : "客户"sv);
        replaceAll(text, "{p}", plan.line->name);
        replaceAll(text, "{v}", plan.version->name);
        const auto& modules = plan.product.moduleIds;
        const auto moduleAt = std::find(plan.line->moduleIds.begin(), plan.line->moduleIds.end(),
                                        modules[random.index(modules.size())]) - plan.line->moduleIds.begin();
        replaceAll(text, "{m}", plan.line->moduleNames[static_cast<std::size_t>(moduleAt)]);
        replaceAll(text, "{n}", std::to_string(random.between(2, 60)));
        activity.summary = std::move(text);

        const bool recent = day > today - days{21};
        if (random.chance(recent ? 0.45 : 0.10)) {
            activity.nextStep = std::string(kNextSteps[random.index(kNextSteps.size())]);
            activity.nextStepOn = day + days{random.between(3, 21)};
        }
        customer.activities.push_back(std::move(activity));
    }
    std::sort(customer.activities.begin(), customer.activities.end(),
              [](const DemoActivity& a, const DemoActivity& b) { return a.occurredAt < b.occurredAt; });
    // Ids follow the order of events, as if recorded as they happened.
    std::int64_t id = customer.activities.empty() ? 0 : nextActivityId - static_cast<std::int64_t>(customer.activities.size());
    for (auto& activity : customer.activities) activity.id = id++;
}

}  // namespace laoke::demo
