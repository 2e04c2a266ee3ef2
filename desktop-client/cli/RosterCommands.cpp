// `laokectl roster ...`: the duty roster (值班表) from the command line: show a branch's week
// with the hotline staffing suggestion and why, and set one person's duty on one day (saved
// at the version just read, so a manager's concurrent save is never overwritten).

#include "CommandContext.h"
#include "Commands.h"
#include "DutyNames.h"
#include "Failure.h"
#include "ProtoJson.h"
#include "TableOutput.h"

#include <QDate>
#include <QJsonArray>

#include <map>

namespace laoke::client::cli {

namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

class RosterCommands {
    Q_DECLARE_TR_FUNCTIONS(RosterCommands)
public:
    static CommandResult show(CommandContext& context)
    {
        const QString week = dateOption(context.invocation().option(QStringLiteral("week")));
        context.signIn();
        const protocol::RosterWeek roster = read(context, week, branchOption(context));
        CommandResult result;
        QJsonObject json = protoToJson(roster);
        QJsonArray reasons;
        for (const auto& day : roster.days()) reasons.append(DutyNames::reason(day, roster.history_weeks()));
        json.insert(QStringLiteral("reasons"), reasons);
        result.json = QJsonObject{{QStringLiteral("roster"), json}};
        result.text = render(roster);
        return result;
    }

    static CommandResult set(CommandContext& context)
    {
        const QString username = context.arguments().at(0).trimmed();
        const QString date = dateOption(context.arguments().at(1));
        const QString duty = dutyCode(context.arguments().at(2));
        const QString note = context.invocation().option(QStringLiteral("note")).trimmed();
        context.signIn();
        const protocol::RosterWeek roster = read(context, date, branchOption(context));
        qint64 userId = 0;
        for (const auto& person : roster.people()) {
            if (text(person.username()) == username) userId = person.user_id();
        }
        if (userId == 0) {
            throw Failure{kExitRequestFailed,
                          tr("\"%1\" is not an active engineer or branch manager of %2").arg(username, text(roster.branch_name()))};
        }
        protocol::Envelope request;
        auto* save = request.mutable_save_roster();
        save->set_branch_id(roster.branch_id());
        save->set_week_start(roster.week_start());
        save->set_expected_version(roster.version());
        auto* cell = save->add_cells();
        cell->set_user_id(userId);
        cell->set_date(date.toStdString());
        cell->set_duty(duty.toStdString());
        cell->set_note(note.toStdString());
        const protocol::Envelope reply = context.client().call(std::move(request));
        const protocol::RosterWeek saved = reply.roster_week();
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("roster"), protoToJson(saved)}};
        result.text = tr("%1 on %2: %3").arg(username, date, DutyNames::duty(duty)) + QLatin1Char('\n') + render(saved);
        return result;
    }

private:
    static QString dateOption(const QString& value)
    {
        if (value.isEmpty()) return {};
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!date.isValid()) throw Failure{kExitUsage, tr("a date is written YYYY-MM-DD, e.g. 2026-12-07")};
        return date.toString(Qt::ISODate);
    }

    // The codes, the words of the user's language, or the Chinese words whatever the
    // language (a script written in a Chinese office keeps working elsewhere).
    static QString dutyCode(const QString& value)
    {
        const QString wanted = value.trimmed();
        const QStringList chinese{QStringLiteral("热线"), QStringLiteral("外勤"), QStringLiteral("坐班"), QStringLiteral("休假")};
        const QStringList codes = DutyNames::codes();
        for (int i = 0; i < codes.size(); ++i) {
            const QString& code = codes.at(i);
            if (wanted.compare(code, Qt::CaseInsensitive) == 0 || wanted == DutyNames::duty(code) || wanted == chinese.value(i)) {
                return code;
            }
        }
        throw Failure{kExitUsage, tr("the duty is hotline, onsite, office or leave")};
    }

    // --branch CODE, for administrators (everyone else has their own branch).
    static qint64 branchOption(CommandContext& context)
    {
        const QString code = context.invocation().option(QStringLiteral("branch"));
        if (code.isEmpty()) return 0;
        protocol::Envelope request;
        request.mutable_list_branches();
        const protocol::Envelope reply = context.client().call(std::move(request));
        for (const protocol::Branch& branch : reply.list_branches_reply().branches()) {
            if (text(branch.code()) == code) return branch.id();
        }
        throw Failure{kExitRequestFailed, tr("there is no branch with the code \"%1\"").arg(code)};
    }

    static protocol::RosterWeek read(CommandContext& context, const QString& week, qint64 branchId)
    {
        protocol::Envelope request;
        request.mutable_get_roster_week()->set_week(week.toStdString());
        request.mutable_get_roster_week()->set_branch_id(branchId);
        const protocol::Envelope reply = context.client().call(std::move(request));
        return reply.roster_week();
    }

    // People down, days across, then the suggestion per day with its reason.
    static QString render(const protocol::RosterWeek& roster)
    {
        const QDate monday = QDate::fromString(text(roster.week_start()), Qt::ISODate);
        QStringList headers{tr("NAME")};
        for (const auto& day : roster.days()) {
            const QDate date = QDate::fromString(text(day.date()), Qt::ISODate);
            headers << QStringLiteral("%1 %2").arg(DutyNames::weekday(date.dayOfWeek()), DutyNames::date(date));
        }
        std::map<std::pair<qint64, std::string>, protocol::RosterCell> cells;
        for (const auto& cell : roster.cells()) cells[{cell.user_id(), cell.date()}] = cell;
        TableOutput table(headers);
        for (const auto& person : roster.people()) {
            QStringList row{text(person.display_name())};
            for (const auto& day : roster.days()) {
                const auto found = cells.find({person.user_id(), day.date()});
                if (found == cells.end()) {
                    // Nobody is in the office on a day off unless put on a duty (the desktop greys it).
                    row << (day.workday() ? DutyNames::duty(QStringLiteral("office")) : QStringLiteral("—"));
                } else {
                    const QString note = text(found->second.note());
                    row << (note.isEmpty() ? DutyNames::duty(text(found->second.duty()))
                                           : tr("%1 (%2)").arg(DutyNames::duty(text(found->second.duty())), note));
                }
            }
            table.addRow(row);
        }
        QString out = tr("%1 · %2 · version %3").arg(text(roster.branch_name()), DutyNames::week(monday)).arg(roster.version()) +
                      QLatin1Char('\n') + table.render();
        out += tr("Hotline suggestion (%1 tickets per person a day):").arg(roster.tickets_per_person()) + QLatin1Char('\n');
        for (const auto& day : roster.days()) {
            const QDate date = QDate::fromString(text(day.date()), Qt::ISODate);
            const QString marks = DutyNames::marks(day);
            out += QStringLiteral("  %1 %2%3  %4%5\n")
                       .arg(DutyNames::weekday(date.dayOfWeek()), DutyNames::date(date),
                            marks.isEmpty() ? QString() : tr(" [%1]").arg(marks), DutyNames::reason(day, roster.history_weeks()),
                            day.suggestion().short_staffed() ? QStringLiteral("  ") + tr("SHORT") : QString());
        }
        return out;
    }
};

}  // namespace

std::vector<CommandSpec> rosterCommands()
{
    const QString roster = QStringLiteral("roster");
    CommandSpec show{{roster, QStringLiteral("show")}, 0, {QStringLiteral("week"), QStringLiteral("branch")}, {}, true,
                     "roster show [--week YYYY-MM-DD] [--branch CODE]",
                     QT_TRANSLATE_NOOP("Commands", "show a week's duty roster with the hotline staffing suggestion per day "
                                                   "(admins name the branch)"),
                     &RosterCommands::show};
    CommandSpec set{{roster, QStringLiteral("set")}, 3, {QStringLiteral("note"), QStringLiteral("branch")}, {}, true,
                    "roster set USER YYYY-MM-DD hotline|onsite|office|leave [--note TEXT] [--branch CODE]",
                    QT_TRANSLATE_NOOP("Commands", "put a person on a duty for a day (branch managers and admins)"),
                    &RosterCommands::set};
    return {show, set};
}

}  // namespace laoke::client::cli
