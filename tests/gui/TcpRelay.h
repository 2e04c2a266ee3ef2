#pragma once
// A TCP relay on 127.0.0.1 in front of a real server, so a test can cut every connection at
// once (as a flaky network would) while new connections still get through.

#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

class QTcpSocket;

namespace laoke::test {

class TcpRelay : public QObject {
    Q_OBJECT
public:
    TcpRelay(QString targetHost, quint16 targetPort, QObject* parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    /// Aborts every relayed connection; later connections are relayed again.
    void dropAll();

private:
    void relayNext();

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort;
    QList<QPair<QTcpSocket*, QTcpSocket*>> m_pairs;
};

}  // namespace laoke::test
