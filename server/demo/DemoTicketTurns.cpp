#include "demo/DemoTicketTurns.h"

#include <algorithm>
#include <array>
#include <chrono>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;

constexpr std::uint64_t kTurnStream = 0x7475'726E'7331'3031ULL;

void action(std::vector<TicketEventRow>& events, Instant at, std::int64_t actor, std::string_view name, std::string_view from,
            std::string_view to, std::int64_t assignee = 0, std::string note = {})
{
    events.push_back({at, actor, "action"sv, name, from, to, assignee, std::move(note), ""sv, {}});
}

}  // namespace

std::int64_t cancelSteps(DemoRandom& random, const engine::BusinessClock& clock, Instant opened, std::int64_t owner,
                         std::vector<TicketEventRow>& events)
{
    using namespace std::chrono;
    const CancelReason reason = demoCancelReason(random);
    std::int64_t assignee = 0;
    std::string_view state = "new"sv;
    Instant at = opened;
    if (!reason.duplicate || random.chance(0.3)) {
        assignee = owner;
        at = opened + seconds(random.between(30, 180));
        action(events, at, owner, "assign"sv, "new"sv, "assigned"sv, assignee);
        state = "assigned"sv;
        if (!reason.duplicate && random.chance(0.6)) {
            at = std::max(at + minutes(1), clock.after(opened, demoWorkMinutes(random.logNormal(25, 3.5))));
            action(events, at, assignee, "start"sv, "assigned"sv, "in_progress"sv);
            state = "in_progress"sv;
        }
    }
    const Instant cancelAt = clock.after(at, demoWorkMinutes(random.logNormal(reason.duplicate ? 10 : 90, 3)));
    action(events, cancelAt, owner, "cancel"sv, state, "cancelled"sv, 0, std::string(reason.note));
    return assignee;
}

std::optional<Reopening> reopenSteps(const TicketPlan& plan, const engine::BusinessClock& clock, Instant resolved, Instant now,
                                     bool closable, std::int64_t owner, std::int64_t assignee, std::vector<TicketEventRow>& events)
{
    DemoRandom random = turnRandom(plan);
    random.next();  // past the turn's own draw
    const Instant back = clock.after(resolved, demoWorkMinutes(random.logNormal(8 * 60, 3)));
    if (back > now) return std::nullopt;
    std::string_view from = "resolved"sv;
    if (closable) {
        const Instant closeAt = clock.after(resolved, demoWorkMinutes(random.logNormal(360, 2.5)));
        if (closeAt < back) {
            action(events, closeAt, owner, "close"sv, "resolved"sv, "closed"sv);
            from = "closed"sv;
        }
    }
    action(events, back, assignee, "reopen"sv, from, "reopened"sv, 0, std::string(demoReopenReason(random)));
    const Instant restart = clock.after(back, demoWorkMinutes(random.logNormal(30, 3)));
    action(events, restart, assignee, "start"sv, "reopened"sv, "in_progress"sv);
    Reopening reopening{back, clock.after(restart, demoWorkMinutes(random.logNormal(90, 4))),
                        std::string(demoReopenSolution(random))};
    action(events, reopening.resolvedAt, assignee, "resolve"sv, "in_progress"sv, "resolved"sv, 0, reopening.solution);
    return reopening;
}

DemoRandom turnRandom(const TicketPlan& plan) { return DemoRandom(plan.seed ^ kTurnStream); }

TicketTurn drawTicketTurn(const TicketPlan& plan)
{
    if (plan.kind != PlanKind::Past) return TicketTurn::None;
    DemoRandom random = turnRandom(plan);
    const double draw = random.unit();
    if (draw < 0.025) return TicketTurn::Reopened;
    if (draw < 0.04 && !plan.visit) return TicketTurn::Cancelled;
    return TicketTurn::None;
}

std::string_view demoReopenReason(DemoRandom& random)
{
    static constexpr std::array kReasons{
        "客户来电：问题又出现了，和上次报错一样"sv,
        "客户反馈月底再次操作时同样报错，要求重新处理"sv,
        "客户说重启后又不行了，请工程师再看一下"sv,
        "客户财务换了电脑后问题复现"sv,
    };
    return kReasons[random.index(kReasons.size())];
}

std::string_view demoReopenSolution(DemoRandom& random)
{
    static constexpr std::array kSolutions{
        "复查发现上次只处理了当前账套，其他账套同样有问题，已逐个处理并与客户确认正常。"sv,
        "远程查看是客户又按旧流程操作导致，重新处理并把操作步骤写给了客户财务，客户确认正常。"sv,
        "查明是补丁未在所有客户端安装，已补装并重启服务，客户确认问题不再出现。"sv,
    };
    return kSolutions[random.index(kSolutions.size())];
}

CancelReason demoCancelReason(DemoRandom& random)
{
    static constexpr std::array kReasons{
        CancelReason{"重复登记：客户在微信群和热线各报了一次，按另一张工单处理"sv, true},
        CancelReason{"客户来电说已自行解决（重启软件后恢复正常），撤销工单"sv, false},
        CancelReason{"客户决定暂不处理，等年底升级时一并解决，撤回申请"sv, false},
        CancelReason{"客户说是新来的会计操作不熟，问过同事已解决，不需要处理"sv, false},
    };
    return kReasons[random.weighted(std::array<double, 4>{35, 30, 15, 20})];
}

}  // namespace laoke::demo
