#include "CustomerExporter.h"

#include "Connection.h"
#include "CustomerSheet.h"
#include "SpreadsheetWriter.h"

#include <QFile>
#include <QPointer>

namespace laoke::ui {

CustomerExporter::CustomerExporter(client::Connection& connection, protocol::CustomerFilter filter,
                                   protocol::CustomerSort sort, bool descending, QObject* parent)
    : QObject(parent),
      m_connection(connection),
      m_filter(std::move(filter)),
      m_sort(sort),
      m_descending(descending) {}

CustomerExporter::~CustomerExporter()
{
    if (m_running) abandon();
}

bool CustomerExporter::start(const QString& path, QString* error)
{
    m_writer = client::io::SpreadsheetWriter::forPath(path, client::io::CustomerSheet::sheetName());
    if (!m_writer) {
        *error = client::io::SpreadsheetWriter::unsupportedMessage(path);
        return false;
    }
    if (!m_writer->open(path, client::io::CustomerSheet::columns())) {
        *error = m_writer->error();
        m_writer.reset();
        return false;
    }
    m_path = path;
    m_after.clear();
    m_rows = 0;
    m_running = true;
    m_cancelRequested = false;
    requestPage();
    return true;
}

void CustomerExporter::cancel()
{
    if (m_running) m_cancelRequested = true;
}

void CustomerExporter::requestPage()
{
    protocol::Envelope request;
    protocol::SearchCustomersRequest* search = request.mutable_search_customers();
    *search->mutable_filter() = m_filter;
    search->set_sort(m_sort);
    search->set_descending(m_descending);
    search->set_after(m_after);
    search->set_page_size(kPageSize);
    QPointer<CustomerExporter> self(this);
    m_connection.send(std::move(request), [self](const client::Reply& reply) {
        if (!self || !self->m_running) return;
        if (self->m_cancelRequested) {
            self->abandon();
            emit self->cancelled();
            return;
        }
        if (!reply.ok()) {
            self->abandon();
            emit self->failed(reply.error().userMessage());
            return;
        }
        const protocol::SearchCustomersReply& page = reply.envelope().search_customers_reply();
        for (const protocol::CustomerRow& row : page.rows()) {
            if (!self->m_writer->writeRow(client::io::CustomerSheet::cells(row))) {
                const QString message = self->m_writer->error();
                self->abandon();
                emit self->failed(message);
                return;
            }
            ++self->m_rows;
        }
        emit self->progress(self->m_rows);
        if (!page.next_page().empty()) {
            self->m_after = page.next_page();
            self->requestPage();
            return;
        }
        self->m_running = false;
        if (!self->m_writer->close()) {
            const QString message = self->m_writer->error();
            QFile::remove(self->m_path);
            emit self->failed(message);
            return;
        }
        emit self->finished(self->m_rows);
    });
}

void CustomerExporter::abandon()
{
    m_running = false;
    if (m_writer) m_writer->close();
    m_writer.reset();
    QFile::remove(m_path);
}

}  // namespace laoke::ui
