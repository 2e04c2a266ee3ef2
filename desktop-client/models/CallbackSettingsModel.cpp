#include "CallbackSettingsModel.h"

#include <QPointer>

namespace laoke::client {

CallbackSettingsModel::CallbackSettingsModel(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

void CallbackSettingsModel::load() {
    protocol::Envelope request;
    request.mutable_get_callback_settings();
    QPointer<CallbackSettingsModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self || !reply.ok() || !reply.envelope().has_callback_settings()) return;
        self->m_settings = reply.envelope().callback_settings();
        self->m_loaded = true;
        emit self->loaded();
    });
}

void CallbackSettingsModel::save(int samplePercent, std::function<void(const Reply&)> done) {
    protocol::Envelope request;
    request.mutable_save_callback_settings()->set_sample_percent(samplePercent);
    request.mutable_save_callback_settings()->set_expected_version(m_settings.version());
    QPointer<CallbackSettingsModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (!self) return;
        if (reply.ok() && reply.envelope().has_callback_settings()) {
            self->m_settings = reply.envelope().callback_settings();
            emit self->loaded();
        } else if (!reply.ok() && reply.error().code == protocol::CONFLICT) {
            self->load();  // show what the other administrator saved
        }
        done(reply);
    });
}

}  // namespace laoke::client
