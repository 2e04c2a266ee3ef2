#include "demo/DemoTicketText.h"

#include "demo/DemoKnowledgeBase.h"

#include <array>
#include <unordered_map>
#include <vector>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;

// The articles of each sub-category, read once.
const std::unordered_map<std::string_view, std::vector<const DemoKbArticle*>>& articlesByCategory()
{
    static const auto byCategory = [] {
        std::unordered_map<std::string_view, std::vector<const DemoKbArticle*>> map;
        for (const auto articles : {demoClosingArticles(), demoBookkeepingArticles(), demoSystemArticles()}) {
            for (const DemoKbArticle& article : articles) map[article.category].push_back(&article);
        }
        return map;
    }();
    return byCategory;
}

// How the desk starts a description, by the way the request came in.
std::string_view opening(std::string_view channel)
{
    if (channel == "hotline") return "客户来电："sv;
    if (channel == "remote") return "客户来电申请远程协助："sv;
    if (channel == "onsite") return "客户要求上门处理："sv;
    if (channel == "wechat") return "客户在服务微信群留言："sv;
    return "客户到公司咨询："sv;
}

}  // namespace

TicketText demoTicketText(DemoRandom& random, std::string_view categoryCode, std::string_view categoryName,
                          std::string_view lineCode, std::string_view lineName, std::string_view channel)
{
    std::vector<const DemoKbArticle*> fitting;
    const auto& byCategory = articlesByCategory();
    if (const auto found = byCategory.find(categoryCode); found != byCategory.end()) {
        for (const DemoKbArticle* article : found->second) {
            if (article->product == nullptr || (!lineCode.empty() && lineCode == article->product)) fitting.push_back(article);
        }
    }
    TicketText text;
    if (!fitting.empty()) {
        const DemoKbArticle& article = *fitting[random.index(fitting.size())];
        text.subject = article.title;
        text.article = article.title;
        text.description = std::string(opening(channel)) + article.symptom;
        text.solution = std::string("原因：") + article.cause + "\n处理：\n" + article.solution;
        if (random.chance(0.5)) text.solution += "\n已与客户确认处理正常。";
        return text;
    }
    // No article for this line: the category in plain words, as a busy engineer writes it.
    const std::string product = lineName.empty() ? std::string() : std::string(lineName) + " ";
    static constexpr std::array kAsks{"咨询"sv, "操作问题"sv, "处理"sv, "求助"sv};
    text.subject = product + std::string(categoryName) + std::string(kAsks[random.index(kAsks.size())]);
    static constexpr std::array kDescriptions{
        "客户反映{}方面的问题，操作时报错，影响日常做账，希望尽快处理。"sv,
        "客户财务不清楚{}怎么操作，要求工程师指导。"sv,
        "客户说{}出现异常，具体情况需要远程看一下。"sv,
    };
    std::string description(kDescriptions[random.index(kDescriptions.size())]);
    description.replace(description.find("{}"), 2, categoryName);
    text.description = std::string(opening(channel)) + description;
    static constexpr std::array kSolutions{
        "远程连接客户电脑，检查了相关设置和数据，按正确流程重新操作后正常，已教会客户财务。"sv,
        "电话指导客户逐步操作，问题解决，客户确认可以继续使用。"sv,
        "查明是操作顺序不对，已协助客户调整并说明注意事项，客户确认正常。"sv,
    };
    text.solution = std::string(kSolutions[random.index(kSolutions.size())]);
    return text;
}

std::string_view demoWaitNote(DemoRandom& random)
{
    static constexpr std::array kNotes{
        "等客户把账套备份发过来"sv,     "客户财务外出，约好明天上午再联系"sv, "等客户找到加密狗和安装盘"sv,
        "等客户IT开通远程权限"sv,       "客户要先和老会计确认密码"sv,         "等客户提供出错时的截图"sv,
    };
    return kNotes[random.index(kNotes.size())];
}

std::string_view demoReassignNote(DemoRandom& random)
{
    static constexpr std::array kNotes{
        "涉及数据库，转给熟悉SQL Server的同事"sv, "客户要求上门，转外勤工程师"sv, "供应链模块问题，转给负责该模块的同事"sv,
        "本人今天外出培训，转同事跟进"sv,
    };
    return kNotes[random.index(kNotes.size())];
}

std::string_view demoCallbackComment(DemoRandom& random, int satisfaction)
{
    static constexpr std::array kVeryGood{"工程师很耐心，一次就解决了"sv, "响应很快，很满意"sv, ""sv, "讲得很清楚，谢谢"sv, ""sv};
    static constexpr std::array kGood{"问题解决了"sv, ""sv, "还可以，就是电话等了一会儿"sv, "已经正常使用了"sv};
    static constexpr std::array kFair{"解决得有点慢"sv, "问题解决了，但中间沟通不太顺"sv, "希望以后能快一点"sv};
    static constexpr std::array kPoor{"月底结账急用，拖了两天才解决"sv, "来回打了好几次电话才有人处理"sv,
                                      "工程师约好的时间没来，也没提前说"sv};
    static constexpr std::array kVeryPoor{"问题到现在还反复出现，非常不满意"sv, "服务费交了，出问题却找不到人"sv};
    switch (satisfaction) {
    case 5: return kVeryGood[random.index(kVeryGood.size())];
    case 4: return kGood[random.index(kGood.size())];
    case 3: return kFair[random.index(kFair.size())];
    case 2: return kPoor[random.index(kPoor.size())];
    default: return kVeryPoor[random.index(kVeryPoor.size())];
    }
}

std::string_view demoComplaintResolution(DemoRandom& random)
{
    static constexpr std::array kResolutions{
        "已致电客户财务主管道歉，说明了处理经过；安排工程师下周回访检查，客户表示接受。"sv,
        "核实是派工延误，已向客户道歉并调整了该区域的值班安排，客户认可。"sv,
        "安排资深工程师上门复查，问题已彻底解决，赠送一次免费培训，客户满意。"sv,
    };
    return kResolutions[random.index(kResolutions.size())];
}

}  // namespace laoke::demo
