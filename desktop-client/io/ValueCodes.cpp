#include "ValueCodes.h"

#include "CellValues.h"

#include <QHash>

#include <map>
#include <span>

namespace laoke::client::io {

namespace {

struct Entry {
    const char* code;
    const char* english;   ///< display name, translated through the "ValueCodes" context
    const char* chinese;   ///< the canonical Chinese name (what the zh_CN translation says)
    const char* synonyms;  ///< other spellings people (and the desktop's CustomerValueNames) use, '|' separated
};

// GB/T 4754-2017 门类.
constexpr Entry kIndustries[] = {
    {"A", QT_TRANSLATE_NOOP("ValueCodes", "Agriculture, forestry, husbandry and fishery"), "农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery|农林牧渔业|农林牧渔|农业|林业|畜牧业|渔业"},
    {"B", QT_TRANSLATE_NOOP("ValueCodes", "Mining"), "采矿业", "采矿|矿业"},
    {"C", QT_TRANSLATE_NOOP("ValueCodes", "Manufacturing"), "制造业", "制造|工业|生产制造"},
    {"D", QT_TRANSLATE_NOOP("ValueCodes", "Power, heat, gas and water supply"), "电力、热力、燃气及水生产和供应业", "Electricity, heat, gas and water supply|电力|能源|水电燃气|电力热力燃气"},
    {"E", QT_TRANSLATE_NOOP("ValueCodes", "Construction"), "建筑业", "建筑|建筑工程|工程建筑"},
    {"F", QT_TRANSLATE_NOOP("ValueCodes", "Wholesale and retail"), "批发和零售业", "Wholesale and retail trade|批发零售业|批发零售|批发|零售|商贸|贸易"},
    {"G", QT_TRANSLATE_NOOP("ValueCodes", "Transport, storage and post"), "交通运输、仓储和邮政业", "Transport, storage and postal services|交通运输|物流|运输|仓储|交通运输业"},
    {"H", QT_TRANSLATE_NOOP("ValueCodes", "Accommodation and catering"), "住宿和餐饮业", "住宿餐饮|餐饮|餐饮业|住宿|酒店"},
    {"I", QT_TRANSLATE_NOOP("ValueCodes", "Information technology and software"), "信息传输、软件和信息技术服务业", "Information transmission, software and IT services|软件和信息技术服务业|信息技术|软件|IT|互联网|信息传输"},
    {"J", QT_TRANSLATE_NOOP("ValueCodes", "Finance"), "金融业", "金融"},
    {"K", QT_TRANSLATE_NOOP("ValueCodes", "Real estate"), "房地产业", "房地产"},
    {"L", QT_TRANSLATE_NOOP("ValueCodes", "Leasing and business services"), "租赁和商务服务业", "商务服务|商务服务业|租赁|咨询"},
    {"M", QT_TRANSLATE_NOOP("ValueCodes", "Research and technical services"), "科学研究和技术服务业", "Scientific research and technical services|科研|科学研究|技术服务"},
    {"N", QT_TRANSLATE_NOOP("ValueCodes", "Water, environment and public facilities"), "水利、环境和公共设施管理业", "Water conservancy, environment and public facilities|水利|环保|环境|公共设施"},
    {"O", QT_TRANSLATE_NOOP("ValueCodes", "Household, repair and other services"), "居民服务、修理和其他服务业", "Resident services, repair and other services|居民服务|修理|其他服务业"},
    {"P", QT_TRANSLATE_NOOP("ValueCodes", "Education"), "教育", "教育业|培训"},
    {"Q", QT_TRANSLATE_NOOP("ValueCodes", "Health and social work"), "卫生和社会工作", "卫生|医疗|医药|医疗卫生"},
    {"R", QT_TRANSLATE_NOOP("ValueCodes", "Culture, sports and entertainment"), "文化、体育和娱乐业", "文化|体育|娱乐|传媒|文化传媒"},
    {"S", QT_TRANSLATE_NOOP("ValueCodes", "Public administration and social organisations"), "公共管理、社会保障和社会组织", "Public administration, social security and social organisations|公共管理|政府|事业单位|社会组织"},
    {"T", QT_TRANSLATE_NOOP("ValueCodes", "International organisations"), "国际组织", ""},
};

constexpr Entry kSizeClasses[] = {
    {"large", QT_TRANSLATE_NOOP("ValueCodes", "Large"), "大型", "大|大型企业|大企业"},
    {"medium", QT_TRANSLATE_NOOP("ValueCodes", "Medium"), "中型", "中|中型企业|中等"},
    {"small", QT_TRANSLATE_NOOP("ValueCodes", "Small"), "小型", "小|小型企业"},
    {"micro", QT_TRANSLATE_NOOP("ValueCodes", "Micro"), "微型", "微|微型企业|小微"},
};

constexpr Entry kStatuses[] = {
    {"active", QT_TRANSLATE_NOOP("ValueCodes", "Active"), "活跃", "正常|合作中|在服务|有效"},
    {"dormant", QT_TRANSLATE_NOOP("ValueCodes", "Dormant"), "休眠", "沉睡|不活跃|沉默"},
    {"lost", QT_TRANSLATE_NOOP("ValueCodes", "Lost"), "流失", "已流失|丢失|失效"},
};

constexpr Entry kGrades[] = {
    {"A", "A", "A", "A级|A类"}, {"B", "B", "B", "B级|B类"}, {"C", "C", "C", "C级|C类"},
    {"D", "D", "D", "D级|D类"}, {"E", "E", "E", "E级|E类"},
};

constexpr Entry kSources[] = {
    {"vendor_assigned", QT_TRANSLATE_NOOP("ValueCodes", "Assigned by the vendor"), "厂商分配", "厂家分配|原厂分配|厂商|厂家"},
    {"referral", QT_TRANSLATE_NOOP("ValueCodes", "Referral"), "转介绍", "客户介绍|介绍|推荐|老客户介绍"},
    {"self_developed", QT_TRANSLATE_NOOP("ValueCodes", "Own prospecting"), "自主开发", "自拓|陌拜|自行开发|电话销售"},
    {"marketing", QT_TRANSLATE_NOOP("ValueCodes", "Marketing campaign"), "市场活动", "营销活动|网络推广|推广|会议营销"},
    {"exhibition", QT_TRANSLATE_NOOP("ValueCodes", "Trade fair"), "展会", "会展|展览会"},
    {"takeover", QT_TRANSLATE_NOOP("ValueCodes", "Taken over"), "接手", "接管|转入|承接"},
    {"other", QT_TRANSLATE_NOOP("ValueCodes", "Other"), "其他", "其它"},
};

constexpr Entry kContactRoles[] = {
    {"boss", QT_TRANSLATE_NOOP("ValueCodes", "Boss"), "老板", "总经理|董事长|法人|法人代表|老总|总裁"},
    {"finance_director", QT_TRANSLATE_NOOP("ValueCodes", "Finance director"), "财务总监", "财务经理|财务负责人|CFO|财务部长"},
    {"chief_accountant", QT_TRANSLATE_NOOP("ValueCodes", "Chief accountant"), "账套主管", "会计主管|主管会计|主办会计|财务主管"},
    {"accountant", QT_TRANSLATE_NOOP("ValueCodes", "Accountant"), "会计", "普通会计|成本会计|总账会计"},
    {"cashier", QT_TRANSLATE_NOOP("ValueCodes", "Cashier"), "出纳", ""},
    {"it", QT_TRANSLATE_NOOP("ValueCodes", "IT staff"), "IT专员", "IT|网管|信息部|信息化主管|系统管理员|IT主管|信息专员"},
    {"business_user", QT_TRANSLATE_NOOP("ValueCodes", "Business user"), "业务用户", "业务人员|采购|仓管|库管|销售|业务员|文员"},
};

constexpr Entry kDecisionRoles[] = {
    {"decision_maker", QT_TRANSLATE_NOOP("ValueCodes", "Decision maker"), "决策者", "决策人|拍板人|决策"},
    {"influencer", QT_TRANSLATE_NOOP("ValueCodes", "Influencer"), "影响者", "影响人|影响"},
    {"user", QT_TRANSLATE_NOOP("ValueCodes", "User"), "使用者", "使用人|用户|使用"},
};

constexpr Entry kLicenceTypes[] = {
    {"dongle", QT_TRANSLATE_NOOP("ValueCodes", "Dongle"), "加密狗", "加密卡|硬件加密|硬加密|狗"},
    {"online", QT_TRANSLATE_NOOP("ValueCodes", "Online licence"), "在线加密", "在线|云加密|在线授权|在线买断"},
    {"offline", QT_TRANSLATE_NOOP("ValueCodes", "Offline licence"), "离线加密", "离线|离线授权|离线买断|软加密"},
    {"saas", QT_TRANSLATE_NOOP("ValueCodes", "SaaS"), "云订阅", "云|订阅|云服务|SaaS订阅"},
};

constexpr Entry kServiceStates[] = {
    {"in_service", QT_TRANSLATE_NOOP("ValueCodes", "In service"), "服务中", "在保|服务期内"},
    {"expiring_soon", QT_TRANSLATE_NOOP("ValueCodes", "Expiring soon"), "即将到期", "快到期"},
    {"expired", QT_TRANSLATE_NOOP("ValueCodes", "Expired"), "已过期", "过期|已到期"},
    {"no_service", QT_TRANSLATE_NOOP("ValueCodes", "No service contract"), "无服务", "无"},
};

std::span<const Entry> entries(CodedField field)
{
    switch (field) {
    case CodedField::Industry: return kIndustries;
    case CodedField::SizeClass: return kSizeClasses;
    case CodedField::Status: return kStatuses;
    case CodedField::Grade: return kGrades;
    case CodedField::Source: return kSources;
    case CodedField::ContactRole: return kContactRoles;
    case CodedField::DecisionRole: return kDecisionRoles;
    case CodedField::LicenceType: return kLicenceTypes;
    case CodedField::ServiceState: return kServiceStates;
    }
    return {};
}

/// Lower case without white space or the punctuation that spellings differ in.
QString matchKey(const QString& text)
{
    QString key;
    for (const QChar c : CellValues::clean(text)) {
        if (c.isSpace() || c == QChar(0x3000) || c == u'、' || c == u'，' || c == u',' || c == u'-' || c == u'_'
            || c == u'(' || c == u')' || c == u'（' || c == u'）') {
            continue;
        }
        key += c.toLower();
    }
    return key;
}

QHash<QString, QString> buildLookup(CodedField field)
{
    QHash<QString, QString> table;
    for (const Entry& entry : entries(field)) {
        const QString code = QString::fromUtf8(entry.code);
        QStringList spellings{code, QString::fromUtf8(entry.english), QString::fromUtf8(entry.chinese)};
        spellings += QString::fromUtf8(entry.synonyms).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        // "C 制造业" and "C-制造业" as some templates write them.
        spellings << code + QString::fromUtf8(entry.chinese);
        for (const QString& spelling : spellings) {
            table.insert(matchKey(spelling), code);
        }
    }
    return table;
}

const QHash<QString, QString>& lookup(CodedField field)
{
    // Built once, before first use, by a thread-safe static initialiser.
    static const std::map<CodedField, QHash<QString, QString>> tables = [] {
        std::map<CodedField, QHash<QString, QString>> all;
        for (const CodedField each : {CodedField::Industry, CodedField::SizeClass, CodedField::Status, CodedField::Grade,
                                      CodedField::Source, CodedField::ContactRole, CodedField::DecisionRole,
                                      CodedField::LicenceType, CodedField::ServiceState}) {
            all.emplace(each, buildLookup(each));
        }
        return all;
    }();
    return tables.at(field);
}

}  // namespace

std::optional<QString> ValueCodes::codeFor(CodedField field, const QString& cell)
{
    const QString key = matchKey(cell);
    if (key.isEmpty()) {
        return QString();
    }
    if (field == CodedField::Grade && (key == u"未评级" || key == u"无" || key == u"unrated")) {
        return QString();
    }
    const auto& table = lookup(field);
    const auto found = table.constFind(key);
    if (found == table.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

QString ValueCodes::displayName(CodedField field, const QString& code)
{
    if (code.isEmpty()) {
        return code;
    }
    for (const Entry& entry : entries(field)) {
        if (code == QLatin1String(entry.code)) {
            return field == CodedField::Grade ? code : tr(entry.english);
        }
    }
    return code;
}

QStringList ValueCodes::displayNames(CodedField field)
{
    QStringList names;
    for (const Entry& entry : entries(field)) {
        names << (field == CodedField::Grade ? QString::fromUtf8(entry.code) : tr(entry.english));
    }
    return names;
}

}  // namespace laoke::client::io
