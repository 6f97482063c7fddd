#pragma once

#include <QWidget>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace helpdesk {

class AdminPage;
class FieldDefinitionsPage;
class IconSet;
class MacrosPage;
class SlaPoliciesPage;
class TeamsPage;
class UserWorkspace;
struct ConflictRecord;

// The admin area: Users and roles, Teams and members, SLA policies, Macros, Custom fields — a list of pages
// on the left and the page on the right. Pages read the cache and write through the sync engine; the area
// reloads a page when the sync engine changes one of its tables and shows a refused write on its page.
// The window shows it to admins only; the server enforces that only admins may change these settings.
class AdminArea : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        Users,
        Teams,
        SlaPolicies,
        Macros,
        CustomFields,
    };

    AdminArea(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    AdminPage* page(Page page) const;
    // Re-reads every page from the cache.
    void reload();

private:
    void tablesChanged(const QString& table);
    void writeRejected(const ConflictRecord& record);

    UserWorkspace& m_workspace;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::vector<AdminPage*> m_pages;
};

} // namespace helpdesk
