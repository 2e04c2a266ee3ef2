#pragma once
// The product catalogue as the customer screens need it: product lines (U8+, T+, KIS专业版
// ...) with their versions (and each version's lifecycle stage today) and modules. Loaded
// once with get_catalogue; the list's product line filter and the installed product dialog
// (version picker, module checkboxes) read it.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>

#include <vector>

namespace laoke::client {

class ProductCatalogue : public QObject {
    Q_OBJECT
public:
    explicit ProductCatalogue(Connection& connection, QObject* parent = nullptr);

    /// Loads the catalogue; emits loaded or loadFailed. Ignored while a load runs.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }

    const std::vector<protocol::ProductLine>& lines() const { return m_lines; }
    /// The product line with this id, or nullptr.
    const protocol::ProductLine* line(qint64 lineId) const;
    /// The line that holds the version with this id, or nullptr.
    const protocol::ProductLine* lineOfVersion(qint64 versionId) const;
    /// The version with this id, or nullptr.
    const protocol::ProductVersion* version(qint64 versionId) const;

    /// The label of a line: its name (用友U8+), with the vendor in front if the name lacks it.
    static QString lineLabel(const protocol::ProductLine& line);

    /// Replaces the catalogue, e.g. with a catalogue_reply.
    void setLines(std::vector<protocol::ProductLine> lines);

signals:
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);

private:
    Connection& m_connection;
    std::vector<protocol::ProductLine> m_lines;
    bool m_loaded = false;
    bool m_loading = false;
};

}  // namespace laoke::client
