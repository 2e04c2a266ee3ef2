#pragma once
// What `laokectl kb` commands look up to speak the user's terms: product lines by code or
// name (get_catalogue) and ticket categories by code or name (list_ticket_categories), each
// read once per command and only when needed.

#include "CommandContext.h"
#include "laoke.pb.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace laoke::client::cli {

class KbReference {
    Q_DECLARE_TR_FUNCTIONS(KbReference)
public:
    explicit KbReference(CommandContext& context) : m_context(context) {}

    /// The id of the product line with this code or name (case-insensitive); throws a usage
    /// Failure naming the codes otherwise.
    qint64 productLineId(const QString& codeOrName);
    /// The id of the category with this code or Chinese or English name; a usage Failure
    /// otherwise, also when the name is that of several categories (the codes then tell them apart).
    qint64 categoryId(const QString& codeOrName);
    /// The category's name in the user's language (Chinese locales: Chinese); "" for 0.
    QString categoryName(qint64 id);
    /// "Group › Sub-type" for a sub-type, the name for a group; "" for 0.
    QString categoryPath(qint64 id);

private:
    const std::vector<protocol::ProductLine>& lines();
    const std::vector<protocol::TicketCategory>& categories();

    CommandContext& m_context;
    std::optional<std::vector<protocol::ProductLine>> m_lines;
    std::optional<std::vector<protocol::TicketCategory>> m_categories;
};

}  // namespace laoke::client::cli
