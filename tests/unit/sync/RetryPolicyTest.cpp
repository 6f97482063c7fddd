#include "sync/RetryPolicy.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using namespace std::chrono_literals;

TEST(RetryPolicy, DoublesTheDelayUpToItsCeiling)
{
    const RetryPolicy policy(1000ms, 60000ms);
    EXPECT_EQ(policy.delay(0, 0.0), 500ms);
    EXPECT_EQ(policy.delay(0, 0.999), 999ms);
    EXPECT_EQ(policy.delay(1, 0.0), 1000ms);
    EXPECT_EQ(policy.delay(3, 0.0), 4000ms);
    EXPECT_EQ(policy.delay(10, 0.0), 30000ms);
    EXPECT_EQ(policy.delay(100, 1.0), 60000ms);
}

TEST(RetryPolicy, RandomDelaysStayWithinTheJitterBand)
{
    const RetryPolicy policy(1000ms, 60000ms);
    for (int i = 0; i < 50; ++i) {
        const auto d = policy.delay(2);
        EXPECT_GE(d, 2000ms);
        EXPECT_LE(d, 4000ms);
    }
}

TEST(RetryPolicy, RetriesConnectivityTroubleButNeverARefusal)
{
    EXPECT_TRUE(RetryPolicy::shouldRetry(Error::network(QStringLiteral("refused"))));
    EXPECT_TRUE(RetryPolicy::shouldRetry(Error::timeout()));
    EXPECT_TRUE(RetryPolicy::shouldRetry(Error::http(503)));
    EXPECT_TRUE(RetryPolicy::shouldRetry(Error::api(500, QStringLiteral("40001"), QStringLiteral("serialization"))));
    EXPECT_FALSE(RetryPolicy::shouldRetry(Error::api(403, QStringLiteral("42501"), QStringLiteral("rls"))));
    EXPECT_FALSE(RetryPolicy::shouldRetry(Error::api(400, QStringLiteral("23514"), QStringLiteral("check"))));
    EXPECT_FALSE(RetryPolicy::shouldRetry(Error::api(409, QStringLiteral("23505"), QStringLiteral("dup"))));
    EXPECT_TRUE(RetryPolicy::needsSignIn(Error::api(401, QStringLiteral("PGRST303"), QStringLiteral("JWT expired"))));
    EXPECT_FALSE(RetryPolicy::needsSignIn(Error::api(403, QStringLiteral("42501"), QStringLiteral("rls"))));
}
