#include "ui/dashboard/DashboardArea.h"

#include "core/Team.h"
#include "core/TeamMember.h"
#include "reports/LocalReports.h"
#include "reports/ReportSchedules.h"
#include "reports/ReportSource.h"
#include "reports/ServerReports.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "supabase/FunctionsClient.h"
#include "supabase/NetworkHttpTransport.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/ServerConnection.h"
#include "ui/UserWorkspace.h"
#include "ui/dashboard/DashboardExport.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/dashboard/ReportSchedulesPanel.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace helpdesk {

namespace {

// Rows of a mirrored table as T (rows that do not parse are skipped).
template <typename T> std::vector<T> cachedRows(CacheDatabase& cache, const QString& tableName)
{
    std::vector<T> out;
    const MirrorTable* table = MirrorSchema::table(tableName);
    if (!table)
        return out;
    MirrorStore store(cache);
    auto keys = store.rowKeys(*table);
    if (!keys.ok())
        return out;
    auto rows = store.rows(*table, keys.value());
    if (!rows.ok() || !rows.value().is_array())
        return out;
    for (const Json& row : rows.value()) {
        auto parsed = parseJson<T>(row);
        if (parsed.ok())
            out.push_back(std::move(parsed).value());
    }
    return out;
}

// Large exports show a progress dialog after a moment; small ones finish before it appears.
class ExportProgress
{
public:
    ExportProgress(QWidget* parent, const QString& label, qint64 total)
        : m_dialog(label, DashboardArea::tr("Cancel"), 0, 1000, parent)
    {
        m_dialog.setObjectName(QStringLiteral("exportProgress"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(total > 5000 ? 0 : 400);
        m_dialog.setValue(0);
    }
    bool update(qint64 done, qint64 total)
    {
        m_dialog.setValue(total > 0 ? static_cast<int>(1000 * done / total) : 1000);
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

DashboardArea::DashboardArea(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboardArea"));
    ServerConnection& connection = workspace.connection();
    m_local = std::make_unique<LocalReports>(workspace.cache(), workspace.clock());
    m_server = std::make_unique<ServerReports>(connection.rest());
    m_source = std::make_unique<ReportSource>(*m_local, m_server.get(), [this] { return online(); });
    m_transport = std::make_unique<NetworkHttpTransport>();
    m_functions = std::make_unique<FunctionsClient>(ServerConnection::configFor(connection.profile()), *m_transport,
                                                    &connection.auth());
    m_schedules = std::make_unique<ReportSchedules>(connection.rest(), m_functions.get());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("dashboardToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportPdf = m_toolBar->addAction(icons.icon(QStringLiteral("file-down")), tr("Export PDF…"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportCsv = m_toolBar->addAction(icons.icon(QStringLiteral("file-spreadsheet")), tr("Export tables to CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_refresh = m_toolBar->addAction(icons.icon(QStringLiteral("refresh-cw")), tr("Recompute"));
    m_refresh->setObjectName(QStringLiteral("refreshDashboard"));
    for (QAction* action : {m_exportPdf, m_exportCsv, m_refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QStringLiteral("…")),
                                                             action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    layout->addWidget(m_toolBar);

    m_view = new DashboardView(*m_source, this);
    const Clock& clock = workspace.clock();
    m_view->setNow([&clock] { return clock.now(); });
    connect(m_view, &DashboardView::drillDown, this, &DashboardArea::drillDown);

    const bool admin = workspace.me().role == UserRole::Admin;
    if (admin) {
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
        m_tabs->addTab(m_view, icons.icon(QStringLiteral("chart-column")), tr("Dashboard"));
        m_schedulesPanel = new ReportSchedulesPanel(*m_schedules, this);
        m_schedulesPanel->setConfirm([this](const QString& question) {
            return MessageBox::question(this, tr("Delete scheduled report"), question,
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        });
        m_tabs->addTab(m_schedulesPanel, icons.icon(QStringLiteral("calendar-clock")), tr("Scheduled reports"));
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            const bool dashboard = m_tabs->widget(index) == m_view;
            for (QAction* a : {m_exportPdf, m_exportCsv, m_refresh})
                a->setEnabled(dashboard);
            if (!dashboard && m_schedulesPanel->schedules().empty() && online())
                m_schedulesPanel->reload();
        });
        layout->addWidget(m_tabs, 1);
    } else {
        layout->addWidget(m_view, 1);
    }

    connect(m_exportPdf, &QAction::triggered, this, &DashboardArea::chooseAndExportPdf);
    connect(m_exportCsv, &QAction::triggered, this, &DashboardArea::chooseAndExportCsv);
    connect(m_refresh, &QAction::triggered, this, [this] { m_view->refresh(); });
    connect(&workspace.sync(), &SyncEngine::stateChanged, this, [this] { onlineChanged(); });
    // Figures follow the cache: after a bootstrap, recompute (the teams may have arrived too).
    connect(&workspace.sync(), &SyncEngine::bootstrapFinished, this, [this] { reload(); });

    m_wasOnline = online();
    if (m_schedulesPanel)
        m_schedulesPanel->setOnline(m_wasOnline);
    reload();
}

DashboardArea::~DashboardArea() = default;

bool DashboardArea::online() const
{
    const SyncEngine::State state = m_workspace.sync().state();
    return state == SyncEngine::State::Live || state == SyncEngine::State::Syncing;
}

void DashboardArea::onlineChanged()
{
    const bool now = online();
    if (now == m_wasOnline)
        return;
    m_wasOnline = now;
    if (m_schedulesPanel)
        m_schedulesPanel->setOnline(now);
    m_view->refresh(); // the same figures from the other source, and the label saying which
}

void DashboardArea::reload()
{
    CacheDatabase& cache = m_workspace.cache();
    const Profile& me = m_workspace.me();
    QList<QPair<QUuid, QString>> all;
    for (const Team& team : cachedRows<Team>(cache, QStringLiteral("teams")))
        all.append({team.id, team.name});
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    if (me.role == UserRole::Admin) {
        m_view->setTeams(all, true);
        m_view->setVisibleAgents(std::nullopt);
        if (m_schedulesPanel)
            m_schedulesPanel->setTeams(all);
    } else {
        // Agents: their teams only, and the rows of themselves and their teammates.
        const std::vector<TeamMember> members = cachedRows<TeamMember>(cache, QStringLiteral("team_members"));
        QSet<QUuid> myTeams;
        for (const TeamMember& m : members)
            if (m.userId == me.id)
                myTeams.insert(m.teamId);
        QSet<QUuid> visible{me.id};
        for (const TeamMember& m : members)
            if (myTeams.contains(m.teamId))
                visible.insert(m.userId);
        QList<QPair<QUuid, QString>> mine;
        for (const auto& team : all)
            if (myTeams.contains(team.first))
                mine.append(team);
        m_view->setTeams(mine, false);
        m_view->setVisibleAgents(visible);
    }
    m_view->refresh();
}

bool DashboardArea::exportPdfTo(const QString& path)
{
    ExportProgress progress(this, tr("Writing the PDF…"), 0);
    auto written =
        DashboardExport::writePdf(*m_view, path, [&](int done, int total) { return progress.update(done, total); });
    if (!written.ok()) {
        MessageBox::warning(this, tr("Export failed"), written.error().userMessage());
        return false;
    }
    return true;
}

bool DashboardArea::exportCsvTo(const QString& directory)
{
    const std::vector<ReportTable> tables = m_view->tables();
    if (tables.empty()) {
        MessageBox::warning(this, tr("Nothing to export"), tr("The dashboard has no figures to export yet."));
        return false;
    }
    qint64 rows = 0;
    for (const ReportTable& t : tables)
        rows += static_cast<qint64>(t.rows.size());
    ExportProgress progress(this, tr("Writing the CSV files…"), rows);
    const QString prefix =
        QStringLiteral("dashboard-%1-").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm")));
    auto written = DashboardExport::writeCsvFiles(
        tables, directory, prefix, [&](qint64 done, qint64 total) { return progress.update(done, total); });
    if (!written.ok()) {
        MessageBox::warning(this, tr("Export failed"), written.error().userMessage());
        return false;
    }
    return true;
}

void DashboardArea::chooseAndExportPdf()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("dashboard-%1.pdf")
                          .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export dashboard to PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void DashboardArea::chooseAndExportCsv()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Export the dashboard's tables to CSV files in"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!directory.isEmpty())
        exportCsvTo(directory);
}

} // namespace helpdesk
