#include "ServiceLevelsModel.h"

#include <QPointer>

namespace laoke::client {

ServiceLevelsModel::ServiceLevelsModel(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection) {}

void ServiceLevelsModel::load() {
    protocol::Envelope request;
    request.mutable_get_service_settings();
    QPointer<ServiceLevelsModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        if (!reply.envelope().has_service_settings()) return;
        self->m_settings = reply.envelope().service_settings();
        self->m_loaded = true;
        emit self->loaded();
    });
}

void ServiceLevelsModel::save(const protocol::ServiceSettings& settings, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_service_settings()->mutable_settings() = settings;
    request.mutable_save_service_settings()->mutable_settings()->set_version(m_settings.version());
    QPointer<ServiceLevelsModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok() && reply.envelope().has_service_settings()) {
            self->m_settings = reply.envelope().service_settings();
            emit self->loaded();
        }
        if (done) done(reply);
    });
}

void ServiceLevelsModel::loadYear(int year) {
    const quint64 generation = ++m_yearGeneration;
    protocol::Envelope request;
    request.mutable_get_calendar_year()->set_year(year);
    QPointer<ServiceLevelsModel> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_yearGeneration) return;
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        if (!reply.envelope().has_calendar_year()) return;
        self->m_year = reply.envelope().calendar_year();
        emit self->yearLoaded();
    });
}

void ServiceLevelsModel::saveYear(const protocol::CalendarYear& year, Connection::Callback done) {
    protocol::Envelope request;
    *request.mutable_save_calendar_year()->mutable_year() = year;
    request.mutable_save_calendar_year()->mutable_year()->set_version(m_year.year() == year.year() ? m_year.version() : 0);
    QPointer<ServiceLevelsModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok() && reply.envelope().has_calendar_year()) {
            self->m_year = reply.envelope().calendar_year();
            emit self->yearLoaded();
            self->load();  // the kept and missing years changed
        }
        if (done) done(reply);
    });
}

}  // namespace laoke::client
