#include "ui/admin/AdminArea.h"

#include "store/ConflictRecord.h"
#include "sync/SyncEngine.h"
#include "ui/IconSet.h"
#include "ui/UserWorkspace.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/FieldDefinitionsPage.h"
#include "ui/admin/MacrosPage.h"
#include "ui/admin/SlaPoliciesPage.h"
#include "ui/admin/TeamsPage.h"
#include "ui/admin/UsersPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helpdesk {

AdminArea::AdminArea(UserWorkspace& workspace, const IconSet& icons, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("adminArea"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (workspace.me().role != UserRole::Admin) {
        auto* notice = new QLabel(tr("You are not an admin: you can look at these settings, but the server will "
                                     "refuse any change you make here."));
        notice->setObjectName(QStringLiteral("adminNotAdmin"));
        notice->setWordWrap(true);
        notice->setMargin(8);
        outer->addWidget(notice);
    }
    auto* layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("adminNav"));
    m_nav->setUniformItemSizes(true);
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setMaximumWidth(210);
    m_nav->setSpacing(2);
    layout->addWidget(m_nav);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack, 1);

    const auto add = [&](AdminPage* page, const QString& title, const QString& icon) {
        m_pages.push_back(page);
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(icons.icon(icon), title);
        item->setToolTip(title);
        m_nav->addItem(item);
    };
    add(new UsersPage(workspace, icons), tr("Users and roles"), QStringLiteral("user-cog"));
    add(new TeamsPage(workspace, icons), tr("Teams and members"), QStringLiteral("users"));
    add(new SlaPoliciesPage(workspace, icons), tr("SLA policies"), QStringLiteral("timer"));
    add(new MacrosPage(workspace, icons), tr("Macros"), QStringLiteral("zap"));
    add(new FieldDefinitionsPage(workspace, icons), tr("Custom fields"), QStringLiteral("list-checks"));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    SyncEngine& sync = workspace.sync();
    connect(&sync, &SyncEngine::rowsChanged, this, [this](const QString& table) { tablesChanged(table); });
    connect(&sync, &SyncEngine::bootstrapFinished, this, &AdminArea::reload);
    connect(&sync, &SyncEngine::writeRejected, this, &AdminArea::writeRejected);
    connect(&sync, &SyncEngine::conflictRecorded, this, &AdminArea::writeRejected);
}

void AdminArea::showPage(Page page)
{
    m_nav->setCurrentRow(static_cast<int>(page));
}

AdminArea::Page AdminArea::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

AdminPage* AdminArea::page(Page page) const
{
    return m_pages.at(static_cast<std::size_t>(page));
}

void AdminArea::reload()
{
    for (AdminPage* page : m_pages)
        page->reload();
}

void AdminArea::tablesChanged(const QString& table)
{
    for (AdminPage* page : m_pages)
        if (page->tables().contains(table))
            page->reload();
}

void AdminArea::writeRejected(const ConflictRecord& record)
{
    // Shown on the page that owns the table (the first one listing it), which is brought to the front.
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->tables().value(0) == record.table ||
            (record.table == QLatin1String("team_members") && i == static_cast<std::size_t>(Page::Teams))) {
            m_pages[i]->showRejection(record);
            m_nav->setCurrentRow(static_cast<int>(i));
            return;
        }
    }
}

} // namespace helpdesk
