#include "sync/ConnectivityMonitor.h"

#include "SyncFixture.h"

#include <QSignalSpy>

using namespace helpdesk;
using namespace helpdesk::test;
using namespace std::chrono_literals;

class ConnectivityMonitorTest : public SyncFixture
{
};

TEST_F(ConnectivityMonitorTest, GoesOfflineOnNetworkFailuresAndProbesUntilTheServerAnswers)
{
    ConnectivityMonitor monitor(*m_rest, RetryPolicy(10ms, 20ms));
    QSignalSpy online(&monitor, &ConnectivityMonitor::wentOnline);
    int probes = 0;
    m_transport.handler = [&](const HttpRequest&) -> Result<HttpResponse> {
        if (++probes < 3)
            return Error::network(QStringLiteral("Connection refused"));
        return jsonResponse(200, Json::array());
    };
    monitor.reportFailure(Error::network(QStringLiteral("Connection refused")));
    EXPECT_EQ(monitor.status(), ConnectivityMonitor::Status::Offline);
    ASSERT_TRUE(online.wait(3000));
    EXPECT_EQ(probes, 3);
    EXPECT_TRUE(monitor.isOnline());
}

TEST_F(ConnectivityMonitorTest, ARefusalIsNotAConnectivityProblem)
{
    ConnectivityMonitor monitor(*m_rest);
    monitor.reportSuccess();
    monitor.reportFailure(Error::api(403, QStringLiteral("42501"), QStringLiteral("denied")));
    EXPECT_TRUE(monitor.isOnline());
    monitor.reportFailure(Error::http(503));
    EXPECT_EQ(monitor.status(), ConnectivityMonitor::Status::Offline);
    monitor.stop();
}
