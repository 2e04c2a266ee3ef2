#pragma once
// Sends one import to the server without blocking the UI: the rows go up in chunks
// (StageImportRequest), then one ApplyImportRequest checks (dry run) or applies them all in
// a single transaction. Progress is reported after each chunk; the apply step has no
// intermediate progress, the server does it in one go.

#include "laoke.pb.h"

#include <QObject>
#include <QString>

#include <vector>

namespace laoke::client {
class Connection;
}

namespace laoke::ui {

struct ImportOptions {
    bool skipBadRows = false;
    bool updateDuplicates = false;
    bool dryRun = false;
};

class ImportSession : public QObject {
    Q_OBJECT
public:
    explicit ImportSession(client::Connection& connection, QObject* parent = nullptr);

    /// Starts staging `rows` under a fresh import id; with no rows, finishes at once with an
    /// empty reply.
    void start(std::vector<protocol::ImportRow> rows, ImportOptions options);
    /// Stops after the chunk in flight (before the apply step: staged rows are never applied
    /// and expire at the server). Emits `cancelled`.
    void cancel();
    bool isRunning() const { return m_running; }
    int chunkCount() const { return static_cast<int>(m_chunks.size()); }

signals:
    /// `staged` of `total` chunks are at the server.
    void progress(int staged, int total);
    /// Every chunk is staged; the server is applying (or checking) the import.
    void applying();
    void finished(const laoke::protocol::ApplyImportReply& reply);
    /// `outcomeUnknown`: the apply request was sent but its answer never came (timeout, lost
    /// connection), so the server may still have imported; otherwise nothing was applied.
    void failed(const QString& message, bool outcomeUnknown);
    void cancelled();

private:
    void sendChunk(std::size_t index);
    void sendApply();
    void fail(const QString& message, bool outcomeUnknown = false);

    client::Connection& m_connection;
    std::vector<protocol::StageImportRequest> m_chunks;
    std::string m_importId;
    ImportOptions m_options;
    bool m_running = false;
    bool m_cancelRequested = false;
    quint64 m_generation = 0;  ///< replies of an earlier start() are ignored
};

}  // namespace laoke::ui
