#include "ServiceReportModel.h"

#include "CustomerFormats.h"

#include <QPointer>

namespace laoke::client {

ServiceReportModel::ServiceReportModel(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

void ServiceReportModel::load(const QDate& from, const QDate& to, qint64 branchId) {
    protocol::Envelope request;
    auto* r = request.mutable_service_report();
    r->set_from_date(CustomerFormats::isoDate(from));
    r->set_to_date(CustomerFormats::isoDate(to));
    r->set_branch_id(branchId);
    const quint64 serial = ++m_serial;
    m_pending = serial;
    QPointer<ServiceReportModel> self(this);
    m_connection.send(std::move(request), [self, serial](const Reply& reply) {
        if (!self || self->m_pending != serial) return;  // a later request replaced this one
        self->m_pending = 0;
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        if (!reply.envelope().has_service_report_reply()) return;
        self->m_report = reply.envelope().service_report_reply();
        self->m_loaded = true;
        emit self->loaded();
    });
}

protocol::ServiceReportGroup ServiceReportModel::total() const {
    for (const auto& group : m_report.groups()) {
        if (group.dimension() == "total") return group;
    }
    return {};
}

QList<protocol::ServiceReportGroup> ServiceReportModel::groups(const QString& dimension) const {
    const std::string wanted = dimension.toStdString();
    QList<protocol::ServiceReportGroup> rows;
    for (const auto& group : m_report.groups()) {
        if (group.dimension() == wanted) rows.append(group);
    }
    return rows;
}

QList<protocol::ServiceTimeBucket> ServiceReportModel::buckets(const QString& clock) const {
    const std::string wanted = clock.toStdString();
    QList<protocol::ServiceTimeBucket> rows;
    for (const auto& bucket : m_report.time_buckets()) {
        if (bucket.clock() == wanted) rows.append(bucket);
    }
    return rows;
}

}  // namespace laoke::client
