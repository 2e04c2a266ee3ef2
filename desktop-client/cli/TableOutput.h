#pragma once
// Plain-text tables for laokectl's human-readable output: columns padded to the widest cell
// by terminal width (see displayWidth), two spaces apart, no trailing blanks.

#include <QString>
#include <QStringList>

#include <vector>

namespace laoke::client::cli {

class TableOutput {
public:
    /// An empty header list makes a table without a header line (used for "label  value").
    explicit TableOutput(QStringList headers = {});

    void addRow(QStringList cells);

    /// The whole table, each line ending in '\n'.
    QString render() const;

private:
    QStringList m_headers;
    std::vector<QStringList> m_rows;
};

}  // namespace laoke::client::cli
