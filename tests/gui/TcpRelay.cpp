#include "TcpRelay.h"

#include <QTcpSocket>

namespace laoke::test {

TcpRelay::TcpRelay(QString targetHost, quint16 targetPort, QObject* parent)
    : QObject(parent), m_targetHost(std::move(targetHost)), m_targetPort(targetPort) {
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::relayNext);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpRelay::relayNext() {
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(this);
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        // Bytes the client sends before the upstream connection is up wait in its buffer.
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
        upstream->connectToHost(m_targetHost, m_targetPort);
        m_pairs.append(qMakePair(client, upstream));
    }
}

void TcpRelay::dropAll() {
    for (auto& [client, upstream] : m_pairs) {
        client->abort();
        upstream->abort();
        client->deleteLater();
        upstream->deleteLater();
    }
    m_pairs.clear();
}

}  // namespace laoke::test
