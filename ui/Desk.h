#pragma once

#include "MainWindow.h"

#include "store/ConflictRecord.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <memory>

class QDialog;
class QSettings;

namespace helpdesk {

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

    void showView(const QString &key);
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void signOutRequested();
    // A conflict or rejected write is being shown (tests answer it).
    void conflictShown(QDialog *dialog);

private:
    void onCommand(MainWindow::Command command);
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
    bool m_messagesChanged = false;
    QString m_view;
    QSet<QUuid> m_changedTickets;
    bool m_teamsChanged = false;
    bool m_namesChanged = false;
    QTimer m_batch;
};

} // namespace helpdesk
