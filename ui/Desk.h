#pragma once

#include "MainWindow.h"

#include "store/ConflictRecord.h"
#include "store/QueueQuery.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

class QDialog;
class QSettings;

namespace helpdesk {

class BulkActionBar;
class IconSet;
class QueueViews;
class Theme;
class TicketQueueModel;
class TicketQueueView;
class TicketPanel;
class TrayNotifier;
class UserWorkspace;

// The signed-in user's desk: builds the main window for the user's role and keeps it in step with the
// workspace: sidebar views and live counts, the queue over the cache, the sync indicator, the commands.
class Desk : public QObject
{
    Q_OBJECT
public:
    Desk(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QObject *parent = nullptr);
    ~Desk() override;

    MainWindow &window() { return *m_window; }
    QueueViews &views() { return *m_views; }
    TicketQueueModel &queueModel() { return *m_model; }
    TicketQueueView &queueView() { return *m_queue; }
    TicketPanel &ticketPanel() { return *m_panel; }

    // The bulk actions above the queue; null for customers.
    BulkActionBar *bulkActions() { return m_bulk; }

    void showView(const QString &key);
    // Shows a ticket in the ticket view (and selects it in the queue when the current view has it).
    void openTicket(const QUuid &id);
    // Opens the queue with a filter from outside (dashboard drill-down), titled `title`, in place of a
    // sidebar view until one is chosen. QueueFilter offers statuses, priorities, assignee (me, unassigned,
    // a person), team (or no team), requester, one tag and search text; a customer's filter always keeps
    // to their own tickets.
    void openQueue(QueueFilter filter, const QString &title);
    // The new-ticket dialog (Ctrl+N): agents on behalf of a customer, customers for themselves; subject and
    // description prefilled when given (e.g. from the assistant).
    // What "New ticket" (Ctrl+N) does instead of opening the dialog (customers ask the assistant first).
    void setNewTicketRoute(std::function<void()> route) { m_newTicketRoute = std::move(route); }
    void newTicket(const QString &subject = {}, const QString &description = {});
    // The key of the sidebar view shown, or CustomView while a filter from openQueue() is shown.
    static inline const QString CustomView = QStringLiteral("custom");
    QString currentView() const { return m_view; }
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void signOutRequested();
    // A conflict or rejected write is being shown (tests answer it).
    void conflictShown(QDialog *dialog);
    // The new-ticket dialog is open (tests fill it in).
    void newTicketShown(QDialog *dialog);

private:
    void onCommand(MainWindow::Command command);
    void applyRoleColumns();
    void showConflict(const ConflictRecord &record);
    void resolveConflict(const ConflictRecord &record, int choice);
    void onRowsChanged(const QString &table, const QStringList &keys);
    void flushChanges();
    void applyQuery();

    UserWorkspace &m_workspace;
    std::unique_ptr<QueueViews> m_views;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayNotifier> m_tray;
    TicketQueueView *m_queue = nullptr;
    TicketPanel *m_panel = nullptr;
    BulkActionBar *m_bulk = nullptr;
    std::function<void()> m_newTicketRoute;
    const IconSet &m_icons;
    QueueFilter m_customFilter;
    QString m_customTitle;
    bool m_messagesChanged = false;
    QString m_view;
    QSet<QUuid> m_changedTickets;
    bool m_teamsChanged = false;
    bool m_namesChanged = false;
    QTimer m_batch;
};

} // namespace helpdesk
