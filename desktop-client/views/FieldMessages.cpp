#include "FieldMessages.h"

namespace laoke::ui {

QString FieldMessages::rule(const QString& field) {
    if (field == QLatin1String("username"))
        return tr("Use 3 to 32 characters: lower-case letters a–z, digits, '.', '_' or '-', starting with a letter.");
    if (field == QLatin1String("display_name") || field == QLatin1String("name"))
        return tr("Enter a name of at most 64 characters.");
    if (field == QLatin1String("password") || field == QLatin1String("new_password"))
        return tr("Use at least 8 and at most 128 characters.");
    if (field == QLatin1String("old_password")) return tr("Enter your current password.");
    if (field == QLatin1String("role")) return tr("Choose a role.");
    if (field == QLatin1String("branch_id")) return tr("Choose the branch this user works in.");
    if (field == QLatin1String("code"))
        return tr("Use 2 to 16 characters: upper-case letters A–Z, digits or '-'.");
    if (field == QLatin1String("city")) return tr("Use at most 64 characters.");
    if (field == QLatin1String("user_id")) return tr("You cannot disable your own account.");
    return tr("This value is not accepted.");
}

}  // namespace laoke::ui
