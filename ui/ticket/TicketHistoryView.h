#pragma once

#include "core/TicketEvent.h"

#include <QUuid>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace helpdesk {

class IconSet;
class UserWorkspace;

// The audit trail of a ticket (public.ticket_events, written by the database's triggers): who changed
// which field from what to what, and when, newest first. The trail is not kept in the cache: it is read
// from the server when a ticket is shown or changes, and says so when the server cannot be reached.
class TicketHistoryView : public QWidget
{
    Q_OBJECT
public:
    TicketHistoryView(UserWorkspace &workspace, const IconSet &icons, QWidget *parent = nullptr);

    void setTicket(const QUuid &ticketId);
    // Reads the trail again (after a change to the ticket).
    void refresh();
    const std::vector<TicketEvent> &events() const { return m_events; }
    QStringList lines() const;
    bool isLoading() const { return m_loading; }

    // "Avery Agent changed status from Open to Pending" (names looked up by the caller's function).
    static QString describe(const TicketEvent &event, const std::function<QString(const QUuid &)> &nameOf);

signals:
    void loaded(int count);

private:
    void showEvents(const std::vector<TicketEvent> &events);
    QString nameOf(const QUuid &id) const;

    UserWorkspace &m_workspace;
    QUuid m_ticketId;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::vector<TicketEvent> m_events;
    QLabel *m_state = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace helpdesk
