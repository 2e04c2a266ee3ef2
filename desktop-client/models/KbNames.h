#pragma once
// The words the knowledge base screens use for an article's facts: the product line it holds
// for ("every product line" when none), with its versions, and why an article was suggested
// for a ticket, in words ("same category · for U8+ · 42% of the wording alike").

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QString>

namespace laoke::client {

class KbNames {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::KbNames)
public:
    /// "用友U8+ (13.0–16.1)", "Every product line", or the line alone without versions.
    static QString productText(const std::string& lineName, const std::string& versions);
    /// The reasons of a suggestion, most telling first, joined with " · ".
    static QString reasons(const protocol::KbSuggestion& suggestion);
    /// "Used on 3 tickets" / "Not used yet".
    static QString useCount(int count);
};

}  // namespace laoke::client
