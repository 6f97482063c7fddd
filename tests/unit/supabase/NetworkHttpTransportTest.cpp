// NetworkHttpTransport over real sockets on 127.0.0.1 (a QTcpServer in the test plays a server that answers
// late, never, or with a large body): the timeout, cancellation, refusal and progress every call relies on.

#include "supabase/NetworkHttpTransport.h"

#include "../../support/Wait.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;
using namespace std::chrono_literals;

namespace {

// Accepts connections and reads requests; answers only when told to (or never).
class SilentServer
{
public:
    SilentServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_answer.isEmpty() && m_received.contains("\r\n\r\n"))
                        socket->write(m_answer);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this] { ++m_disconnects; });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/rest/v1/tickets").arg(m_server.serverPort())); }
    void answerWith(QByteArray response) { m_answer = std::move(response); }
    int connections() const { return static_cast<int>(m_sockets.size()); }
    int disconnects() const { return m_disconnects; }

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QByteArray m_received;
    QByteArray m_answer;
    int m_disconnects = 0;
};

HttpRequest get(const QUrl& url, std::chrono::milliseconds timeout = 10'000ms)
{
    HttpRequest request;
    request.url = url;
    request.timeout = timeout;
    return request;
}

} // namespace

TEST(NetworkHttpTransport, AServerThatNeverAnswersTimesOutWithATimeoutError)
{
    SilentServer server;
    NetworkHttpTransport transport;
    QObject context;
    Capture<HttpResponse> answer;
    QElapsedTimer timer;
    timer.start();
    transport.send(get(server.url(), 300ms), &context, answer.callback());
    ASSERT_TRUE(answer.wait(10'000));
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.result().error().kind, Error::Kind::Timeout);
    EXPECT_GE(timer.elapsed(), 250);
    EXPECT_LT(timer.elapsed(), 5'000);
    EXPECT_EQ(server.connections(), 1);
    EXPECT_EQ(answer.calls(), 1);
}

TEST(NetworkHttpTransport, CancellingAbortsTheTransferAndDeliversCancelledOnce)
{
    SilentServer server;
    NetworkHttpTransport transport;
    QObject context;
    Capture<HttpResponse> answer;
    RequestHandle handle = transport.send(get(server.url()), &context, answer.callback());
    ASSERT_TRUE(waitUntil([&] { return server.connections() == 1; }));
    EXPECT_TRUE(handle.isActive());
    handle.cancel();
    ASSERT_TRUE(answer.wait(5'000));
    EXPECT_EQ(answer.result().error().kind, Error::Kind::Cancelled);
    EXPECT_TRUE(waitUntil([&] { return server.disconnects() == 1; }, 5'000)); // the socket was really closed
    EXPECT_EQ(answer.calls(), 1);
}

TEST(NetworkHttpTransport, ARefusedConnectionIsARetryableNetworkError)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    NetworkHttpTransport transport;
    QObject context;
    Capture<HttpResponse> answer;
    transport.send(get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))), &context, answer.callback());
    ASSERT_TRUE(answer.wait(10'000));
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.result().error().kind, Error::Kind::Network);
    EXPECT_TRUE(answer.result().error().retryable());
}

TEST(NetworkHttpTransport, AGoneContextDropsTheCallbackAndAbortsTheTransfer)
{
    SilentServer server;
    NetworkHttpTransport transport;
    auto context = std::make_unique<QObject>();
    int calls = 0;
    transport.send(get(server.url()), context.get(), [&](Result<HttpResponse>) { ++calls; });
    ASSERT_TRUE(waitUntil([&] { return server.connections() == 1; }));
    context.reset();
    EXPECT_TRUE(waitUntil([&] { return server.disconnects() == 1; }, 5'000));
    QTest::qWait(50); // let any queued delivery run: there must be none
    EXPECT_EQ(calls, 0);
}

TEST(NetworkHttpTransport, ReportsDownloadProgressUpToTheWholeBody)
{
    SilentServer server;
    const QByteArray body(200'000, 'x');
    server.answerWith("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    NetworkHttpTransport transport;
    QObject context;
    QList<std::pair<qint64, qint64>> progress;
    HttpRequest request = get(server.url());
    request.onDownloadProgress = [&](qint64 done, qint64 total) { progress.append({done, total}); };
    Capture<HttpResponse> answer;
    transport.send(std::move(request), &context, answer.callback());
    ASSERT_TRUE(answer.wait(10'000));
    ASSERT_TRUE(answer.ok()) << answer.describe();
    EXPECT_EQ(answer.result().value().status, 200);
    EXPECT_EQ(answer.result().value().body.size(), body.size());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().first, body.size());
    EXPECT_EQ(progress.last().second, body.size());
    for (int i = 1; i < progress.size(); ++i)
        EXPECT_GE(progress.at(i).first, progress.at(i - 1).first);
}
