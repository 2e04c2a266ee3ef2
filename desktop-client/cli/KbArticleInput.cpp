#include "KbArticleInput.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace laoke::client::cli {

namespace {

QMap<QString, QString> parseJson(const QByteArray& content, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw Failure{kExitUsage, KbArticleInput::tr("%1 is not a JSON object: %2").arg(fileName, error.errorString())};
    }
    QMap<QString, QString> fields;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!KbArticleInput::fieldNames().contains(it.key())) {
            throw Failure{kExitUsage, KbArticleInput::tr("%1: unknown field \"%2\"; the fields are %3")
                                          .arg(fileName, it.key(), KbArticleInput::fieldNames().join(QStringLiteral(", ")))};
        }
        fields.insert(it.key(), it.value().toString());
    }
    return fields;
}

}  // namespace

const QStringList& KbArticleInput::fieldNames()
{
    static const QStringList names{QStringLiteral("title"),    QStringLiteral("product"),  QStringLiteral("versions"),
                                   QStringLiteral("category"), QStringLiteral("keywords"), QStringLiteral("symptom"),
                                   QStringLiteral("cause"),    QStringLiteral("solution")};
    return names;
}

QMap<QString, QString> KbArticleInput::parseText(const QString& content, const QString& fileName)
{
    static const QRegularExpression fieldLine(QStringLiteral("^([a-z]+)\\s*[:：]\\s?(.*)$"));
    QMap<QString, QString> fields;
    QString current;
    int lineNumber = 0;
    for (const QString& line : content.split(QLatin1Char('\n'))) {
        ++lineNumber;
        const auto match = fieldLine.match(line);
        if (match.hasMatch() && fieldNames().contains(match.captured(1))) {
            current = match.captured(1);
            fields.insert(current, match.captured(2));
        } else if (!current.isEmpty()) {
            fields[current] += QLatin1Char('\n') + line;
        } else if (!line.trimmed().isEmpty()) {
            throw Failure{kExitUsage, tr("%1, line %2: start with a field, such as \"title: ...\"; the fields are %3")
                                          .arg(fileName)
                                          .arg(lineNumber)
                                          .arg(fieldNames().join(QStringLiteral(", ")))};
        }
    }
    for (auto& value : fields) value = value.trimmed();
    return fields;
}

QMap<QString, QString> KbArticleInput::read(const Invocation& invocation)
{
    QMap<QString, QString> fields;
    const QString fileName = invocation.option(QStringLiteral("file"));
    if (!fileName.isEmpty()) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) throw Failure{kExitUsage, tr("cannot read %1: %2").arg(fileName, file.errorString())};
        const QByteArray content = file.readAll();
        fields = content.trimmed().startsWith('{') ? parseJson(content, fileName)
                                                   : parseText(QString::fromUtf8(content).remove(QLatin1Char('\r')), fileName);
    }
    for (const QString& name : fieldNames()) {
        if (invocation.options.contains(name)) fields.insert(name, invocation.option(name));
    }
    return fields;
}

}  // namespace laoke::client::cli
