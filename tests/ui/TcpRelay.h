#pragma once

// A TCP relay in front of the local server that a test can switch off and on: "the server stopped" as a
// client sees it (connections dropped, new ones refused) without stopping the shared local stack.
// It pumps bytes on its own thread, so the client's work on the UI thread never stalls the "network".
#include <QCoreApplication>
#include <QHostAddress>
#include <QThread>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace helpdesk::testing {

class TcpRelay : public QObject
{
public:
    explicit TcpRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
        moveToThread(&m_thread);
        m_thread.start();
    }
    ~TcpRelay() override
    {
        QMetaObject::invokeMethod(this, [this] { setOnlineHere(false); moveToThread(QCoreApplication::instance()->thread()); },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool start()
    {
        bool ok = false;
        QMetaObject::invokeMethod(this, [this, &ok] {
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        }, Qt::BlockingQueuedConnection);
        return ok;
    }
    quint16 port() const { return m_port; }

    void setOnline(bool online)
    {
        QMetaObject::invokeMethod(this, [this, online] { setOnlineHere(online); }, Qt::BlockingQueuedConnection);
    }

private:
    void setOnlineHere(bool online)
    {
        if (online) {
            m_server->listen(QHostAddress::LocalHost, m_port);
            return;
        }
        m_server->close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket) {
                socket->abort();
            }
        }
        m_sockets.clear();
    }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            m_sockets.append(client);
            m_sockets.append(upstream);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState) {
                    upstream->write(client->readAll());
                }
            });
            connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_targetPort;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace helpdesk::testing
