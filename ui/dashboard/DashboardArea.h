#pragma once

#include "reports/QueueDrillDown.h"

#include <QString>
#include <QWidget>
#include <memory>

class QAction;
class QTabWidget;
class QToolBar;

namespace helpdesk {

class DashboardView;
class FunctionsClient;
class HttpTransport;
class IconSet;
class LocalReports;
class ReportSchedules;
class ReportSchedulesPanel;
class ReportSource;
class ServerReports;
class UserWorkspace;

// The Dashboards area of the window (issue 8) for agents and admins: the DashboardView over the server's report
// RPCs when the sync engine is connected and over the local cache when it is offline; export of the dashboard to
// PDF (Ctrl+Shift+P) and of its tables to CSV (Ctrl+Shift+E); and, for admins, the scheduled reports (managed on
// the server, disabled offline). Agents see their teams' figures and their own and their teammates' rows; admins
// see everything. drillDown() carries the queue filter of a clicked bar, point or agent.
class DashboardArea : public QWidget
{
    Q_OBJECT

public:
    DashboardArea(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);
    ~DashboardArea() override;

    DashboardView& view() { return *m_view; }
    // Null for agents.
    ReportSchedulesPanel* schedulesPanel() { return m_schedulesPanel; }
    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* refreshAction() const { return m_refresh; }

    // Re-reads teams and team members from the cache and recomputes.
    void reload();
    // The exports behind the actions, without the file dialogs; a failure is shown as a message and returned.
    bool exportPdfTo(const QString& path);
    bool exportCsvTo(const QString& directory);

signals:
    void drillDown(const helpdesk::QueueDrillDown& filter);

private:
    bool online() const;
    void onlineChanged();
    void chooseAndExportPdf();
    void chooseAndExportCsv();

    UserWorkspace& m_workspace;
    std::unique_ptr<LocalReports> m_local;
    std::unique_ptr<ServerReports> m_server;
    std::unique_ptr<ReportSource> m_source;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<FunctionsClient> m_functions;
    std::unique_ptr<ReportSchedules> m_schedules;
    DashboardView* m_view = nullptr;
    ReportSchedulesPanel* m_schedulesPanel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_refresh = nullptr;
    bool m_wasOnline = false;
};

} // namespace helpdesk
