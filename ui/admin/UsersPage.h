#pragma once

#include "core/Profile.h"
#include "supabase/RequestHandle.h"
#include "ui/admin/AdminPage.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace helpdesk {

// Users and roles: the people in the cache, searchable by name or e-mail, and the role of the selected
// person changed through the server's admin_set_role() (online only: the server decides who may).
class UsersPage : public AdminPage
{
    Q_OBJECT
public:
    UsersPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);

    QStringList tables() const override;
    void reload() override;

    void setSearch(const QString& text);
    // Selects a person by id (false when not listed).
    bool selectUser(const QUuid& id);
    // Asks the server to give the selected person `role`; false when refused before sending (offline, none).
    bool changeRole(UserRole role);
    bool roleChangeInFlight() const { return m_request.isActive(); }

signals:
    void roleChangeFinished(bool ok);

private:
    void fillTable();
    void selectionChanged();
    std::optional<Profile> selected() const;
    QString roleName(UserRole role) const;

    std::vector<Profile> m_people;
    RequestHandle m_request;

    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_selection = nullptr;
};

} // namespace helpdesk
