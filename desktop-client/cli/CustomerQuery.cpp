#include "CustomerQuery.h"

#include "ValueCodes.h"

namespace laoke::client::cli {

protocol::CustomerFilter CustomerQuery::filter(const CommandContext& context, const QString& text)
{
    protocol::CustomerFilter filter;
    filter.set_text(text.trimmed().toStdString());
    const QString statuses = context.invocation().option(QStringLiteral("status"));
    for (const QString& status : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto code = io::ValueCodes::codeFor(io::CodedField::Status, status);
        if (!code || code->isEmpty()) {
            throw Failure{kExitUsage, tr("unknown status \"%1\"; use active, dormant or lost").arg(status)};
        }
        filter.add_statuses(code->toStdString());
    }
    return filter;
}

void CustomerQuery::forEachPage(
    CommandContext& context, const protocol::CustomerFilter& filter, int pageSize,
    const std::function<bool(const google::protobuf::RepeatedPtrField<protocol::CustomerRow>&)>& page)
{
    std::string after;
    do {
        protocol::Envelope request;
        protocol::SearchCustomersRequest* search = request.mutable_search_customers();
        *search->mutable_filter() = filter;
        search->set_sort(protocol::SORT_BY_NAME);
        search->set_page_size(pageSize);
        search->set_after(after);
        const protocol::Envelope reply = context.client().call(std::move(request));
        const protocol::SearchCustomersReply& rows = reply.search_customers_reply();
        if (!page(rows.rows())) {
            return;
        }
        after = rows.next_page();
    } while (!after.empty());
}

qint64 CustomerQuery::resolve(CommandContext& context, const QString& key)
{
    protocol::CustomerFilter filter;
    filter.set_text(key.toStdString());
    filter.set_include_archived(true);
    qint64 id = 0;
    forEachPage(context, filter, 50, [&](const auto& rows) {
        for (const protocol::CustomerRow& row : rows) {
            if (QString::fromStdString(row.code()).compare(key, Qt::CaseInsensitive) == 0) {
                id = row.id();
            }
        }
        return false;  // an exact code is on the first page if anywhere
    });
    if (id != 0) {
        return id;
    }
    bool isNumber = false;
    const qint64 number = key.toLongLong(&isNumber);
    if (isNumber && number > 0) {
        return number;
    }
    throw Failure{kExitRequestFailed, tr("no customer has the code \"%1\"").arg(key)};
}

}  // namespace laoke::client::cli
