#pragma once
// The service levels as the administrator's screen edits them: the settings (working hours,
// coverage, close periods, SLA rules) and one calendar year at a time, each loaded and saved
// at the version read (get_/save_service_settings, get_/save_calendar_year).

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>

namespace laoke::client {

class ServiceLevelsModel : public QObject {
    Q_OBJECT
public:
    explicit ServiceLevelsModel(Connection& connection, QObject* parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    const protocol::ServiceSettings& settings() const { return m_settings; }
    /// Saves at the version loaded; on success the model holds the server's answer (loaded).
    void save(const protocol::ServiceSettings& settings, Connection::Callback done);

    void loadYear(int year);
    const protocol::CalendarYear& year() const { return m_year; }
    void saveYear(const protocol::CalendarYear& year, Connection::Callback done);

signals:
    void loaded();
    void yearLoaded();
    void loadFailed(const laoke::client::ClientError& error);

private:
    Connection& m_connection;
    protocol::ServiceSettings m_settings;
    protocol::CalendarYear m_year;
    bool m_loaded = false;
    quint64 m_yearGeneration = 0;
};

}  // namespace laoke::client
