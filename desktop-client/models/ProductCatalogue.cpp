#include "ProductCatalogue.h"

#include "CustomerValueNames.h"

#include <QPointer>
#include <QRegularExpression>

namespace laoke::client {

ProductCatalogue::ProductCatalogue(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

void ProductCatalogue::refresh() {
    if (m_loading) return;
    m_loading = true;
    protocol::Envelope request;
    request.mutable_get_catalogue();
    QPointer<ProductCatalogue> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->m_loading = false;
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        const auto& lines = reply.envelope().catalogue_reply().product_lines();
        self->setLines(std::vector<protocol::ProductLine>(lines.begin(), lines.end()));
    });
}

void ProductCatalogue::setLines(std::vector<protocol::ProductLine> lines) {
    m_lines = std::move(lines);
    m_loaded = true;
    emit loaded();
}

const protocol::ProductLine* ProductCatalogue::line(qint64 lineId) const {
    for (const auto& line : m_lines)
        if (line.id() == lineId) return &line;
    return nullptr;
}

const protocol::ProductLine* ProductCatalogue::lineOfVersion(qint64 versionId) const {
    for (const auto& line : m_lines)
        for (const auto& version : line.versions())
            if (version.id() == versionId) return &line;
    return nullptr;
}

const protocol::ProductVersion* ProductCatalogue::version(qint64 versionId) const {
    for (const auto& line : m_lines)
        for (const auto& version : line.versions())
            if (version.id() == versionId) return &version;
    return nullptr;
}

QString ProductCatalogue::lineLabel(const protocol::ProductLine& line) {
    // Line names carry the brand already (用友U8+, 金蝶KIS专业版); the vendor goes in front
    // only when the name does not say it.
    const QString vendor = CustomerValueNames::vendor(QString::fromStdString(line.vendor()));
    const QString name = QString::fromStdString(line.name());
    const bool branded = name.startsWith(vendor) || name.contains(QRegularExpression(QStringLiteral("\\p{Han}")));
    return vendor.isEmpty() || branded ? name : QStringLiteral("%1 %2").arg(vendor, name);
}

}  // namespace laoke::client
