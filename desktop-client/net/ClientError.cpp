#include "ClientError.h"

#include "ServerMessages.h"
#include "domain/AccountRules.h"

#include <QCoreApplication>

namespace laoke::client {

namespace {

// Rounded up, so "try again in 1 minute" is never said while 30 seconds remain.
int wholeMinutes(qint64 seconds)
{
    return static_cast<int>((seconds + 59) / 60);
}

QString invalidFieldMessage(const QString& field)
{
    if (field == QLatin1String("username")) {
        return QCoreApplication::translate("ClientError",
                                           "The user name is not valid. Use 3 to 32 lower-case letters, digits, "
                                           "'.', '_' or '-', starting with a letter.");
    }
    if (field == QLatin1String("display_name")) {
        return QCoreApplication::translate("ClientError", "The display name must be 1 to 64 characters long.");
    }
    if (field == QLatin1String("password") || field == QLatin1String("new_password")) {
        return QCoreApplication::translate("ClientError", "The password must be %1 to %2 characters long.")
            .arg(domain::kMinPasswordLength)
            .arg(domain::kMaxPasswordLength);
    }
    if (field == QLatin1String("code")) {
        return QCoreApplication::translate("ClientError",
                                           "The branch code must be 2 to 16 upper-case letters, digits or '-'.");
    }
    if (field == QLatin1String("branch_id")) {
        return QCoreApplication::translate("ClientError",
                                           "Choose a branch: every role except administrator belongs to one.");
    }
    if (field.isEmpty()) {
        return QCoreApplication::translate("ClientError", "A value is not valid.");
    }
    return QCoreApplication::translate("ClientError", "The value of \"%1\" is not valid.").arg(field);
}

QString alreadyExistsMessage(const QString& field)
{
    if (field == QLatin1String("username")) {
        return QCoreApplication::translate("ClientError", "This user name is already taken.");
    }
    if (field == QLatin1String("code")) {
        return QCoreApplication::translate("ClientError", "This branch code is already taken.");
    }
    return QCoreApplication::translate("ClientError", "This name or code is already taken.");
}

QString serverMessage(const ClientError& error)
{
    // The server's own sentence, when it is one we can say in the user's language.
    if (error.code == protocol::VALIDATION_FAILED || error.code == protocol::FORBIDDEN || error.code == protocol::CONFLICT) {
        if (const auto translated = translatedServerMessage(error.detail)) return *translated;
    }
    switch (error.code) {
    case protocol::BAD_REQUEST:
        return QCoreApplication::translate("ClientError",
                                           "The server did not understand the request. This program may be out "
                                           "of date.");
    case protocol::UNAUTHENTICATED:
        return QCoreApplication::translate("ClientError", "You are not signed in. Sign in and try again.");
    case protocol::FORBIDDEN:
        return QCoreApplication::translate("ClientError", "You are not allowed to do this.");
    case protocol::NOT_FOUND:
        return QCoreApplication::translate("ClientError", "The record does not exist (any more).");
    case protocol::CONFLICT:
        return QCoreApplication::translate("ClientError", "Someone else changed this record; reload and try again.");
    case protocol::BUSY:
        if (error.retryAfterSeconds > 0) {
            return QCoreApplication::translate("ClientError", "The server is busy. Try again in %1 s.")
                .arg(error.retryAfterSeconds);
        }
        return QCoreApplication::translate("ClientError", "The server is busy. Try again in a moment.");
    case protocol::INCOMPATIBLE_VERSION:
        return QCoreApplication::translate("ClientError",
                                           "This program and the server speak different protocol versions. "
                                           "Install the matching version.");
    case protocol::INVALID_CREDENTIALS:
        return QCoreApplication::translate("ClientError", "Wrong user name or password.");
    case protocol::ACCOUNT_LOCKED:
        if (error.retryAfterSeconds > 0) {
            return QCoreApplication::translate("ClientError",
                                               "Too many failed sign-in attempts. The account is locked; try "
                                               "again in %1 min.")
                .arg(wholeMinutes(error.retryAfterSeconds));
        }
        return QCoreApplication::translate("ClientError",
                                           "Too many failed sign-in attempts. The account is locked; try again "
                                           "later.");
    case protocol::ACCOUNT_DISABLED:
        return QCoreApplication::translate("ClientError", "This account is disabled. Ask your administrator.");
    case protocol::SESSION_EXPIRED:
        return QCoreApplication::translate("ClientError", "Your session has ended. Sign in again.");
    case protocol::VALIDATION_FAILED:
        return invalidFieldMessage(error.field);
    case protocol::ALREADY_EXISTS:
        return alreadyExistsMessage(error.field);
    case protocol::PROTOCOL_VIOLATION:
        return QCoreApplication::translate("ClientError",
                                           "The server refused the request at this point. This program may be "
                                           "out of date.");
    case protocol::PASSWORD_CHANGE_REQUIRED:
        return QCoreApplication::translate("ClientError", "You must change your password before you continue.");
    case protocol::INTERNAL:
    case protocol::ERROR_CODE_UNSPECIFIED:
    case protocol::ErrorCode_INT_MIN_SENTINEL_DO_NOT_USE_:
    case protocol::ErrorCode_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return QCoreApplication::translate("ClientError",
                                       "The server could not complete the request. If this keeps happening, ask "
                                       "your administrator to check the server log.");
}

}  // namespace

QString ClientError::userMessage() const
{
    switch (kind) {
    case Kind::Server:
        return serverMessage(*this);
    case Kind::Timeout:
        return QCoreApplication::translate("ClientError",
                                           "The server did not answer in time. Check the network and try again.");
    case Kind::Disconnected:
        return QCoreApplication::translate("ClientError",
                                           "The connection to the server was lost before it answered. Check "
                                           "whether the change was saved before you repeat it.");
    case Kind::Untrusted:
        return QCoreApplication::translate("ClientError",
                                           "The server's certificate is not trusted. Compare its fingerprint "
                                           "with the one your administrator gave you.");
    case Kind::Network:
        break;
    }
    return QCoreApplication::translate("ClientError",
                                       "Cannot connect to the server. Check the address and the network.");
}

}  // namespace laoke::client
