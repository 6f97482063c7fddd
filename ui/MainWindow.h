#pragma once

#include "ViewListModel.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QToolBar;
class QListView;
class QMenu;
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

    // Areas beside the tickets (knowledge base, dashboards, admin): each gets a button in the rail on the
    // left, an entry in the Go menu and Ctrl+<n> in the order added (Ctrl+1 is the tickets). The window
    // takes ownership of the page.
    static inline const QString TicketsArea = QStringLiteral("tickets");
    void addArea(const QString &key, const QString &title, const QString &iconName, QWidget *page);
    void showArea(const QString &key);
    QString currentArea() const;
    QAction *areaAction(const QString &key) const { return m_areaActions.value(key); }
    SyncIndicator &syncIndicator() { return *m_sync; }
    void setSignedInUser(const QString &name, const QString &roleText);
    QAction *action(Command command) const;
    // The Ticket menu, for commands other parts add (the assistant's).
    QMenu *ticketMenu() const { return m_ticketMenu; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void viewSelected(const QString &key);
    void areaChanged(const QString &key);
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
    QStackedWidget *m_areas = nullptr;
    QToolBar *m_areaBar = nullptr;
    QActionGroup *m_areaGroup = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_ticketMenu = nullptr;
    QHash<QString, QAction *> m_areaActions;
    QHash<QString, QWidget *> m_areaPages;
    QHash<QAction *, bool> m_commandsParked; // ticket commands while another area is shown: were they enabled
    SyncIndicator *m_sync = nullptr;
    QLabel *m_user = nullptr;
    QHash<Command, QAction *> m_actions;
};

} // namespace helpdesk
