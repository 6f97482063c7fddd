#pragma once

#include "core/Enums.h"
#include "ui/admin/AdminPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace helpdesk {

class BusinessHoursEditor;

// SLA policies: one per priority, with first-response and resolution targets in business minutes, the
// business hours (weekly windows) and their time zone. Writes go through the sync engine (works offline);
// the server recomputes due times of tickets created or re-prioritised afterwards.
class SlaPoliciesPage : public AdminPage
{
    Q_OBJECT
public:
    SlaPoliciesPage(UserWorkspace& workspace, const IconSet& icons, QWidget* parent = nullptr);

    QStringList tables() const override;
    void reload() override;

    void selectPriority(TicketPriority priority);
    TicketPriority currentPriority() const { return m_priority; }
    // Checks the editor and writes the policy of the current priority (insert or update).
    bool save();
    bool deletePolicy();
    // The first problem with the editor's values, in words (empty when it can be saved).
    QString problem() const;

private:
    void fillTable();
    void showPolicy();
    Json policyFor(TicketPriority priority) const;
    QString priorityName(TicketPriority priority) const;
    static QString duration(int minutes);

    Json m_policies = Json::array();
    TicketPriority m_priority = TicketPriority::Urgent;

    QTableWidget* m_table = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_firstResponse = nullptr;
    QSpinBox* m_resolution = nullptr;
    QComboBox* m_timeZone = nullptr;
    QCheckBox* m_active = nullptr;
    BusinessHoursEditor* m_hours = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace helpdesk
