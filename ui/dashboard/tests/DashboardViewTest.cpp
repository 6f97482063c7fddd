// Offscreen test of DashboardView over a hand-built cache (tests/unit/reports/ReportDataset.h, the numbers worked
// out in LocalReportsTest): each chart carries the expected values, drill-down narrows the filter, and each chart is
// rendered to docs/screenshots/dashboard-*.png.

#include "core/ManualClock.h"
#include "reports/LocalReports.h"
#include "reports/ReportSource.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "ui/dashboard/DashboardView.h"
#include "unit/reports/ReportDataset.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace helpdesk {
namespace {

Timestamp at(const char* iso)
{
    return Timestamp::parse(std::string_view(iso)).value();
}

Json profile(const char* id, const char* name, const char* role)
{
    return Json{{"id", id},           {"email", std::string(name) + "@example.test"},
                {"full_name", name},  {"role", role},
                {"avatar_url", nullptr}, {"timezone", "UTC"},
                {"is_active", true},  {"created_at", "2003-01-01T00:00:00Z"},
                {"updated_at", "2003-01-01T00:00:00Z"}};
}

QList<qreal> barValues(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QList<qreal> yValues(const QXYSeries* series)
{
    QList<qreal> values;
    for (const QPointF& p : series->points())
        values << p.y();
    return values;
}

template <typename S>
S* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->series())
        if (auto* typed = qobject_cast<S*>(s); typed && (name.isEmpty() || typed->name() == name))
            return typed;
    return nullptr;
}

QBarSet* setLabelled(QAbstractBarSeries* series, const QString& label)
{
    for (QBarSet* set : series->barSets())
        if (set->label() == label)
            return set;
    return nullptr;
}

class DashboardViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        ASSERT_TRUE(opened.ok());
        m_cache = std::move(opened.value());
        const char* alice = "00000000-0000-4000-8000-0000000a11ce";
        const char* bob = "00000000-0000-4000-8000-000000000b0b";
        test::ReportDataset data{"0000000a-0000-4000-8000-00000000000a", "0000000b-0000-4000-8000-00000000000b",
                                 alice, bob, "00000000-0000-4000-8000-00000000e214",
                                 "00000000-0000-4000-8000-0000000051a0"};
        MirrorStore mirror(*m_cache);
        ASSERT_TRUE(mirror
                        .applyServerRows(*MirrorSchema::table(QStringLiteral("profiles")),
                                         Json::array({profile(alice, "Alice", "agent"), profile(bob, "Bob", "agent")}))
                        .ok());
        ASSERT_TRUE(mirror.applyServerRows(*MirrorSchema::table(QStringLiteral("tickets")), data.tickets()).ok());
        m_clock.set(at("2003-03-10T00:00:00Z"));
        m_local = std::make_unique<LocalReports>(*m_cache, m_clock);
        m_source = std::make_unique<ReportSource>(*m_local, nullptr, [] { return false; });
        m_view = std::make_unique<DashboardView>(*m_source);
        m_view->resize(1400, 1200);
        ReportFilter f;
        f.from = at("2003-03-03T00:00:00Z");
        f.to = at("2003-03-06T00:00:00Z");
        m_view->setFilter(f);
        m_view->show();
        QSignalSpy refreshed(m_view.get(), &DashboardView::refreshed);
        m_view->refresh();
        ASSERT_TRUE(refreshed.wait(5000));
    }

    QChart* chart(const char* name) const
    {
        auto* view = m_view->findChild<QChartView*>(QString::fromLatin1(name));
        return view ? view->chart() : nullptr;
    }

    void screenshot(QWidget* widget, const QString& name) const
    {
        const QString dir = qEnvironmentVariable("HELPDESK_SOURCE_DIR") + QStringLiteral("/docs/screenshots");
        QDir().mkpath(dir);
        // Charts lay out on the event loop after their series change: let the last answers' layouts run.
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        EXPECT_TRUE(widget->grab().save(dir + QStringLiteral("/dashboard-%1.png").arg(name)));
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<LocalReports> m_local;
    std::unique_ptr<ReportSource> m_source;
    std::unique_ptr<DashboardView> m_view;
};

TEST_F(DashboardViewTest, VolumeChartShowsCreatedAndSolvedPerDay)
{
    QChart* volume = chart("volumeChart");
    ASSERT_NE(volume, nullptr);
    auto* created = seriesNamed<QLineSeries>(volume, QStringLiteral("Created"));
    auto* solved = seriesNamed<QLineSeries>(volume, QStringLiteral("Solved"));
    ASSERT_NE(created, nullptr);
    ASSERT_NE(solved, nullptr);
    EXPECT_EQ(yValues(created), (QList<qreal>{2, 2, 3}));
    EXPECT_EQ(yValues(solved), (QList<qreal>{2, 1, 2}));
    screenshot(m_view->findChild<QChartView*>(QStringLiteral("volumeChart")), QStringLiteral("volume"));
}

TEST_F(DashboardViewTest, BacklogChartsStackByStatusAndSplitByPriorityAndChannel)
{
    auto* stacked = seriesNamed<QStackedBarSeries>(chart("backlogChart"), QString());
    ASSERT_NE(stacked, nullptr);
    QStringList labels;
    QList<qreal> values;
    for (QBarSet* set : stacked->barSets()) {
        labels << set->label();
        values << set->at(0);
    }
    EXPECT_EQ(labels, (QStringList{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending"),
                                   QStringLiteral("on_hold")}));
    EXPECT_EQ(values, (QList<qreal>{1, 1, 1, 0}));

    auto* channels = seriesNamed<QBarSeries>(chart("channelChart"), QString());
    ASSERT_NE(channels, nullptr);
    EXPECT_EQ(barValues(setLabelled(channels, QStringLiteral("Tickets"))), (QList<qreal>{0, 2, 1, 0, 0}));
    EXPECT_EQ(barValues(setLabelled(channels, QStringLiteral("Overdue"))), (QList<qreal>{0, 0, 1, 0, 0}));
    auto* priorities = seriesNamed<QBarSeries>(chart("priorityChart"), QString());
    ASSERT_NE(priorities, nullptr);
    EXPECT_EQ(barValues(setLabelled(priorities, QStringLiteral("Tickets"))), (QList<qreal>{0, 1, 1, 1}));
    for (const char* name : {"backlogChart", "priorityChart", "channelChart"})
        screenshot(m_view->findChild<QChartView*>(QString::fromLatin1(name)),
                   QString::fromLatin1(name).remove(QStringLiteral("Chart")));
}

TEST_F(DashboardViewTest, ResponseHistogramCarriesMedianAndP90)
{
    QChart* response = chart("responseChart");
    auto* series = seriesNamed<QBarSeries>(response, QString());
    ASSERT_NE(series, nullptr);
    EXPECT_EQ(barValues(setLabelled(series, QStringLiteral("First response"))), (QList<qreal>{1, 4, 1, 0, 0, 0, 0, 0}));
    EXPECT_EQ(barValues(setLabelled(series, QStringLiteral("Resolution"))), (QList<qreal>{0, 1, 1, 0, 0, 2, 0, 0}));
    EXPECT_TRUE(response->title().contains(QStringLiteral("median 30.0 / p90 52.5"))) << response->title().toStdString();
    EXPECT_TRUE(response->title().contains(QStringLiteral("median 780.0 / p90 1440.0")));
    screenshot(m_view->findChild<QChartView*>(QStringLiteral("responseChart")), QStringLiteral("response-times"));
}

TEST_F(DashboardViewTest, SlaLineMarksBucketsWithBreaches)
{
    QChart* sla = chart("slaChart");
    auto* line = seriesNamed<QLineSeries>(sla, QStringLiteral("Met %"));
    auto* breaches = seriesNamed<QScatterSeries>(sla, QString());
    ASSERT_NE(line, nullptr);
    ASSERT_NE(breaches, nullptr);
    EXPECT_EQ(yValues(line), (QList<qreal>{50.0, 0.0, 66.7}));
    EXPECT_EQ(breaches->count(), 3);
    screenshot(m_view->findChild<QChartView*>(QStringLiteral("slaChart")), QStringLiteral("sla"));
}

TEST_F(DashboardViewTest, AgentTableAndSourceLabel)
{
    auto* table = m_view->findChild<QTableWidget*>(QStringLiteral("agentTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 2);
    QStringList first;
    for (int c = 0; c < table->columnCount(); ++c)
        first << table->item(0, c)->text();
    EXPECT_EQ(first, (QStringList{QStringLiteral("Alice"), QStringLiteral("3"), QStringLiteral("3"),
                                  QStringLiteral("45.0"), QStringLiteral("1440.0"), QStringLiteral("50.0")}));
    auto* label = m_view->findChild<QLabel*>(QStringLiteral("sourceLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(ReportSource::originLabel(ReportOrigin::Local)));
    screenshot(m_view.get(), QStringLiteral("overview"));
}

TEST_F(DashboardViewTest, ClickingABucketOrChannelDrillsDown)
{
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    auto* channels = seriesNamed<QBarSeries>(chart("channelChart"), QString());
    ASSERT_NE(channels, nullptr);
    emit channels->clicked(1, channels->barSets().first());
    ASSERT_EQ(drill.count(), 1);
    EXPECT_EQ(drill.at(0).at(0).value<ReportFilter>().channel, QStringLiteral("email"));

    auto* created = seriesNamed<QLineSeries>(chart("volumeChart"), QStringLiteral("Created"));
    ASSERT_NE(created, nullptr);
    emit created->clicked(created->at(1));
    ASSERT_EQ(drill.count(), 2);
    const auto narrowed = drill.at(1).at(0).value<ReportFilter>();
    EXPECT_EQ(narrowed.from, at("2003-03-04T00:00:00Z"));
    EXPECT_EQ(narrowed.to, at("2003-03-05T00:00:00Z"));
}

} // namespace
} // namespace helpdesk

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (GTEST_FLAG_GET(list_tests)) {
        return RUN_ALL_TESTS(); // discovery by CTest needs no GUI
    }
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
