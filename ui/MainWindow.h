#pragma once

#include "ViewListModel.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QListView;
class QSettings;
class QSplitter;

namespace helpdesk {

class IconSet;
class SyncIndicator;

// The agent's (or customer's) window: a sidebar of views, the panes given by the owner (queue, ticket),
// a status bar with the sync indicator, menus and the keyboard shortcuts of the agent loop.
// It holds no data logic: commands are emitted, panes and counts are set from outside.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Command {
        NextTicket,
        PreviousTicket,
        Reply,
        InternalNote,
        AssignToMe,
        Solve,
        Search,
        NewTicket,
        Refresh,
        SignOut,
    };
    Q_ENUM(Command)

    explicit MainWindow(const IconSet &icons, QWidget *parent = nullptr);

    ViewListModel &views() { return m_views; }
    void setViews(std::vector<ViewEntry> entries);
    void selectView(const QString &key);
    QString currentView() const;

    // The panes right of the sidebar (ownership passes to the window).
    void setPanes(QWidget *list, QWidget *detail);
    SyncIndicator &syncIndicator() { return *m_sync; }
    void setSignedInUser(const QString &name, const QString &roleText);
    QAction *action(Command command) const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void viewSelected(const QString &key);
    void commandTriggered(helpdesk::MainWindow::Command command);

private:
    void createActions();
    void createMenus();
    QAction *addCommand(Command command, const QString &text, const QString &iconName,
                        const QList<QKeySequence> &shortcuts);

    const IconSet &m_icons;
    ViewListModel m_views;
    QListView *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    SyncIndicator *m_sync = nullptr;
    QLabel *m_user = nullptr;
    QHash<Command, QAction *> m_actions;
};

} // namespace helpdesk
