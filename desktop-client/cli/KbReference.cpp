#include "KbReference.h"

#include <QLocale>
#include <QStringList>

namespace laoke::client::cli {

namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

bool same(const std::string& value, const QString& typed)
{
    return text(value).compare(typed.trimmed(), Qt::CaseInsensitive) == 0;
}

}  // namespace

qint64 KbReference::productLineId(const QString& codeOrName)
{
    QStringList codes;
    for (const protocol::ProductLine& line : lines()) {
        if (same(line.code(), codeOrName) || same(line.name(), codeOrName)) return line.id();
        codes << text(line.code());
    }
    throw Failure{kExitUsage, tr("no product line is called \"%1\"; use one of %2").arg(codeOrName, codes.join(QStringLiteral(", ")))};
}

qint64 KbReference::categoryId(const QString& codeOrName)
{
    QStringList groups;
    QStringList named;   // active categories of that name
    qint64 active = 0;
    qint64 retired = 0;  // a retired one is named only when no active one matches
    for (const protocol::TicketCategory& category : categories()) {
        if (same(category.code(), codeOrName)) return category.id();  // codes are unique
        if (same(category.name_zh(), codeOrName) || same(category.name_en(), codeOrName)) {
            if (!category.retired()) {
                active = category.id();
                named << text(category.code());
            } else if (retired == 0) {
                retired = category.id();
            }
        }
        if (category.parent_id() == 0 && !category.retired()) groups << text(category.code());
    }
    if (named.size() > 1) {
        throw Failure{kExitUsage, tr("several ticket categories are called \"%1\"; name one by its code: %2")
                                      .arg(codeOrName, named.join(QStringLiteral(", ")))};
    }
    if (active != 0) return active;
    if (retired != 0) return retired;
    throw Failure{kExitUsage, tr("no ticket category is called \"%1\"; use a code such as %2 (or a sub-type such as "
                                 "month_end.cannot_close)")
                                  .arg(codeOrName, groups.join(QStringLiteral(", ")))};
}

QString KbReference::categoryName(qint64 id)
{
    if (id == 0) return {};
    for (const protocol::TicketCategory& category : categories()) {
        if (category.id() != id) continue;
        return QLocale().language() == QLocale::Chinese ? text(category.name_zh()) : text(category.name_en());
    }
    return QString::number(id);
}

QString KbReference::categoryPath(qint64 id)
{
    if (id == 0) return {};
    for (const protocol::TicketCategory& category : categories()) {
        if (category.id() != id) continue;
        return category.parent_id() == 0 ? categoryName(id)
                                         : QStringLiteral("%1 › %2").arg(categoryName(category.parent_id()), categoryName(id));
    }
    return QString::number(id);
}

const std::vector<protocol::ProductLine>& KbReference::lines()
{
    if (!m_lines) {
        protocol::Envelope request;
        request.mutable_get_catalogue();
        const protocol::Envelope reply = m_context.client().call(std::move(request));
        m_lines.emplace(reply.catalogue_reply().product_lines().begin(), reply.catalogue_reply().product_lines().end());
    }
    return *m_lines;
}

const std::vector<protocol::TicketCategory>& KbReference::categories()
{
    if (!m_categories) {
        protocol::Envelope request;
        request.mutable_list_ticket_categories();
        const protocol::Envelope reply = m_context.client().call(std::move(request));
        const auto& all = reply.list_ticket_categories_reply().categories();
        m_categories.emplace(all.begin(), all.end());
    }
    return *m_categories;
}

}  // namespace laoke::client::cli
