#include "Desk.h"

#include "ConflictDialog.h"
#include "IconSet.h"
#include "QueueViews.h"
#include "ServerConnection.h"
#include "SyncIndicator.h"
#include "TicketQueueModel.h"
#include "TicketQueueView.h"
#include "TicketPanel.h"
#include "TicketText.h"
#include "TrayNotifier.h"
#include "UserWorkspace.h"
#include "ticket/BulkActionBar.h"
#include "ticket/NewTicketDialog.h"

#include "sync/SyncEngine.h"

#include <QAction>
#include <QListView>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace helpdesk {

namespace {
SyncIndicator::State indicatorState(SyncEngine::State state)
{
    switch (state) {
    case SyncEngine::State::Offline:
        return SyncIndicator::State::Offline;
    case SyncEngine::State::Connecting:
        return SyncIndicator::State::Connecting;
    case SyncEngine::State::Syncing:
        return SyncIndicator::State::Syncing;
    case SyncEngine::State::Live:
        return SyncIndicator::State::Live;
    }
    return SyncIndicator::State::Offline;
}
} // namespace

Desk::Desk(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_icons(icons)
{
    const Profile &me = workspace.me();
    m_views = std::make_unique<QueueViews>(workspace.cache(), me.role, me.id);
    m_model = std::make_unique<TicketQueueModel>(workspace.cache(), workspace.clock());
    m_window = std::make_unique<MainWindow>(icons);
    m_queue = new TicketQueueView(*m_model, theme, icons);
    m_panel = new TicketPanel(workspace, theme, icons);
    m_window->setPanes(m_queue, m_panel);
    m_window->setSignedInUser(me.fullName.isEmpty() ? me.email.value_or(QString()) : me.fullName,
                              TicketText::role(me.role));
    m_window->setViews(m_views->entries());

    // Commands the role may not use stay out of menus and shortcuts.
    QList<MainWindow::Command> absent;
    if (me.role == UserRole::Customer) {
        absent += {MainWindow::Command::InternalNote, MainWindow::Command::AssignToMe, MainWindow::Command::Solve};
    }
    for (auto command : absent) {
        m_window->action(command)->setVisible(false);
        m_window->action(command)->setEnabled(false);
    }
    applyRoleColumns();

    connect(m_window.get(), &MainWindow::viewSelected, this, &Desk::showView);
    connect(m_window.get(), &MainWindow::commandTriggered, this, &Desk::onCommand);
    connect(m_queue, &TicketQueueView::searchChanged, this, &Desk::applyQuery);
    connect(m_queue, &TicketQueueView::currentTicketChanged, m_panel, &TicketPanel::showTicket);
    connect(m_panel, &TicketPanel::writeFailed, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 8000); });
    connect(m_panel, &TicketPanel::notice, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message, 6000); });

    if (me.role != UserRole::Customer) {
        m_bulk = new BulkActionBar(workspace, icons);
        m_queue->setActionBar(m_bulk);
        connect(m_queue, &TicketQueueView::selectionChanged, m_bulk, &BulkActionBar::setSelection);
        connect(m_bulk, &BulkActionBar::applied, this, [this](const BulkOutcome &outcome) {
            m_window->statusBar()->showMessage(outcome.summary(), 8000);
        });
    }
    connect(m_views.get(), &QueueViews::countsReady, this, [this](const QHash<QString, qint64> &counts) {
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            m_window->views().setCount(it.key(), static_cast<int>(it.value()));
        }
    });
    connect(m_views.get(), &QueueViews::viewsChanged, this, [this] { m_window->setViews(m_views->entries()); });

    SyncEngine &sync = workspace.sync();
    SyncIndicator &indicator = m_window->syncIndicator();
    indicator.setState(indicatorState(sync.state()));
    connect(&sync, &SyncEngine::stateChanged, this,
            [&indicator](SyncEngine::State state) { indicator.setState(indicatorState(state)); });
    connect(&sync, &SyncEngine::progressChanged, this, [&indicator](qint64 done, qint64 total) {
        indicator.setProgress(static_cast<int>(qMin<qint64>(done, INT_MAX)),
                              static_cast<int>(qMin<qint64>(total, INT_MAX)));
    });
    connect(&sync, &SyncEngine::pendingWritesChanged, this,
            [&indicator](int count) { indicator.setPendingWrites(count); });
    connect(&sync, &SyncEngine::rowsChanged, this, &Desk::onRowsChanged);
    connect(&sync, &SyncEngine::conflictRecorded, this, &Desk::showConflict);
    connect(&sync, &SyncEngine::writeRejected, this, &Desk::showConflict);
    connect(&sync, &SyncEngine::bootstrapFinished, this, [this] {
        m_views->reloadTeams();
        m_model->reload();
        m_views->refreshCounts();
    });

    // Tray notifications for agents, once the first sync is done (its rows are not news).
    if (me.role != UserRole::Customer) {
        m_tray = std::make_unique<TrayNotifier>(workspace.cache(), workspace.clock(), me.id,
                                                icons.icon(QStringLiteral("life-buoy")));
        connect(&sync, &SyncEngine::rowsChanged, m_tray.get(), [this](const QString &table, const QStringList &keys) {
            if (m_workspace.sync().state() == SyncEngine::State::Live) {
                m_tray->rowsChanged(table, keys);
            }
        });
        connect(m_tray.get(), &TrayNotifier::showWindowRequested, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        connect(m_tray.get(), &TrayNotifier::ticketRequested, this, [this](const QUuid &id) {
            if (m_model->rowOf(id) < 0) {
                showView(m_views->defaultView());
            }
            m_queue->selectTicket(id);
        });
    }

    // Realtime changes arrive one by one: gather them for a moment and update the rows in one go.
    m_batch.setSingleShot(true);
    m_batch.setInterval(80);
    connect(&m_batch, &QTimer::timeout, this, &Desk::flushChanges);

    showView(m_views->defaultView());
    m_views->refreshCounts();
}

Desk::~Desk()
{
    // The window (and the view on the model) goes first.
    m_window.reset();
}

void Desk::showView(const QString &key)
{
    if (!m_views->contains(key)) {
        return;
    }
    m_view = key;
    m_queue->setTitle(m_views->titleFor(key));
    m_window->selectView(key);
    applyQuery();
}

void Desk::openQueue(QueueFilter filter, const QString &title)
{
    const Profile &me = m_workspace.me();
    if (me.role == UserRole::Customer) {
        filter.requesterId = me.id;
    }
    if (filter.assignee == QueueFilter::Assignee::Me && filter.me.isNull()) {
        filter.me = me.id;
    }
    m_customFilter = filter;
    m_customTitle = title.isEmpty() ? tr("Filtered tickets") : title;
    m_view = CustomView;
    m_window->showArea(MainWindow::TicketsArea);
    // No sidebar view is current, so choosing any of them (even the one shown before) switches back.
    if (auto *sidebar = m_window->findChild<QListView *>(QStringLiteral("sidebar"))) {
        const QSignalBlocker block(sidebar->selectionModel());
        sidebar->selectionModel()->clear();
    }
    m_queue->setTitle(m_customTitle);
    applyQuery();
}

void Desk::openTicket(const QUuid &id)
{
    if (id.isNull()) {
        return;
    }
    m_window->showArea(MainWindow::TicketsArea);
    if (m_model->rowOf(id) >= 0) {
        m_queue->selectTicket(id);
    }
    if (m_panel->ticketId() != id) {
        m_panel->showTicket(id);
    }
}

void Desk::newTicket(const QString &subject, const QString &description)
{
    auto *dialog = new NewTicketDialog(m_workspace, m_icons, m_window.get());
    dialog->prefill(subject, description);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::ticketCreated, this, [this](const QUuid &id) {
        m_window->statusBar()->showMessage(tr("Ticket created"), 6000);
        m_model->ticketsChanged({id}, false);
        m_views->refreshCounts();
        openTicket(id);
        // The queue answers later: select the new ticket once it is there.
        auto *once = new QObject(this);
        connect(m_model.get(), &TicketQueueModel::queryFinished, once, [this, id, once] {
            if (m_model->rowOf(id) >= 0) {
                m_queue->selectTicket(id);
            }
            once->deleteLater();
        });
    });
    dialog->open();
    emit newTicketShown(dialog);
}

void Desk::applyQuery()
{
    QueueFilter filter = m_view == CustomView ? m_customFilter : m_views->filterFor(m_view);
    filter.text = m_queue->searchText();
    m_model->setQuery(filter, m_model->sortOrder());
}

void Desk::onCommand(MainWindow::Command command)
{
    switch (command) {
    case MainWindow::Command::NextTicket:
        m_queue->moveCurrent(1);
        break;
    case MainWindow::Command::PreviousTicket:
        m_queue->moveCurrent(-1);
        break;
    case MainWindow::Command::Search:
        m_queue->focusSearch();
        break;
    case MainWindow::Command::Refresh:
        m_workspace.sync().syncNow();
        break;
    case MainWindow::Command::SignOut:
        emit signOutRequested();
        break;
    case MainWindow::Command::Reply:
        m_panel->startReply();
        break;
    case MainWindow::Command::InternalNote:
        m_panel->startNote();
        break;
    case MainWindow::Command::AssignToMe:
        m_panel->assignToMe();
        break;
    case MainWindow::Command::Solve:
        m_panel->solve();
        break;
    case MainWindow::Command::NewTicket:
        if (m_newTicketRoute) {
            m_newTicketRoute();
        } else {
            newTicket();
        }
        break;
    }
}

void Desk::onRowsChanged(const QString &table, const QStringList &keys)
{
    if (table == QLatin1String("tickets")) {
        for (const QString &key : keys) {
            m_changedTickets.insert(QUuid::fromString(key));
        }
    } else if (table == QLatin1String("ticket_messages")) {
        m_messagesChanged = true;
    } else if (table == QLatin1String("teams")) {
        m_teamsChanged = true;
    } else if (table == QLatin1String("profiles")) {
        m_namesChanged = true;
    } else {
        return;
    }
    if (!m_batch.isActive()) {
        m_batch.start();
    }
}

void Desk::flushChanges()
{
    if (m_teamsChanged) {
        m_teamsChanged = false;
        m_views->reloadTeams();
    }
    if (m_namesChanged) {
        m_namesChanged = false;
        m_model->namesChanged();
    }
    if (m_messagesChanged || m_changedTickets.contains(m_panel->ticketId())) {
        m_messagesChanged = false;
        m_panel->reload();
    }
    if (!m_changedTickets.isEmpty()) {
        // Highlight only once the first sync is done (a bootstrap is not "someone changed it").
        m_model->ticketsChanged(m_changedTickets, m_workspace.sync().state() == SyncEngine::State::Live);
        m_changedTickets.clear();
    }
    m_views->refreshCounts();
}

void Desk::showConflict(const ConflictRecord &record)
{
    // Articles are merged in the knowledge base (base, theirs, mine); "apply mine" here would overwrite
    // the other author's text and close the record before the merge could be shown.
    if (record.table == QStringLiteral("kb_articles")) {
        return;
    }
    // Not modal: the agent keeps working; each conflict stays open until answered.
    auto *dialog = new ConflictDialog(record, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::chosen, this, &Desk::resolveConflict);
    dialog->show();
    emit conflictShown(dialog);
}

void Desk::resolveConflict(const ConflictRecord &record, int choice)
{
    SyncEngine &sync = m_workspace.sync();
    if (static_cast<ConflictDialog::Choice>(choice) == ConflictDialog::Choice::ApplyMine) {
        // The server's row is in the cache now: the same change again, based on its version.
        auto written = sync.updateRow(record.table, record.rowKey, record.localChange);
        if (!written.ok()) {
            m_window->statusBar()->showMessage(written.error().userMessage(), 8000);
        }
    }
    (void)sync.conflicts().resolve(record.id, m_workspace.clock().now());
    m_panel->reload();
}

void Desk::saveState(QSettings &settings) const
{
    m_window->saveState(settings);
    m_queue->saveState(settings);
}

void Desk::restoreState(const QSettings &settings)
{
    m_window->restoreState(settings);
    m_queue->restoreState(settings);
    applyRoleColumns();
}

void Desk::applyRoleColumns()
{
    // A customer is the requester of every ticket they see: the column would only repeat their name.
    m_queue->table()->setColumnHidden(TicketQueueModel::RequesterColumn,
                                      m_workspace.me().role == UserRole::Customer);
}

} // namespace helpdesk
