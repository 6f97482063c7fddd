// Offscreen test of DashboardView over a hand-built cache (tests/unit/reports/ReportDataset.h, the numbers worked
// out in LocalReportsTest): each chart carries the expected values, drill-down narrows the filter, and each chart is
// rendered to docs/screenshots/dashboard-*.png.

#include "ui/dashboard/DashboardView.h"

#include "core/ManualClock.h"
#include "reports/LocalReports.h"
#include "reports/ReportSource.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "ui/dashboard/DashboardExport.h"
#include "unit/reports/ReportDataset.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace helpdesk {
namespace {

Timestamp at(const char* iso)
{
    return Timestamp::parse(std::string_view(iso)).value();
}

Json profile(const char* id, const char* name, const char* role)
{
    return Json{{"id", id},
                {"email", std::string(name) + "@example.test"},
                {"full_name", name},
                {"role", role},
                {"avatar_url", nullptr},
                {"timezone", "UTC"},
                {"is_active", true},
                {"created_at", "2003-01-01T00:00:00Z"},
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

template <typename S> S* seriesNamed(QChart* chart, const QString& name)
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

// The document title of a PDF written by QPdfWriter: a literal string, UTF-16BE with a byte order mark, with
// backslash escapes for ( ) and \\.
QString pdfTitle(const QByteArray& pdf)
{
    const qsizetype start = pdf.indexOf("/Title (");
    if (start < 0)
        return {};
    QByteArray raw;
    for (qsizetype i = start + 8; i < pdf.size(); ++i) {
        const char c = pdf.at(i);
        if (c == '\\' && i + 1 < pdf.size()) {
            raw.append(pdf.at(++i));
            continue;
        }
        if (c == ')')
            break;
        raw.append(c);
    }
    if (!raw.startsWith("\xfe\xff"))
        return QString::fromLatin1(raw);
    QString out;
    for (qsizetype i = 2; i + 1 < raw.size(); i += 2)
        out.append(QChar(static_cast<char16_t>((static_cast<unsigned char>(raw.at(i)) << 8) |
                                               static_cast<unsigned char>(raw.at(i + 1)))));
    return out;
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
        test::ReportDataset data{
            "0000000a-0000-4000-8000-00000000000a", "0000000b-0000-4000-8000-00000000000b", alice, bob,
            "00000000-0000-4000-8000-00000000e214", "00000000-0000-4000-8000-0000000051a0"};
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
    EXPECT_TRUE(response->title().contains(QStringLiteral("median 30.0 / p90 52.5")))
        << response->title().toStdString();
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
    EXPECT_EQ(first,
              (QStringList{QStringLiteral("Alice"), QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("45.0"),
                           QStringLiteral("1440.0"), QStringLiteral("50.0"), QStringLiteral("–")}));
    auto* label = m_view->findChild<QLabel*>(QStringLiteral("sourceLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(ReportSource::originLabel(ReportOrigin::Local)));
    screenshot(m_view.get(), QStringLiteral("overview"));
}

TEST_F(DashboardViewTest, ClickingABucketBarOrAgentOpensTheTicketsBehindIt)
{
    QSignalSpy drill(m_view.get(), &DashboardView::drillDown);
    auto* channels = seriesNamed<QBarSeries>(chart("channelChart"), QString());
    ASSERT_NE(channels, nullptr);
    emit channels->clicked(1, channels->barSets().first());
    ASSERT_EQ(drill.count(), 1);
    const auto byChannel = drill.at(0).at(0).value<QueueDrillDown>();
    EXPECT_EQ(byChannel.channel, QStringLiteral("email"));
    EXPECT_EQ(byChannel.statuses, QueueDrillDown::openStatuses());

    auto* created = seriesNamed<QLineSeries>(chart("volumeChart"), QStringLiteral("Created"));
    ASSERT_NE(created, nullptr);
    emit created->clicked(created->at(1));
    ASSERT_EQ(drill.count(), 2);
    const auto narrowed = drill.at(1).at(0).value<QueueDrillDown>();
    EXPECT_EQ(narrowed.createdFrom, at("2003-03-04T00:00:00Z"));
    EXPECT_EQ(narrowed.createdTo, at("2003-03-05T00:00:00Z"));
    EXPECT_FALSE(narrowed.solvedFrom.has_value());

    auto* solved = seriesNamed<QLineSeries>(chart("volumeChart"), QStringLiteral("Solved"));
    emit solved->clicked(solved->at(2));
    ASSERT_EQ(drill.count(), 3);
    EXPECT_EQ(drill.at(2).at(0).value<QueueDrillDown>().solvedFrom, at("2003-03-05T00:00:00Z"));

    auto* stacked = seriesNamed<QStackedBarSeries>(chart("backlogChart"), QString());
    emit stacked->clicked(0, setLabelled(stacked, QStringLiteral("pending")));
    ASSERT_EQ(drill.count(), 4);
    EXPECT_EQ(drill.at(3).at(0).value<QueueDrillDown>().statuses, QStringList{QStringLiteral("pending")});

    auto* priorities = seriesNamed<QBarSeries>(chart("priorityChart"), QString());
    emit priorities->clicked(3, priorities->barSets().first());
    ASSERT_EQ(drill.count(), 5);
    EXPECT_EQ(drill.at(4).at(0).value<QueueDrillDown>().priority, QStringLiteral("urgent"));

    auto* table = m_view->agentTable();
    emit table->cellDoubleClicked(0, 2);
    ASSERT_EQ(drill.count(), 6);
    EXPECT_EQ(drill.at(5).at(0).value<QueueDrillDown>().assignee,
              QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000a11ce")));
}

TEST_F(DashboardViewTest, ChangingAFilterRecomputesEveryChartAtOnce)
{
    auto* channelBox = m_view->findChild<QComboBox*>(QStringLiteral("channelBox"));
    ASSERT_NE(channelBox, nullptr);
    QSignalSpy refreshed(m_view.get(), &DashboardView::refreshed);
    channelBox->setCurrentIndex(channelBox->findData(QStringLiteral("chat")));
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(m_view->filter().channel, QStringLiteral("chat"));
    EXPECT_TRUE(m_view->isComplete());
    // Only ticket 4 (created 03-04, solved 03-05) came by chat.
    auto* created = seriesNamed<QLineSeries>(chart("volumeChart"), QStringLiteral("Created"));
    EXPECT_EQ(yValues(created), (QList<qreal>{0, 1, 0}));
    auto* agents = m_view->agentTable();
    ASSERT_EQ(agents->rowCount(), 2); // every agent is listed; only Alice had a chat ticket
    EXPECT_EQ(agents->item(0, 0)->text(), QStringLiteral("Alice"));
    EXPECT_EQ(agents->item(0, 1)->text(), QStringLiteral("1"));
    EXPECT_EQ(agents->item(1, 1)->text(), QStringLiteral("0"));
}

TEST_F(DashboardViewTest, RangePresetsCountBackFromTodayInUtc)
{
    m_view->setNow([] { return at("2003-03-05T15:30:00Z"); });
    QSignalSpy refreshed(m_view.get(), &DashboardView::refreshed);
    m_view->setRange(ReportRange::Today);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(m_view->filter().from, at("2003-03-05T00:00:00Z"));
    EXPECT_EQ(m_view->filter().to, at("2003-03-06T00:00:00Z"));
    auto* created = seriesNamed<QLineSeries>(chart("volumeChart"), QStringLiteral("Created"));
    EXPECT_EQ(yValues(created), (QList<qreal>{3}));

    m_view->setRange(ReportRange::Last7Days);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(m_view->filter().from, at("2003-02-27T00:00:00Z"));
    EXPECT_EQ(m_view->filter().bucket, ReportBucket::Day);
    EXPECT_EQ(yValues(seriesNamed<QLineSeries>(chart("volumeChart"), QStringLiteral("Created"))).size(), 7);

    m_view->setRange(ReportRange::Quarter);
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_EQ(m_view->filter().from, at("2002-12-06T00:00:00Z"));
    EXPECT_EQ(m_view->filter().bucket, ReportBucket::Week);
    EXPECT_TRUE(m_view->filterSummary().startsWith(QStringLiteral("Quarter (90 days): 2002-12-06 to 2003-03-05")))
        << m_view->filterSummary().toStdString();
    auto* from = m_view->findChild<QDateEdit*>(QStringLiteral("fromDate"));
    EXPECT_FALSE(from->isEnabled()); // only a custom range takes dates
}

TEST_F(DashboardViewTest, AgentsSeeOnlyTheRowsTheyMaySee)
{
    m_view->setVisibleAgents(QSet<QUuid>{QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000b0b"))});
    ASSERT_EQ(m_view->agentTable()->rowCount(), 1);
    EXPECT_EQ(m_view->agentTable()->item(0, 0)->text(), QStringLiteral("Bob"));
    const auto tables = m_view->tables();
    const auto agents = std::find_if(tables.begin(), tables.end(),
                                     [](const ReportTable& t) { return t.name == QStringLiteral("agents"); });
    ASSERT_NE(agents, tables.end());
    EXPECT_EQ(agents->rows.size(), 1u);
}

TEST_F(DashboardViewTest, EmptyPeriodsAndOfflineAiSayWhyAChartIsBlank)
{
    ReportFilter empty;
    empty.from = at("2001-01-01T00:00:00Z");
    empty.to = at("2001-01-03T00:00:00Z");
    m_view->setFilter(empty);
    QSignalSpy refreshed(m_view.get(), &DashboardView::refreshed);
    m_view->refresh();
    ASSERT_TRUE(refreshed.wait(5000));
    const auto state = [this](const char* name) {
        auto* label =
            m_view->findChild<QChartView*>(QString::fromLatin1(name))->findChild<QLabel*>(QStringLiteral("stateLabel"));
        return label->isVisible() ? label->text() : QString();
    };
    EXPECT_EQ(state("volumeChart"), QStringLiteral("No tickets were created or solved in this period."));
    EXPECT_EQ(state("slaChart"), QStringLiteral("No tickets with an SLA in this period."));
    EXPECT_EQ(state("backlogChart"), QString()); // open work is "now", not in the window
    EXPECT_TRUE(state("aiChart").contains(QStringLiteral("not kept offline"))) << state("aiChart").toStdString();
    EXPECT_FALSE(m_view->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
}

TEST_F(DashboardViewTest, ChartsFollowTheDarkPalette)
{
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Window, QColor(0x1f, 0x23, 0x2a));
    dark.setColor(QPalette::Base, QColor(0x16, 0x1a, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xe5, 0xe7, 0xeb));
    dark.setColor(QPalette::Text, QColor(0xe5, 0xe7, 0xeb));
    m_view->setPalette(dark);
    QChart* volume = chart("volumeChart");
    EXPECT_EQ(volume->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(volume->backgroundBrush().color(), QColor(0x16, 0x1a, 0x20));
    EXPECT_EQ(volume->titleBrush().color(), QColor(0xe5, 0xe7, 0xeb));
    // The figures are still there after re-theming.
    EXPECT_EQ(yValues(seriesNamed<QLineSeries>(volume, QStringLiteral("Created"))), (QList<qreal>{2, 2, 3}));
    m_view->setPalette(QPalette());
    EXPECT_EQ(chart("volumeChart")->theme(), QChart::ChartThemeLight);
}

TEST_F(DashboardViewTest, TablesCarryWhatTheChartsShowForCsv)
{
    const auto tables = m_view->tables();
    QStringList names;
    for (const ReportTable& t : tables)
        names << t.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("volume"), QStringLiteral("sla"), QStringLiteral("backlog"),
                                  QStringLiteral("response_times"), QStringLiteral("agents")}));
    const ReportTable& volume = tables.front();
    EXPECT_EQ(volume.header,
              (QStringList{QStringLiteral("Bucket start"), QStringLiteral("Created"), QStringLiteral("Solved")}));
    ASSERT_EQ(volume.rows.size(), 3u);
    EXPECT_EQ(volume.rows[1], (QStringList{QStringLiteral("2003-03-04"), QStringLiteral("2"), QStringLiteral("1")}));

    QTemporaryDir dir;
    auto written = DashboardExport::writeCsvFiles(tables, dir.path(), QStringLiteral("t-"));
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(written.value().size(), 5);
    QFile file(dir.filePath(QStringLiteral("t-volume.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()),
              QStringLiteral("Bucket start,Created,Solved\r\n2003-03-03,2,2\r\n2003-03-04,2,1\r\n2003-03-05,3,2\r\n"));
    QFile agents(dir.filePath(QStringLiteral("t-agents.csv")));
    ASSERT_TRUE(agents.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(agents.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], QStringLiteral("Alice,3,3,45.0,1440.0,50.0,"));
}

TEST_F(DashboardViewTest, LargeCsvExportsReportProgressAndCanBeCancelled)
{
    ReportTable big{QStringLiteral("big"), QStringLiteral("Big"), {QStringLiteral("n")}, {}};
    for (int i = 0; i < 25'000; ++i)
        big.rows.push_back({QString::number(i)});
    QList<qint64> seen;
    auto written =
        DashboardExport::writeCsvFiles({big, big}, m_dir.path(), QStringLiteral("p-"), [&](qint64 done, qint64 total) {
            EXPECT_EQ(total, 50'000);
            seen << done;
            return true;
        });
    ASSERT_TRUE(written.ok());
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.last(), 50'000); // across both files
    EXPECT_GE(seen.size(), 50);
    QFile file(m_dir.filePath(QStringLiteral("p-big.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), 25'001);

    const QString stopped = m_dir.filePath(QStringLiteral("s-big.csv"));
    auto cancelled = DashboardExport::writeCsvFiles({big}, m_dir.path(), QStringLiteral("s-"),
                                                    [](qint64 done, qint64) { return done < 5000; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().userMessage(), QStringLiteral("The export was cancelled."));
    EXPECT_FALSE(QFile::exists(stopped));
}

TEST_F(DashboardViewTest, ExportsSayWhichFileCouldNotBeWritten)
{
    const QString nowhere = m_dir.filePath(QStringLiteral("missing-folder/dashboard.pdf"));
    auto pdf = DashboardExport::writePdf(*m_view, nowhere);
    ASSERT_FALSE(pdf.ok());
    EXPECT_TRUE(pdf.error().userMessage().startsWith(QStringLiteral("Could not write ")));
    EXPECT_TRUE(pdf.error().userMessage().contains(QStringLiteral("missing-folder")));
    EXPECT_FALSE(QFile::exists(nowhere));
    auto csv =
        DashboardExport::writeCsvFiles(m_view->tables(), m_dir.filePath(QStringLiteral("missing-folder")), QString());
    ASSERT_FALSE(csv.ok());
    EXPECT_TRUE(csv.error().userMessage().contains(QStringLiteral("volume.csv")));
    // A cancelled export leaves no half-written file behind.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    auto stopped = DashboardExport::writePdf(*m_view, cancelled, [](int done, int) { return done < 2; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_FALSE(QFile::exists(cancelled));
}

TEST_F(DashboardViewTest, PdfExportHasTheChartsAsVectorsAndTheFiltersInItsHeader)
{
    const QString path = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    QList<int> steps;
    auto pages = DashboardExport::writePdf(*m_view, path, [&](int done, int) {
        steps << done;
        return true;
    });
    ASSERT_TRUE(pages.ok()) << pages.error().toString().toStdString();
    EXPECT_EQ(pages.value(), 3); // charts 4 + 3, then the agent table
    EXPECT_EQ(steps.last(), 8);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 20'000);
    // The page tree says how many pages there are.
    EXPECT_TRUE(pdf.contains("/Count 3")) << "no page count of 3";
    // No chart was rasterised: a vector page has no image XObjects.
    EXPECT_FALSE(pdf.contains("/Subtype /Image"));
    // The filters are the document's title (the same words as each page's header line).
    const QString summary = m_view->filterSummary();
    EXPECT_EQ(summary, QStringLiteral("Custom: 2003-03-03 to 2003-03-05 (UTC) · Team: all · Channel: all · by day"));
    EXPECT_EQ(pdfTitle(pdf), DashboardExport::title(*m_view));
    EXPECT_TRUE(pdfTitle(pdf).endsWith(summary));
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
