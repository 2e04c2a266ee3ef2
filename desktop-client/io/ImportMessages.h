#pragma once
// The translated sentences of the import's row problems. The shared rules and the server
// explain violations in English with a protocol field name; these say, in the user's
// language, what a valid value of that column looks like.

#include "ImportField.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace laoke::client::io {

class ImportMessages {
    Q_DECLARE_TR_FUNCTIONS(ImportMessages)
public:
    /// For a rule violation on `field` (protocolName as reported, English detail).
    static QString forViolation(ImportField field, const QString& protocolName, const QString& englishDetail);
    /// For a server result: outcome "rejected" with its field and message.
    static QString forServerRejection(const QString& protocolName, const QString& englishDetail);
    /// The import column a server field name ("name", "contacts[2].mobile", "product_line")
    /// refers to; Ignore when none does.
    static ImportField fieldOfServerName(const QString& protocolName);

    static QString unknownValue(ImportField field, const QString& cell, const QStringList& allowed);
    static QString notADate(ImportField field, const QString& cell);
    static QString notASeatCount(const QString& cell);
    static QString itMaturity(const QString& cell);
    static QString location(const QString& cell);
    static QString customerWithoutName();
    static QString contactWithoutName();
    static QString productWithoutLine();
    static QString productWithoutVersion();
    static QString licenceTypeMissing();
    static QString duplicateSkipped();
};

}  // namespace laoke::client::io
