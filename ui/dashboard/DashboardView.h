#pragma once

#include "reports/ReportFilter.h"
#include "reports/ReportRows.h"
#include "reports/ReportSource.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace helpdesk {

// The reports dashboard (issue 8): date range, bucket, team and channel filters over six views of the same
// ReportSource: created vs solved (line), backlog by status (stacked bar), backlog by priority and by channel
// (bars), response-time histogram with median and p90, SLA compliance % with breached buckets marked, and a
// per-agent table. Says whether the figures came from the server or the local cache. Clicking a bucket or a
// bar emits drillDown() with the narrowed filter. Widgets carry object names for tests.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(ReportSource& source, QWidget* parent = nullptr);

    // Teams offered in the team filter (id, name); "All teams" is always first.
    void setTeams(const QList<QPair<QUuid, QString>>& teams);
    void setFilter(const ReportFilter& filter);
    ReportFilter filter() const { return m_filter; }

    // Asks the source for every report of the current filter.
    void refresh();
    // Reports answered since the last refresh() (five when all have arrived: backlog fills three charts).
    int answeredReports() const { return m_answered; }

signals:
    void drillDown(const helpdesk::ReportFilter& filter);
    // All five reports of the last refresh() have arrived (or failed).
    void refreshed();

private:
    void readFilterControls();
    void showVolume(const std::vector<VolumePoint>& points);
    void showBacklog(const std::vector<BacklogRow>& rows);
    void showResponseTimes(const ResponseTimes& times);
    void showSla(const std::vector<SlaCompliancePoint>& points);
    void showAgents(const std::vector<AgentPerformanceRow>& rows);
    void answered(ReportOrigin origin, const QString& failure);
    QChartView* addChart(const QString& objectName, const QString& title);

    ReportSource& m_source;
    ReportFilter m_filter;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QComboBox* m_bucketBox = nullptr;
    QComboBox* m_teamBox = nullptr;
    QComboBox* m_channelBox = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QChartView* m_volumeView = nullptr;
    QChartView* m_backlogView = nullptr;
    QChartView* m_priorityView = nullptr;
    QChartView* m_channelView = nullptr;
    QChartView* m_responseView = nullptr;
    QChartView* m_slaView = nullptr;
    QTableWidget* m_agentTable = nullptr;
    std::vector<Timestamp> m_volumeBuckets;
    int m_generation = 0;
    int m_answered = 0;
    QStringList m_failures;
};

} // namespace helpdesk
