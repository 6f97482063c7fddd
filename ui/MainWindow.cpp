#include "MainWindow.h"

#include "IconSet.h"
#include "SidebarDelegate.h"
#include "SyncIndicator.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QListView>
#include <QMetaEnum>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace helpdesk {

MainWindow::MainWindow(const IconSet &icons, QWidget *parent)
    : QMainWindow(parent)
    , m_icons(icons)
    , m_views(icons)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Helpdesk"));
    setWindowIcon(icons.icon(QStringLiteral("life-buoy")));
    resize(1280, 800);

    m_sidebar = new QListView(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setModel(&m_views);
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setUniformItemSizes(false);
    m_sidebar->setMouseTracking(true);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setMinimumWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString key = current.data(ViewListModel::KeyRole).toString();
                if (!key.isEmpty()) {
                    emit viewSelected(key);
                }
            });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setHandleWidth(1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_areas = new QStackedWidget(this);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->addWidget(m_splitter);
    setCentralWidget(m_areas);

    m_areaBar = new QToolBar(tr("Areas"), this);
    m_areaBar->setObjectName(QStringLiteral("areaBar"));
    m_areaBar->setMovable(false);
    m_areaBar->setFloatable(false);
    m_areaBar->setIconSize(QSize(20, 20));
    m_areaBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_areaBar->toggleViewAction()->setEnabled(false);
    addToolBar(Qt::LeftToolBarArea, m_areaBar);
    m_areaBar->hide(); // shown once there is a second area
    m_areaGroup = new QActionGroup(this);
    m_areaGroup->setExclusive(true);

    m_sync = new SyncIndicator(icons, this);
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("signedInUserLabel"));
    m_user->setProperty("muted", true);
    statusBar()->addWidget(m_sync);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->setSizeGripEnabled(false);

    createActions();
    createMenus();
}

QAction *MainWindow::addCommand(Command command, const QString &text, const QString &iconName,
                                const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("action%1").arg(QString::fromLatin1(
        QMetaEnum::fromType<Command>().valueToKey(static_cast<int>(command)))));
    if (!iconName.isEmpty()) {
        action->setIcon(m_icons.icon(iconName));
    }
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, command] { emit commandTriggered(command); });
    addAction(action);
    m_actions.insert(command, action);
    return action;
}

void MainWindow::createActions()
{
    addCommand(Command::NextTicket, tr("Next ticket"), QStringLiteral("chevron-right"),
               {QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    addCommand(Command::PreviousTicket, tr("Previous ticket"), {},
               {QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    addCommand(Command::Reply, tr("Reply"), QStringLiteral("send"), {QKeySequence(Qt::Key_R)});
    addCommand(Command::InternalNote, tr("Internal note"), QStringLiteral("sticky-note"),
               {QKeySequence(Qt::Key_N)});
    addCommand(Command::AssignToMe, tr("Assign to me"), QStringLiteral("user-check"), {QKeySequence(Qt::Key_I)});
    addCommand(Command::Solve, tr("Solve"), QStringLiteral("circle-check"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    addCommand(Command::Search, tr("Search"), QStringLiteral("search"),
               {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    addCommand(Command::NewTicket, tr("New ticket"), QStringLiteral("plus"), {QKeySequence::New});
    addCommand(Command::Refresh, tr("Sync now"), QStringLiteral("refresh-cw"), {QKeySequence::Refresh});
    addCommand(Command::SignOut, tr("Sign out"), QStringLiteral("log-out"), {});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(Command::NewTicket));
    file->addAction(action(Command::Refresh));
    file->addSeparator();
    file->addAction(action(Command::SignOut));
    auto *quit = file->addAction(m_icons.icon(QStringLiteral("x")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    m_ticketMenu = menuBar()->addMenu(tr("&Ticket"));
    for (Command c : {Command::NextTicket, Command::PreviousTicket, Command::Reply, Command::InternalNote,
                      Command::AssignToMe, Command::Solve}) {
        m_ticketMenu->addAction(action(c));
    }
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->addAction(action(Command::Search));
    m_goMenu->addSeparator();
    addArea(TicketsArea, tr("Tickets"), QStringLiteral("inbox"), nullptr);
}

void MainWindow::addArea(const QString &key, const QString &title, const QString &iconName, QWidget *page)
{
    Q_ASSERT(!m_areaActions.contains(key));
    QWidget *widget = page ? page : m_splitter;
    if (page) {
        page->setObjectName(page->objectName().isEmpty() ? key + QStringLiteral("Area") : page->objectName());
        m_areas->addWidget(page);
    }
    const int number = static_cast<int>(m_areaActions.size()) + 1;
    auto *action = new QAction(m_icons.icon(iconName), title, this);
    action->setObjectName(QStringLiteral("area_%1").arg(key));
    action->setCheckable(true);
    if (number <= 9) {
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        action->setToolTip(tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    }
    action->setShortcutContext(Qt::WindowShortcut);
    m_areaGroup->addAction(action);
    connect(action, &QAction::triggered, this, [this, key] { showArea(key); });
    addAction(action);
    m_areaBar->addAction(action);
    m_goMenu->addAction(action);
    m_areaActions.insert(key, action);
    m_areaPages.insert(key, widget);
    if (m_areaActions.size() == 1) {
        action->setChecked(true);
    }
    m_areaBar->setVisible(m_areaActions.size() > 1);
}

void MainWindow::showArea(const QString &key)
{
    QWidget *page = m_areaPages.value(key);
    if (!page) {
        return;
    }
    const bool changed = m_areas->currentWidget() != page;
    m_areas->setCurrentWidget(page);
    m_areaActions.value(key)->setChecked(true);
    // The ticket commands (J/K, R, N, I...) belong to the tickets area only; what the desk disabled
    // (e.g. notes for a customer) stays disabled when the tickets come back.
    const bool tickets = key == TicketsArea;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key() == Command::Refresh || it.key() == Command::SignOut || it.key() == Command::NewTicket) {
            continue;
        }
        QAction *command = it.value();
        if (!tickets && m_commandsParked.find(command) == m_commandsParked.end()) {
            m_commandsParked.insert(command, command->isEnabled());
            command->setEnabled(false);
        } else if (tickets && m_commandsParked.contains(command)) {
            command->setEnabled(m_commandsParked.take(command));
        }
    }
    if (changed) {
        emit areaChanged(key);
    }
}

QString MainWindow::currentArea() const
{
    for (auto it = m_areaPages.cbegin(); it != m_areaPages.cend(); ++it) {
        if (it.value() == m_areas->currentWidget()) {
            return it.key();
        }
    }
    return TicketsArea;
}

QAction *MainWindow::action(Command command) const
{
    return m_actions.value(command);
}

void MainWindow::setViews(std::vector<ViewEntry> entries)
{
    const QString previous = currentView();
    m_views.setEntries(std::move(entries));
    if (!previous.isEmpty() && m_views.indexOfKey(previous).isValid()) {
        selectView(previous);
    }
}

void MainWindow::selectView(const QString &key)
{
    const QModelIndex index = m_views.indexOfKey(key);
    if (index.isValid()) {
        m_sidebar->setCurrentIndex(index);
    }
}

QString MainWindow::currentView() const
{
    return m_sidebar->currentIndex().data(ViewListModel::KeyRole).toString();
}

void MainWindow::setPanes(QWidget *list, QWidget *detail)
{
    m_splitter->addWidget(list);
    if (detail) {
        m_splitter->addWidget(detail);
    }
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    if (detail) {
        m_splitter->setStretchFactor(2, 2);
        m_splitter->setSizes({190, 760, 430});
    } else {
        m_splitter->setSizes({200, 1080});
    }
}

void MainWindow::setSignedInUser(const QString &name, const QString &roleText)
{
    m_user->setText(roleText.isEmpty() ? name : tr("%1 · %2").arg(name, roleText));
}

void MainWindow::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/view"), currentView());
    settings.setValue(QStringLiteral("mainWindow/area"), currentArea());
}

void MainWindow::restoreState(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    const QString view = settings.value(QStringLiteral("mainWindow/view")).toString();
    if (!view.isEmpty()) {
        selectView(view);
    }
    // Areas are added after the window is built; an unknown area (e.g. admin for a non-admin) is ignored.
    showArea(settings.value(QStringLiteral("mainWindow/area"), TicketsArea).toString());
}

} // namespace helpdesk
