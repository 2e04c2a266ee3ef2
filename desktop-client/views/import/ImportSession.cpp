#include "ImportSession.h"

#include "Connection.h"
#include "ImportChunks.h"

#include <QPointer>
#include <QTimer>

namespace laoke::ui {

namespace {
// One transaction over tens of thousands of rows takes a while at the server.
constexpr int kApplyTimeoutMs = 30 * 60 * 1000;
}

ImportSession::ImportSession(client::Connection& connection, QObject* parent)
    : QObject(parent),
      m_connection(connection) {}

void ImportSession::start(std::vector<protocol::ImportRow> rows, ImportOptions options)
{
    ++m_generation;
    m_options = options;
    m_importId = client::io::newImportId();
    m_chunks = client::io::chunkImport(m_importId, rows);
    m_running = true;
    m_cancelRequested = false;
    if (m_chunks.empty()) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation) return;
            m_running = false;
            emit finished(protocol::ApplyImportReply());
        });
        return;
    }
    emit progress(0, chunkCount());
    sendChunk(0);
}

void ImportSession::cancel()
{
    if (m_running) m_cancelRequested = true;
}

void ImportSession::sendChunk(std::size_t index)
{
    protocol::Envelope request;
    *request.mutable_stage_import() = m_chunks[index];
    QPointer<ImportSession> self(this);
    const quint64 generation = m_generation;
    m_connection.send(std::move(request), [self, generation, index](const client::Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok()) {
            self->fail(reply.error().userMessage());
            return;
        }
        emit self->progress(static_cast<int>(index + 1), self->chunkCount());
        if (self->m_cancelRequested) {
            self->m_running = false;
            emit self->cancelled();
        } else if (index + 1 < self->m_chunks.size()) {
            self->sendChunk(index + 1);
        } else {
            self->sendApply();
        }
    });
}

void ImportSession::sendApply()
{
    emit applying();
    protocol::Envelope request;
    protocol::ApplyImportRequest* apply = request.mutable_apply_import();
    apply->set_import_id(m_importId);
    apply->set_skip_bad_rows(m_options.skipBadRows);
    apply->set_update_duplicates(m_options.updateDuplicates);
    apply->set_dry_run(m_options.dryRun);
    QPointer<ImportSession> self(this);
    const quint64 generation = m_generation;
    m_connection.send(
        std::move(request),
        [self, generation](const client::Reply& reply) {
            if (!self || generation != self->m_generation) return;
            if (!reply.ok()) {
                const bool unknown = reply.error().kind != client::ClientError::Kind::Server;
                self->fail(reply.error().userMessage(), unknown);
                return;
            }
            self->m_running = false;
            emit self->finished(reply.envelope().apply_import_reply());
        },
        kApplyTimeoutMs);
}

void ImportSession::fail(const QString& message, bool outcomeUnknown)
{
    m_running = false;
    emit failed(message, outcomeUnknown);
}

}  // namespace laoke::ui
