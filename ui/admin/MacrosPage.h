#pragma once

#include "ui/admin/AdminPage.h"

#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

// Macros: canned replies (title, body with {{requester.first_name}}-style placeholders, team or all teams)
// and the actions they apply to a ticket — status, priority, tags to add and remove, team, assignee —
// stored as macros.actions ([{"field": "status", "value": "pending"}, {"field": "tags", "add": [...]}]).
// Actions this editor does not know are kept as they are. Writes go through the sync engine.
class MacrosPage : public AdminPage
{
    Q_OBJECT
public:
    MacrosPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);

    QStringList tables() const override;
    void reload() override;

    void newMacro();
    bool save();
    bool deleteMacro();
    bool selectMacro(const QUuid& id);
    QUuid currentMacro() const { return m_current; }
    // The actions the editor would store now.
    Json actions() const;

private:
    void fillList();
    void showMacro();
    void fillChoices();
    Json currentRow() const;

    Json m_macros = Json::array();
    Json m_teams = Json::array();
    Json m_agents = Json::array();
    Json m_keptActions = Json::array(); // actions of the macro this editor does not show
    QUuid m_current;

    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QComboBox* m_team = nullptr;
    QCheckBox* m_active = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QLineEdit* m_addTags = nullptr;
    QLineEdit* m_removeTags = nullptr;
    QComboBox* m_setTeam = nullptr;
    QComboBox* m_setAssignee = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace helpdesk
