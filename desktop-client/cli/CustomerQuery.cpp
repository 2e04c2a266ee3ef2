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

}  // namespace laoke::client::cli
