#pragma once

#include "reports/ReportSchedules.h"

#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace helpdesk {

class ReportScheduleEditor;

// The admins' list of scheduled reports: create, edit, delete and "send now", straight against the server
// (schedules run there). Offline everything but the list is disabled, with a sentence saying why. Dialogs are
// answered through hooks in tests (setEditorHook, setConfirm).
class ReportSchedulesPanel : public QWidget
{
    Q_OBJECT

public:
    // Runs the editor: true when it was accepted (default: exec()).
    using EditorHook = std::function<bool(ReportScheduleEditor& editor)>;
    // Asks a yes/no question (default: QMessageBox::question).
    using Confirm = std::function<bool(const QString& question)>;

    ReportSchedulesPanel(ReportSchedules& schedules, QWidget* parent = nullptr);

    void setTeams(const QList<QPair<QUuid, QString>>& teams) { m_teams = teams; }
    void setOnline(bool online);
    void setEditorHook(EditorHook hook) { m_editorHook = std::move(hook); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void reload();
    void createSchedule();
    void editSelected();
    void deleteSelected();
    void sendSelectedNow();

    const std::vector<ReportSchedule>& schedules() const { return m_rows; }
    void selectRow(int row);
    QString statusText() const;

signals:
    // A server answer arrived (list loaded, saved, deleted, sent or failed); statusText() says what happened.
    void finished();

private:
    void showRows();
    void setStatus(const QString& text, bool error);
    void updateButtons();
    int selectedRow() const;
    bool runEditor(ReportScheduleEditor& editor);

    ReportSchedules& m_schedules;
    QList<QPair<QUuid, QString>> m_teams;
    std::vector<ReportSchedule> m_rows;
    bool m_online = true;
    bool m_busy = false;
    EditorHook m_editorHook;
    Confirm m_confirm;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_reload = nullptr;
    QLabel* m_offline = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace helpdesk
