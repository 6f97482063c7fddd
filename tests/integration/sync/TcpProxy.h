#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace helpdesk::test {

// A TCP relay in front of the local server, so a test can take "the server" away from one client (refused
// connections, dropped sockets) without stopping the stack the other tests share. HTTP and WebSocket
// traffic pass through unchanged.
class TcpProxy : public QObject
{
public:
    explicit TcpProxy(quint16 targetPort, QObject* parent = nullptr)
        : QObject(parent)
        , m_targetPort(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
        setUp(true);
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    // Down: no listener (connection refused) and every open connection cut.
    void setUp(bool up)
    {
        if (up) {
            if (!m_server.isListening())
                m_server.listen(QHostAddress::LocalHost, m_port);
            m_port = m_server.serverPort();
            return;
        }
        m_server.close();
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            m_sockets.append(client);
            m_sockets.append(upstream);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace helpdesk::test
