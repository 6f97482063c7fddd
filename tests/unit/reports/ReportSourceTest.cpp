#include "reports/ReportSource.h"

#include "core/ManualClock.h"
#include "store/CacheDatabase.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace helpdesk {
namespace {

TEST(ReportSource, AnswersFromTheCacheWhenOfflineAfterTheCallReturns)
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(cache.ok());
    ManualClock clock;
    LocalReports local(*cache.value(), clock);
    ReportSource source(local, nullptr, [] { return false; });
    QObject context;
    ReportFilter f;
    f.from = Timestamp::fromSecs(0);
    f.to = Timestamp::fromSecs(2 * 86400);
    std::optional<Result<SourcedReport<std::vector<VolumePoint>>>> answer;
    source.ticketVolume(f, &context, [&](auto r) { answer = std::move(r); });
    EXPECT_FALSE(answer.has_value());
    QCoreApplication::processEvents();
    ASSERT_TRUE(answer.has_value());
    ASSERT_TRUE(answer->ok());
    EXPECT_EQ(answer->value().origin, ReportOrigin::Local);
    EXPECT_EQ(answer->value().value.size(), 2u);
    EXPECT_NE(ReportSource::originLabel(ReportOrigin::Local), ReportSource::originLabel(ReportOrigin::Server));
}

TEST(ReportSource, DropsTheAnswerWhenTheContextIsGone)
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
    ASSERT_TRUE(cache.ok());
    ManualClock clock;
    LocalReports local(*cache.value(), clock);
    ReportSource source(local, nullptr, [] { return true; });
    auto context = std::make_unique<QObject>();
    bool called = false;
    source.backlog(ReportFilter{}, context.get(), [&](auto) { called = true; });
    context.reset();
    QCoreApplication::processEvents();
    EXPECT_FALSE(called);
}

} // namespace
} // namespace helpdesk
