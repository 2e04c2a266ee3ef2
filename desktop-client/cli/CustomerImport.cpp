#include "CustomerImport.h"

#include "CommandContext.h"
#include "ColumnMapping.h"
#include "ImportChunks.h"
#include "ImportPlan.h"
#include "ImportReport.h"
#include "SpreadsheetReader.h"
#include "TableOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace laoke::client::cli {

namespace {

// Applying tens of thousands of rows in one transaction takes a while; the default request
// timeout would give up on a server that is working.
constexpr int kApplyTimeoutMs = 30 * 60 * 1000;

class CustomerImport {
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)
public:
    static CommandResult run(CommandContext& context)
    {
        const QString path = context.arguments().at(0);
        const bool skipBadRows = context.invocation().options.contains(QStringLiteral("skip-bad-rows"));
        const bool updateDuplicates = context.invocation().options.contains(QStringLiteral("update-duplicates"));
        const bool dryRun = context.invocation().options.contains(QStringLiteral("dry-run"));

        const io::SheetReadResult sheet = io::SpreadsheetReader::readFile(path);
        if (!sheet.ok) {
            throw Failure{kExitUsage, sheet.error};
        }
        const io::ColumnMapping mapping = io::ColumnMapping::guess(sheet.rows.value(0));
        if (const QString problem = io::ImportPlan::mappingProblem(mapping); !problem.isEmpty()) {
            throw Failure{kExitUsage, QStringLiteral("%1: %2").arg(path, problem)};
        }
        if (sheet.rows.size() < 2) {
            throw Failure{kExitUsage, tr("%1 has no rows to import").arg(path)};
        }
        context.signIn();
        const io::CatalogueMatcher catalogue = fetchCatalogue(context);
        const io::ImportPlan plan = io::ImportPlan::build(sheet.rows, mapping, 0, &catalogue);

        Outcome outcome;
        outcome.path = path;
        outcome.dryRun = dryRun;
        outcome.customers = static_cast<int>(plan.customers().size());
        outcome.clientRejected = plan.badCustomerCount();

        if (outcome.clientRejected > 0 && !skipBadRows) {
            // Nothing is sent: the file must be fixed first, or bad rows skipped on purpose.
            outcome.lines = io::ImportReport::lines(plan, nullptr);
            throw rejected(context, outcome,
                           tr("%1: %n of %2 customer(s) have problems; nothing was imported (fix the rows, or "
                              "use --skip-bad-rows)", nullptr, outcome.clientRejected)
                               .arg(path)
                               .arg(outcome.customers));
        }

        const std::vector<protocol::ImportRow> rows = plan.rowsToStage(true);
        if (!rows.empty()) {
            const std::string importId = io::newImportId();
            for (const protocol::StageImportRequest& chunk : io::chunkImport(importId, rows)) {
                protocol::Envelope request;
                *request.mutable_stage_import() = chunk;
                context.client().call(std::move(request));
            }
            protocol::Envelope request;
            protocol::ApplyImportRequest* apply = request.mutable_apply_import();
            apply->set_import_id(importId);
            apply->set_skip_bad_rows(skipBadRows);
            apply->set_update_duplicates(updateDuplicates);
            apply->set_dry_run(dryRun);
            try {
                outcome.reply = context.client().call(std::move(request), kApplyTimeoutMs).apply_import_reply();
            } catch (const Failure& failure) {
                if (failure.exitCode != kExitConnection || dryRun) {
                    throw;
                }
                // The whole import reached the server; only its answer is missing.
                throw Failure{kExitConnection,
                              tr("%1 The server may still be importing %2: check with 'laokectl customers search' "
                                 "before importing it again.")
                                  .arg(failure.message, path)};
            }
        }
        outcome.lines = io::ImportReport::lines(plan, outcome.reply ? &*outcome.reply : nullptr);

        if (outcome.reply && outcome.reply->rejected() > 0 && !skipBadRows && !dryRun) {
            throw rejected(context, outcome,
                           tr("%1: the server rejected %n customer(s); nothing was imported (fix the rows, or use "
                              "--skip-bad-rows)", nullptr, outcome.reply->rejected())
                               .arg(path));
        }
        CommandResult result;
        result.json = json(outcome);
        result.text = text(outcome);
        return result;
    }

private:
    static io::CatalogueMatcher fetchCatalogue(CommandContext& context)
    {
        protocol::Envelope request;
        request.mutable_get_catalogue();
        const protocol::Envelope reply = context.client().call(std::move(request));
        const auto& lines = reply.catalogue_reply().product_lines();
        return io::CatalogueMatcher(std::vector<protocol::ProductLine>(lines.begin(), lines.end()));
    }

    struct Outcome {
        QString path;
        bool dryRun = false;
        int customers = 0;
        int clientRejected = 0;
        std::optional<protocol::ApplyImportReply> reply;
        QList<io::ReportLine> lines;
    };

    static int rejectedCount(const Outcome& outcome)
    {
        return outcome.clientRejected + (outcome.reply ? outcome.reply->rejected() : 0);
    }

    static Failure rejected(const CommandContext& context, const Outcome& outcome, const QString& message)
    {
        Failure failure{kExitRequestFailed, message};
        failure.output = context.invocation().json ? QJsonDocument(json(outcome)).toJson(QJsonDocument::Indented)
                                                   : problemTable(outcome).toUtf8();
        return failure;
    }

    static QString problemTable(const Outcome& outcome)
    {
        TableOutput table({tr("ROW"), tr("OUTCOME"), tr("PROBLEM")});
        for (const io::ReportLine& line : outcome.lines) {
            table.addRow({QString::number(line.rowNumber), io::ImportReport::outcomeText(line.outcome), line.message});
        }
        return table.render();
    }

    static QString text(const Outcome& outcome)
    {
        const protocol::ApplyImportReply reply = outcome.reply.value_or(protocol::ApplyImportReply());
        const QString counts = tr("%1 created, %2 updated, %3 duplicate(s) skipped, %4 rejected")
                                   .arg(reply.created())
                                   .arg(reply.updated())
                                   .arg(reply.skipped_duplicates())
                                   .arg(rejectedCount(outcome));
        QString out = outcome.dryRun
            ? tr("Checked %1 (dry run, nothing was changed): %2.").arg(outcome.path, counts)
            : tr("Imported %1: %2.").arg(outcome.path, counts);
        out += QLatin1Char('\n');
        if (!outcome.lines.isEmpty()) {
            out += problemTable(outcome);
        }
        return out;
    }

    static QJsonObject json(const Outcome& outcome)
    {
        const protocol::ApplyImportReply reply = outcome.reply.value_or(protocol::ApplyImportReply());
        QJsonArray rows;
        for (const io::ReportLine& line : outcome.lines) {
            rows.append(QJsonObject{{QStringLiteral("row"), line.rowNumber},
                                    {QStringLiteral("outcome"), line.outcome},
                                    {QStringLiteral("message"), line.message}});
        }
        return QJsonObject{
            {QStringLiteral("file"), outcome.path},
            {QStringLiteral("dry_run"), outcome.dryRun},
            {QStringLiteral("applied"), reply.applied()},
            {QStringLiteral("customers"), outcome.customers},
            {QStringLiteral("created"), reply.created()},
            {QStringLiteral("updated"), reply.updated()},
            {QStringLiteral("skipped_duplicates"), reply.skipped_duplicates()},
            {QStringLiteral("rejected"), rejectedCount(outcome)},
            {QStringLiteral("rows"), rows},
        };
    }
};

}  // namespace

CommandResult importCustomers(CommandContext& context)
{
    return CustomerImport::run(context);
}

}  // namespace laoke::client::cli
