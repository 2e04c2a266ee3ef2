#include "CommandContext.h"
#include "Commands.h"
#include "CustomerImport.h"
#include "CustomerQuery.h"
#include "CustomerSheet.h"
#include "CustomerText.h"
#include "ProtoJson.h"
#include "SpreadsheetWriter.h"
#include "TableOutput.h"
#include "ValueCodes.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>

namespace laoke::client::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxPageSize = 500;
constexpr int kMaxLimit = 100000;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

class CustomerCommands {
    Q_DECLARE_TR_FUNCTIONS(CustomerCommands)
public:
    static CommandResult search(CommandContext& context)
    {
        const protocol::CustomerFilter filter = CustomerQuery::filter(context, context.arguments().value(0));
        const int limit = context.limitOption(kDefaultLimit, kMaxLimit);
        context.signIn();

        QJsonArray customers;
        TableOutput table({tr("CODE"), tr("NAME"), tr("CITY"), tr("OWNER"), tr("STATUS"), tr("GRADE"),
                           tr("SERVICE END"), tr("MATCHED CONTACT")});
        int count = 0;
        bool more = false;
        // One row more than asked tells whether the list goes on.
        CustomerQuery::forEachPage(context, filter, std::min(limit + 1, kMaxPageSize), [&](const auto& rows) {
            for (const protocol::CustomerRow& row : rows) {
                if (count == limit) {
                    more = true;
                    return false;
                }
                ++count;
                customers.append(protoToJson(row));
                table.addRow({text(row.code()), text(row.name()), text(row.city()), text(row.owner_name()),
                              io::ValueCodes::displayName(io::CodedField::Status, text(row.status())),
                              text(row.manual_grade()), text(row.service_end()), text(row.matched_contact())});
            }
            return true;
        });

        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("customers"), customers}, {QStringLiteral("more"), more}};
        if (count == 0) {
            result.text = tr("No customer matches.") + QLatin1Char('\n');
        } else {
            result.text = table.render();
            if (more) {
                result.text += tr("More customers match; narrow the search or raise --limit (now %1).").arg(limit)
                    + QLatin1Char('\n');
            }
        }
        return result;
    }

    static CommandResult show(CommandContext& context)
    {
        const QString key = context.arguments().at(0).trimmed();
        context.signIn();
        protocol::Envelope request;
        request.mutable_get_customer()->set_customer_id(CustomerQuery::resolve(context, key));
        request.mutable_get_customer()->set_activity_limit(10);
        const protocol::Customer360 view = context.client().call(std::move(request)).customer_360_reply().view();

        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("customer_360"), protoToJson(view)}};
        result.text = CustomerText::view360(view);
        return result;
    }

    static CommandResult exportList(CommandContext& context)
    {
        const QString path = context.arguments().at(0);
        auto writer = io::SpreadsheetWriter::forPath(path, io::CustomerSheet::sheetName());
        if (!writer) {
            throw Failure{kExitUsage, io::SpreadsheetWriter::unsupportedMessage(path)};
        }
        const protocol::CustomerFilter filter =
            CustomerQuery::filter(context, context.invocation().option(QStringLiteral("search")));
        context.signIn();
        if (!writer->open(path, io::CustomerSheet::columns())) {
            throw Failure{kExitRequestFailed, writer->error()};
        }
        int count = 0;
        try {
            CustomerQuery::forEachPage(context, filter, kMaxPageSize, [&](const auto& rows) {
                for (const protocol::CustomerRow& row : rows) {
                    if (!writer->writeRow(io::CustomerSheet::cells(row))) {
                        throw Failure{kExitRequestFailed, writer->error()};
                    }
                    ++count;
                }
                return true;
            });
            if (!writer->close()) {
                throw Failure{kExitRequestFailed, writer->error()};
            }
        } catch (const Failure&) {
            // Half a list looks like a whole one: leave no file behind.
            writer->close();
            QFile::remove(path);
            throw;
        }

        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("customers"), count}};
        result.text = tr("Exported %n customer(s) to %1.", nullptr, count).arg(path) + QLatin1Char('\n');
        return result;
    }
};

}  // namespace

std::vector<CommandSpec> customerCommands()
{
    const QString customers = QStringLiteral("customers");
    const QString status = QStringLiteral("status");
    CommandSpec search{{customers, QStringLiteral("search")}, 0, {status, QStringLiteral("limit")}, {}, true,
                       "customers search [TEXT] [--status S] [--limit N]",
                       QT_TRANSLATE_NOOP("Commands", "find customers by name, code, contact, phone or pinyin"),
                       &CustomerCommands::search};
    search.optionalArguments = 1;
    return {
        search,
        {{customers, QStringLiteral("show")}, 1, {}, {}, true, "customers show CODE_OR_ID",
         QT_TRANSLATE_NOOP("Commands", "show a customer's profile, contacts, installed base, contracts and activities"),
         &CustomerCommands::show},
        {{customers, QStringLiteral("import")}, 1,
         {QStringLiteral("skip-bad-rows"), QStringLiteral("update-duplicates"), QStringLiteral("dry-run")}, {}, true,
         "customers import FILE [--skip-bad-rows] [--update-duplicates] [--dry-run]",
         QT_TRANSLATE_NOOP("Commands", "import customers with contacts and products from .xlsx or .csv (UTF-8 or GBK)"),
         &importCustomers},
        {{customers, QStringLiteral("export")}, 1, {QStringLiteral("search"), status}, {}, true,
         "customers export FILE [--search TEXT] [--status S]",
         QT_TRANSLATE_NOOP("Commands", "export the customers that match to .xlsx or .csv"), &CustomerCommands::exportList},
    };
}

}  // namespace laoke::client::cli
