#include "ColumnMapping.h"

#include "CellValues.h"

#include <QHash>
#include <QRegularExpression>

namespace laoke::client::io {

namespace {

struct Synonyms {
    ImportField field;
    const char* headers;  ///< '|' separated, compared after normalisation (see headerKey)
};

// Spellings seen in partners' own sheets, vendor templates and this program's exports.
constexpr Synonyms kSynonyms[] = {
    {ImportField::CustomerName, "客户名称|公司名称|客户|客户全称|公司全称|单位名称|企业名称|公司|名称|customer|customername|name|company|companyname"},
    {ImportField::ShortName, "简称|客户简称|公司简称|shortname|abbreviation"},
    {ImportField::CustomerCode, "客户编码|客户编号|客户代码|编码|编号|code|customercode|customerno"},
    {ImportField::CreditCode, "统一社会信用代码|社会信用代码|信用代码|纳税人识别号|税号|creditcode|unifiedsocialcreditcode|uscc|taxid|taxnumber"},
    {ImportField::Industry, "行业|所属行业|行业分类|行业类别|industry"},
    {ImportField::SizeClass, "规模|企业规模|公司规模|sizeclass|size|companysize"},
    {ImportField::Province, "省|省份|所在省份|省/直辖市|省市|province"},
    {ImportField::City, "市|城市|所在城市|地市|city"},
    {ImportField::District, "区县|区/县|县区|区|县|district|county"},
    {ImportField::Address, "地址|详细地址|公司地址|办公地址|通讯地址|address"},
    {ImportField::Location, "坐标|经纬度|位置坐标|地理坐标|gps|coordinates|location|latlng|lnglat"},
    {ImportField::Branch, "分公司|服务分公司|所属分公司|服务网点|服务站|branch|branchname"},
    {ImportField::Owner, "负责人|客户经理|客户负责人|业务员|销售人员|销售|owner|accountmanager|ownername"},
    {ImportField::Status, "状态|客户状态|status"},
    {ImportField::Grade, "等级|客户等级|级别|客户级别|grade|manualgrade"},
    {ImportField::Source, "来源|客户来源|source"},
    {ImportField::ItMaturity, "信息化程度|信息化水平|itmaturity"},
    {ImportField::Notes, "备注|说明|备注说明|notes|note|remark|remarks"},
    {ImportField::ContactName, "联系人|联系人姓名|姓名|联系人名称|contact|contactname"},
    {ImportField::ContactTitle, "职务|职位|联系人职务|岗位|title|jobtitle|contacttitle"},
    {ImportField::ContactRole, "角色|联系人角色|岗位角色|contactrole|role"},
    {ImportField::DecisionRole, "决策角色|决策关系|decisionrole"},
    {ImportField::ContactMobile, "手机|手机号|手机号码|移动电话|联系人手机|mobile|mobilephone|cellphone|cell"},
    {ImportField::ContactPhone, "电话|座机|固定电话|办公电话|联系电话|联系人电话|phone|telephone|tel"},
    {ImportField::ContactWechat, "微信|微信号|联系人微信|wechat|weixin"},
    {ImportField::ContactEmail, "邮箱|电子邮箱|电子邮件|邮件|联系人邮箱|email|e-mail|mail"},
    {ImportField::ProductLine, "产品|产品线|已购产品|软件产品|购买产品|产品名称|product|productline"},
    {ImportField::ProductVersion, "版本|产品版本|版本号|version|productversion"},
    {ImportField::Modules, "模块|已购模块|购买模块|功能模块|modules|module"},
    {ImportField::Seats, "站点数|站点|用户数|许可数|授权数|并发数|seats|licences|licenses|users"},
    {ImportField::LicenceType, "加密方式|授权方式|许可类型|加密类型|licencetype|licensetype|licence|license"},
    {ImportField::GoLiveOn, "上线日期|上线时间|启用日期|启用时间|实施上线日期|golive|goliveon|golivedate"},
    {ImportField::ServiceEndOn, "服务到期|服务到期日|服务到期日期|服务截止日期|服务到期时间|sps到期日|服务期至|serviceend|serviceendon|serviceenddate"},
};

/// Lower case without spaces, required-markers ('*'), colons or a bracketed remark such as
/// "(必填)" / "（选填）", so "* 客户名称（必填）:" and "客户名称" compare equal.
QString headerKey(const QString& header)
{
    static const QRegularExpression remark(QStringLiteral(R"([(（][^)）]*[)）])"));
    QString key = CellValues::clean(header);
    key.remove(remark);
    QString plain;
    for (const QChar c : key) {
        if (c.isSpace() || c == QChar(0x3000) || c == u'*' || c == u':' || c == u'：' || c == u'_' || c == u' ') {
            continue;
        }
        plain += c.toLower();
    }
    return plain;
}

const QHash<QString, ImportField>& table()
{
    static const QHash<QString, ImportField> byHeader = [] {
        QHash<QString, ImportField> all;
        for (const Synonyms& entry : kSynonyms) {
            for (const QString& header : QString::fromUtf8(entry.headers).split(QLatin1Char('|'))) {
                all.insert(headerKey(header), entry.field);
            }
            // The program's own English display names (exports and error reports in English).
            all.insert(headerKey(ImportFields::englishName(entry.field)), entry.field);
        }
        return all;
    }();
    return byHeader;
}

}  // namespace

ImportField ColumnMapping::fieldForHeader(const QString& header)
{
    const QString key = headerKey(header);
    if (key.isEmpty()) {
        return ImportField::Ignore;
    }
    const auto& byHeader = table();
    if (const auto found = byHeader.constFind(key); found != byHeader.constEnd()) {
        return *found;
    }
    // The display names in the current language (exports made in another language).
    for (const ImportField field : ImportFields::all()) {
        if (field != ImportField::Ignore && key == headerKey(ImportFields::displayName(field))) {
            return field;
        }
    }
    return ImportField::Ignore;
}

ColumnMapping ColumnMapping::guess(const QStringList& headers)
{
    ColumnMapping mapping;
    for (const QString& header : headers) {
        const ImportField field = fieldForHeader(header);
        mapping.m_fields << (field != ImportField::Ignore && mapping.has(field) ? ImportField::Ignore : field);
    }
    return mapping;
}

void ColumnMapping::set(qsizetype column, ImportField field)
{
    while (m_fields.size() <= column) {
        m_fields << ImportField::Ignore;
    }
    if (field != ImportField::Ignore) {
        const qsizetype previous = columnOf(field);
        if (previous >= 0 && previous != column) {
            m_fields[previous] = ImportField::Ignore;
        }
    }
    m_fields[column] = field;
}

qsizetype ColumnMapping::columnOf(ImportField field) const
{
    return field == ImportField::Ignore ? -1 : m_fields.indexOf(field);
}

}  // namespace laoke::client::io
