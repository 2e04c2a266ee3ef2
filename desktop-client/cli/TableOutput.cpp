#include "TableOutput.h"

#include "DisplayWidth.h"

#include <algorithm>

namespace laoke::client::cli {

TableOutput::TableOutput(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TableOutput::addRow(QStringList cells)
{
    m_rows.push_back(std::move(cells));
}

QString TableOutput::render() const
{
    std::vector<const QStringList*> lines;
    if (!m_headers.isEmpty()) {
        lines.push_back(&m_headers);
    }
    for (const QStringList& row : m_rows) {
        lines.push_back(&row);
    }

    std::vector<int> widths;
    for (const QStringList* line : lines) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(line->size())), 0);
        for (qsizetype i = 0; i < line->size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(line->at(i)));
        }
    }

    QString out;
    for (const QStringList* line : lines) {
        QString text;
        for (qsizetype i = 0; i < line->size(); ++i) {
            if (i > 0) {
                text += QStringLiteral("  ");
            }
            text += line->at(i);
            if (i + 1 < line->size()) {
                text += QString(widths[i] - displayWidth(line->at(i)), QLatin1Char(' '));
            }
        }
        while (text.endsWith(QLatin1Char(' '))) {
            text.chop(1);
        }
        out += text + QLatin1Char('\n');
    }
    return out;
}

}  // namespace laoke::client::cli
