#pragma once

#include "ui/admin/AdminPage.h"

#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace helpdesk {

// Teams and members: create, rename and delete teams, add and remove members. Writes go through the sync
// engine (cache first, then the server), so this works offline too.
class TeamsPage : public AdminPage
{
    Q_OBJECT
public:
    TeamsPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);

    QStringList tables() const override;
    void reload() override;

    // The editor's actions (also on Ctrl+N, Ctrl+S, Delete).
    void newTeam();
    bool save();
    bool deleteTeam();
    bool addMember(const QUuid& userId);
    bool removeMember(const QUuid& userId);
    bool selectTeam(const QUuid& id);
    QUuid currentTeam() const { return m_current; }

private:
    void fillTeams();
    void showTeam();
    void fillMembers();
    QString teamName(const QUuid& id) const;

    Json m_teams = Json::array();
    Json m_members = Json::array();
    Json m_people = Json::array();
    QUuid m_current; // null: a new team is being written

    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_editor = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_nameProblem = nullptr;
    QListWidget* m_memberList = nullptr;
    QLabel* m_membersEmpty = nullptr;
    QComboBox* m_addPerson = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace helpdesk
