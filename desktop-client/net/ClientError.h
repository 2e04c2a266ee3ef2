#pragma once
// What went wrong with a request, as the client sees it: either the server answered with an
// ErrorReply, or the request never got an answer (timeout, lost connection, untrusted TLS).

#include "laoke.pb.h"

#include <QString>

namespace laoke::client {

struct ClientError {
    enum class Kind {
        Server,        ///< the server answered with an ErrorReply: see `code`
        Timeout,       ///< no answer within the request's timeout
        Disconnected,  ///< the connection was lost or closed before the answer
        Untrusted,     ///< the server's certificate is not trusted (not pinned, changed, or bad CA)
        Network,       ///< could not connect at all (refused, unknown host, TLS handshake failed)
    };
    Kind kind = Kind::Network;
    protocol::ErrorCode code = protocol::ERROR_CODE_UNSPECIFIED;
    QString detail;   ///< English detail for logs and laokectl (server message or socket error)
    QString field;    ///< for VALIDATION_FAILED: the offending field
    qint64 retryAfterSeconds = 0;

    /// A translated sentence for the user (zh_CN or English), chosen by kind and code.
    QString userMessage() const;
};

}  // namespace laoke::client
