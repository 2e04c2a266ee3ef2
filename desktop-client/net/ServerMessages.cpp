#include "ServerMessages.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace laoke::client {
namespace {

// The server's sentences as it writes them (server/handlers), each translated in the
// "ServerMessages" context.
constexpr std::array kKnown{
    QT_TRANSLATE_NOOP("ServerMessages", "write what the problem is"),
    QT_TRANSLATE_NOOP("ServerMessages", "write down the solution"),
    QT_TRANSLATE_NOOP("ServerMessages", "give the reason"),
    QT_TRANSLATE_NOOP("ServerMessages", "choose the customer"),
    QT_TRANSLATE_NOOP("ServerMessages", "choose who works on the ticket"),
    QT_TRANSLATE_NOOP("ServerMessages", "choose who goes"),
    QT_TRANSLATE_NOOP("ServerMessages", "choose the installed product the module belongs to"),
    QT_TRANSLATE_NOOP("ServerMessages", "the note is empty"),
    QT_TRANSLATE_NOOP("ServerMessages", "the note is at most 4000 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the note is at most 2000 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the note is at most 500 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the reason is at most 500 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the subject is at most 100 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the description is at most 4000 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the comment is at most 1000 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the complaint is at most 2000 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the address is at most 200 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the assignee is not an active user"),
    QT_TRANSLATE_NOOP("ServerMessages", "the assignee must work for the ticket's branch"),
    QT_TRANSLATE_NOOP("ServerMessages", "tickets are worked by engineers or branch managers"),
    QT_TRANSLATE_NOOP("ServerMessages", "the engineer is not an active user"),
    QT_TRANSLATE_NOOP("ServerMessages", "the engineer must work for the ticket's branch"),
    QT_TRANSLATE_NOOP("ServerMessages", "visits are made by engineers or branch managers"),
    QT_TRANSLATE_NOOP("ServerMessages", "the contact is not one of this customer's"),
    QT_TRANSLATE_NOOP("ServerMessages", "the customer is archived; restore it to open a ticket"),
    QT_TRANSLATE_NOOP("ServerMessages", "the product is not installed at this customer"),
    QT_TRANSLATE_NOOP("ServerMessages", "the module is not part of this installed product"),
    QT_TRANSLATE_NOOP("ServerMessages", "the module is not one of the product line's"),
    QT_TRANSLATE_NOOP("ServerMessages", "unknown category"),
    QT_TRANSLATE_NOOP("ServerMessages", "the ticket was cancelled; open a new ticket for the customer"),
    QT_TRANSLATE_NOOP("ServerMessages", "a visit lasts 15 minutes to 12 hours"),
    QT_TRANSLATE_NOOP("ServerMessages", "the visit would start more than a day ago"),
    QT_TRANSLATE_NOOP("ServerMessages", "visits are booked at most three months ahead"),
    QT_TRANSLATE_NOOP("ServerMessages", "only a planned visit can be moved"),
    QT_TRANSLATE_NOOP("ServerMessages", "give the customer's satisfaction from 1 to 5"),
    QT_TRANSLATE_NOOP("ServerMessages", "satisfaction is only given when the customer was reached"),
    QT_TRANSLATE_NOOP("ServerMessages", "a complaint is recorded only when someone was spoken to"),
    QT_TRANSLATE_NOOP("ServerMessages", "this ticket already has a complaint being handled"),
    QT_TRANSLATE_NOOP("ServerMessages", "write what the customer complains about"),
    QT_TRANSLATE_NOOP("ServerMessages", "write down how the complaint was resolved"),
    QT_TRANSLATE_NOOP("ServerMessages", "the callback of this ticket is still waiting: recording it closes the ticket"),
    QT_TRANSLATE_NOOP("ServerMessages", "you solved this ticket: a colleague or the branch manager calls the customer back"),
    QT_TRANSLATE_NOOP("ServerMessages", "only a branch manager assigns tickets to others"),
    QT_TRANSLATE_NOOP("ServerMessages", "only a branch manager moves a ticket someone is already assigned to"),
    QT_TRANSLATE_NOOP("ServerMessages", "only the assigned engineer or a branch manager may do this"),
    QT_TRANSLATE_NOOP("ServerMessages", "only the first responder or a branch manager may close the ticket"),
    QT_TRANSLATE_NOOP("ServerMessages", "only the first responder or a branch manager may cancel the ticket"),
    QT_TRANSLATE_NOOP("ServerMessages", "only a branch manager may do this"),
    QT_TRANSLATE_NOOP("ServerMessages", "only a branch manager books visits for others"),
    QT_TRANSLATE_NOOP("ServerMessages", "only a branch manager moves another engineer's visit"),
    QT_TRANSLATE_NOOP("ServerMessages", "only the visiting engineer or a branch manager may do this"),
    QT_TRANSLATE_NOOP("ServerMessages", "book visits for tickets you own or work on"),
    QT_TRANSLATE_NOOP("ServerMessages", "the visit was changed by someone else since you opened it"),
    QT_TRANSLATE_NOOP("ServerMessages", "the complaint was changed by someone else since you opened it"),
    QT_TRANSLATE_NOOP("ServerMessages", "only a branch manager changes the priority of a ticket"),
    QT_TRANSLATE_NOOP("ServerMessages", "only the first responder, the assigned engineer or a branch manager may correct the ticket"),
    QT_TRANSLATE_NOOP("ServerMessages", "this category is retired; choose another"),
    QT_TRANSLATE_NOOP("ServerMessages", "give the category a Chinese name"),
    QT_TRANSLATE_NOOP("ServerMessages", "the Chinese name is at most 32 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "give the category an English name"),
    QT_TRANSLATE_NOOP("ServerMessages", "the English name is at most 64 characters"),
    QT_TRANSLATE_NOOP("ServerMessages", "the position is 0 to 100000"),
    QT_TRANSLATE_NOOP("ServerMessages", "another category beside it already has this name"),
    QT_TRANSLATE_NOOP("ServerMessages", "a new category is in use from the start"),
    QT_TRANSLATE_NOOP("ServerMessages", "categories have two levels: a sub-type belongs to a group and has no sub-types of its own"),
    QT_TRANSLATE_NOOP("ServerMessages", "the group is retired"),
    QT_TRANSLATE_NOOP("ServerMessages", "a category stays in its group (the reports count by group)"),
    QT_TRANSLATE_NOOP("ServerMessages", "its group is retired; restore the group first"),
    QT_TRANSLATE_NOOP("ServerMessages", "the category was changed by someone else since you opened it"),
    QT_TRANSLATE_NOOP("ServerMessages", "no such category"),
    QT_TRANSLATE_NOOP("ServerMessages", "your role may not do this"),
};

}  // namespace

std::optional<QString> translatedServerMessage(const QString& detail)
{
    const QByteArray utf8 = detail.toUtf8();
    for (const char* known : kKnown) {
        if (utf8 == known) return QCoreApplication::translate("ServerMessages", known);
    }
    // "a resolved ticket cannot be given the action start": the state the client shows is stale.
    static const QRegularExpression wrongState(QStringLiteral("^an? [a-z_]+ ticket cannot be given the action [a-z_]+$"));
    if (wrongState.match(detail).hasMatch()) {
        return QCoreApplication::translate("ServerMessages",
                                           "The ticket's state does not allow this now; look at the ticket again.");
    }
    // "unknown priority 'whenever'": the codes a script may send.
    static const QRegularExpression unknownPriority(QStringLiteral("^unknown priority '(.*)'$"));
    if (const auto match = unknownPriority.match(detail); match.hasMatch()) {
        return QCoreApplication::translate("ServerMessages", "There is no priority “%1”: use urgent, high, normal or consult.")
            .arg(match.captured(1));
    }
    static const QRegularExpression unknownChannel(QStringLiteral("^unknown channel '(.*)'$"));
    if (const auto match = unknownChannel.match(detail); match.hasMatch()) {
        return QCoreApplication::translate("ServerMessages",
                                           "There is no channel “%1”: use hotline, remote, onsite, wechat or walk_in.")
            .arg(match.captured(1));
    }
    // "a resolved ticket is not corrected any more; reopen it first" (TicketEditHandler).
    static const QRegularExpression settled(QStringLiteral("^an? [a-z_]+ ticket is not corrected any more; reopen it first$"));
    if (settled.match(detail).hasMatch()) {
        return QCoreApplication::translate("ServerMessages",
                                           "A settled ticket is not corrected any more; reopen it first.");
    }
    // "the ticket was changed by 王建国 since you opened it": who, in the user's language.
    static const QRegularExpression changedBy(QStringLiteral("^the ticket was changed by (.+) since you opened it$"));
    if (const auto match = changedBy.match(detail); match.hasMatch()) {
        if (match.captured(1) == QLatin1String("someone else")) {
            return QCoreApplication::translate("ServerMessages", "Someone else changed the ticket after you opened it.");
        }
        return QCoreApplication::translate("ServerMessages", "%1 changed the ticket after you opened it.").arg(match.captured(1));
    }
    return std::nullopt;
}

}  // namespace laoke::client
