#pragma once
// What `customers search` and `customers export` share: the filter built from the command
// line (search text, --status) and paging through SearchCustomers with the keyset cursor.

#include "CommandContext.h"
#include "laoke.pb.h"

#include <QCoreApplication>

#include <functional>

namespace laoke::client::cli {

class CustomerQuery {
    Q_DECLARE_TR_FUNCTIONS(CustomerQuery)
public:
    /// The filter for `text` and the --status option (codes or their names, comma separated).
    static protocol::CustomerFilter filter(const CommandContext& context, const QString& text);

    /// Calls `page` with each page of rows, in order, until it returns false or the last
    /// page has been seen.
    static void forEachPage(CommandContext& context, const protocol::CustomerFilter& filter, int pageSize,
                            const std::function<bool(const google::protobuf::RepeatedPtrField<protocol::CustomerRow>&)>& page);

    /// The id of the customer with this code (people know customers by code, KH000123);
    /// a number that is no code is taken as an id (scripts). Throws a Failure otherwise.
    static qint64 resolve(CommandContext& context, const QString& key);
};

}  // namespace laoke::client::cli
