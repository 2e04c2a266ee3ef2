#include "CsvWriter.h"

namespace laoke::client::io {

bool CsvWriter::open(const QString& path, const QList<OutputColumn>& columns)
{
    m_columns = columns;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = tr("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.write("\xEF\xBB\xBF");
    QStringList titles;
    for (const OutputColumn& column : columns) {
        titles << column.title;
    }
    return writeLine(titles);
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    QStringList fields;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QString cell = cells.value(i);
        switch (m_columns.at(i).kind) {
        case CellKind::Money: fields << yuanText(cell); break;
        case CellKind::Percent: fields << percentText(cell); break;
        case CellKind::Text: fields << formulaSafe(cell); break;
        default: fields << cell; break;  // numbers and dates the server made: never a formula
        }
    }
    return writeLine(fields);
}

bool CsvWriter::close()
{
    if (!m_file.isOpen()) {
        return m_error.isEmpty();
    }
    const bool flushed = m_file.flush();
    m_file.close();
    if (!flushed || m_file.error() != QFileDevice::NoError) {
        m_error = tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return m_error.isEmpty();
}

QString CsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes) {
        return field;
    }
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::formulaSafe(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    const QChar first = text.front();
    const bool formulaLike = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return formulaLike ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::yuanText(const QString& fen)
{
    bool ok = false;
    const qint64 value = fen.toLongLong(&ok);
    if (!ok) {
        return fen;
    }
    const qint64 magnitude = value < 0 ? -value : value;
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString CsvWriter::percentText(const QString& fraction)
{
    bool ok = false;
    const double value = fraction.toDouble(&ok);
    return ok ? QString::number(value * 100.0, 'f', 1) + QLatin1Char('%') : fraction;
}

bool CsvWriter::writeLine(const QStringList& fields)
{
    QStringList line;
    for (const QString& field : fields) {
        line << quoted(field);
    }
    const QByteArray bytes = (line.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    if (m_file.write(bytes) != bytes.size()) {
        m_error = tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

}  // namespace laoke::client::io
