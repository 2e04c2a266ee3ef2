#pragma once
// The share of tickets of customers graded C, D, E or not at all that get a callback when
// resolved (get/save_callback_settings): everyone reads it, administrators change it, saved
// at the version read.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>

#include <functional>

namespace laoke::client {

class CallbackSettingsModel : public QObject {
    Q_OBJECT
public:
    explicit CallbackSettingsModel(Connection& connection, QObject* parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    int samplePercent() const { return m_settings.sample_percent(); }
    /// Saves at the version loaded; reloads after a conflict.
    void save(int samplePercent, std::function<void(const Reply&)> done);

signals:
    void loaded();

private:
    Connection& m_connection;
    protocol::CallbackSettings m_settings;
    bool m_loaded = false;
};

}  // namespace laoke::client
