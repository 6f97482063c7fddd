#pragma once

#include "reports/QueueDrillDown.h"
#include "reports/ReportFilter.h"
#include "reports/ReportRows.h"
#include "reports/ReportSource.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace helpdesk {

// One table of the dashboard as it is shown (and exported to CSV): a stable name for file names, a title and
// the cells as text.
struct ReportTable
{
    QString name; // volume, sla, backlog, response_times, agents, ai_acceptance
    QString title;
    QStringList header;
    std::vector<QStringList> rows;
};

// The reports dashboard (issue 8): a date range (today, 7 days, 30 days, quarter, custom), bucket, team and
// channel filters over seven charts and the per-agent table, all from one ReportSource: created vs solved
// (line), SLA compliance % with breached buckets marked, backlog by status (stacked bar), by priority and by
// channel (bars), response-time histogram with median and p90, AI suggestion outcomes. Any change of a filter
// recomputes every chart at once. Charts follow the palette (light/dark), show tooltips and legends, and say
// when they have nothing to show or failed. A label says whether the figures came from the server or the
// local cache. Clicking a point, bar or agent row emits drillDown() with the tickets behind it.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(ReportSource& source, QWidget* parent = nullptr);

    // Teams offered in the team filter (id, name). allowAll: "All teams" is offered (admins); otherwise the
    // first team is chosen (agents see their teams' figures).
    void setTeams(const QList<QPair<QUuid, QString>>& teams, bool allowAll = true);
    // Only these agents' rows are listed in the agent table (agents: themselves and their teammates); none: all.
    void setVisibleAgents(std::optional<QSet<QUuid>> agents);
    // The clock the date range presets count from (default: the system clock).
    void setNow(std::function<Timestamp()> now);

    // Picks a preset (the filter follows it) and recomputes.
    void setRange(ReportRange range);
    ReportRange range() const { return m_range; }
    // Sets the controls to this filter as a custom range, without recomputing.
    void setFilter(const ReportFilter& filter);
    ReportFilter filter() const { return m_filter; }

    // Asks the source for every report of the current filter.
    void refresh();
    // Reports answered since the last refresh() (six when all have arrived: backlog fills three charts).
    int answeredReports() const { return m_answered; }
    bool isComplete() const;
    // Where the shown figures came from (Local when any report came from the cache).
    ReportOrigin origin() const { return m_origin; }

    // The filters in words ("Last 7 days: 2026-11-15 – 2026-11-21 · Team: all · Channel: email · by day").
    QString filterSummary() const;
    // The tables behind the charts, as shown (agent rows after setVisibleAgents()).
    std::vector<ReportTable> tables() const;
    // The chart views in reading order (for export).
    QList<QChartView*> chartViews() const;
    QTableWidget* agentTable() const { return m_agentTable; }

signals:
    void drillDown(const helpdesk::QueueDrillDown& filter);
    // All reports of the last refresh() have arrived (or failed).
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void scheduleRefresh();
    void readFilterControls();
    void updateDateControls();
    QueueDrillDown baseDrillDown() const;
    void showVolume();
    void showBacklog();
    void showResponseTimes();
    void showSla();
    void showAgents();
    void showAi();
    void showAll();
    void answered(ReportOrigin origin, const QString& failure);
    void setChartState(QChartView* view, const QString& text);
    void styleChart(QChart* chart) const;
    QChartView* addChart(const QString& objectName, const QString& title);

    ReportSource& m_source;
    ReportFilter m_filter;
    ReportRange m_range = ReportRange::Last30Days;
    std::function<Timestamp()> m_now;
    std::optional<QSet<QUuid>> m_visibleAgents;
    bool m_settingControls = false;
    QTimer m_refreshTimer;

    QComboBox* m_rangeBox = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QComboBox* m_bucketBox = nullptr;
    QComboBox* m_teamBox = nullptr;
    QComboBox* m_channelBox = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QChartView* m_volumeView = nullptr;
    QChartView* m_backlogView = nullptr;
    QChartView* m_priorityView = nullptr;
    QChartView* m_channelView = nullptr;
    QChartView* m_responseView = nullptr;
    QChartView* m_slaView = nullptr;
    QChartView* m_aiView = nullptr;
    QTableWidget* m_agentTable = nullptr;

    // The last answers (none: not arrived or failed).
    std::optional<std::vector<VolumePoint>> m_volume;
    std::optional<std::vector<BacklogRow>> m_backlog;
    std::optional<ResponseTimes> m_responseTimes;
    std::optional<std::vector<SlaCompliancePoint>> m_sla;
    std::optional<std::vector<AgentPerformanceRow>> m_agents;
    std::optional<std::vector<AiAcceptanceRow>> m_ai;
    std::optional<std::vector<CsatRow>> m_csat;
    QString m_aiFailure;

    int m_generation = 0;
    int m_answered = 0;
    ReportOrigin m_origin = ReportOrigin::Server;
    QStringList m_failures;
};

} // namespace helpdesk
