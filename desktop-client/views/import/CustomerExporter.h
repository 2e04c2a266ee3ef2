#pragma once
// Exports a customer list (a filter and a sort, as the list view shows them) to .xlsx or
// .csv: pages through SearchCustomers with the keyset cursor, 500 rows a request, and writes
// each page to disk as it arrives, so memory stays flat on a million customers. Cancelling
// or failing removes the partial file: a half list must not pass for a whole one.

#include "laoke.pb.h"

#include <QObject>
#include <QString>

#include <memory>

namespace laoke::client {
class Connection;
}
namespace laoke::client::io {
class SheetWriter;
}

namespace laoke::ui {

class CustomerExporter : public QObject {
    Q_OBJECT
public:
    static constexpr int kPageSize = 500;

    CustomerExporter(client::Connection& connection, protocol::CustomerFilter filter, protocol::CustomerSort sort,
                     bool descending, QObject* parent = nullptr);
    ~CustomerExporter() override;

    /// Starts writing `path` (.xlsx or .csv); false with `error` set when the file cannot be
    /// created (nothing is sent then).
    bool start(const QString& path, QString* error);
    /// Stops after the page in flight, removes the file and emits `cancelled`.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int rowsWritten);
    void finished(int rowsWritten);
    void failed(const QString& message);
    void cancelled();

private:
    void requestPage();
    void abandon();

    client::Connection& m_connection;
    protocol::CustomerFilter m_filter;
    protocol::CustomerSort m_sort;
    bool m_descending;
    std::unique_ptr<client::io::SheetWriter> m_writer;
    QString m_path;
    std::string m_after;
    int m_rows = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};

}  // namespace laoke::ui
