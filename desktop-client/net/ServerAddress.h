#pragma once
// "host:port" as typed by a user or passed to laokectl.

#include <QString>

#include <optional>

namespace laoke::client {

struct ServerAddress {
    QString host;
    quint16 port = 7443;

    /// Accepts "host", "host:port", "[v6]:port"; nullopt if the text is not an address.
    static std::optional<ServerAddress> parse(const QString& text);
    QString toString() const;
    bool operator==(const ServerAddress&) const = default;
};

}  // namespace laoke::client
