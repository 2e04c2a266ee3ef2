#pragma once
// One service report as the reports page shows it (service_report): the period and branch
// asked for, and the server's counts. A newer request replaces an older one still on its
// way, so a manager clicking through periods sees the last one chosen, never an earlier
// answer arriving late.

#include "ClientError.h"
#include "Connection.h"
#include "laoke.pb.h"

#include <QDate>
#include <QList>
#include <QObject>

namespace laoke::client {

class ServiceReportModel : public QObject {
    Q_OBJECT
public:
    explicit ServiceReportModel(Connection& connection, QObject* parent = nullptr);

    /// Asks for [from, to] of `branchId` (0: the manager's own, or every branch for admins).
    void load(const QDate& from, const QDate& to, qint64 branchId);

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_pending != 0; }
    const protocol::ServiceReportReply& report() const { return m_report; }
    /// The whole period's figures (all zero before a report is loaded).
    protocol::ServiceReportGroup total() const;
    /// The rows of one dimension (branch, engineer, category, grade), most resolved first.
    QList<protocol::ServiceReportGroup> groups(const QString& dimension) const;
    /// The time buckets of one clock (first_response, resolution), shortest first.
    QList<protocol::ServiceTimeBucket> buckets(const QString& clock) const;

signals:
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);

private:
    Connection& m_connection;
    protocol::ServiceReportReply m_report;
    bool m_loaded = false;
    quint64 m_pending = 0;   ///< the serial of the request waited for; 0: none
    quint64 m_serial = 0;
};

}  // namespace laoke::client
