#pragma once

#include <QIcon>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUuid>

class QSystemTrayIcon;

namespace helpdesk {

class CacheDatabase;
class Clock;

// Desktop notifications for what an agent must not miss: a ticket newly assigned to them and a customer's
// reply on one of their tickets. Fed with the rows the sync engine changed; each event is told once.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    struct Notice
    {
        QString title;
        QString body;
        QUuid ticketId;
    };

    TrayNotifier(CacheDatabase &database, const Clock &clock, const QUuid &me, const QIcon &icon,
                 QObject *parent = nullptr);
    ~TrayNotifier() override;

    // What changed rows mean for the user (and remembers them as told).
    std::vector<Notice> noticesFor(const QString &table, const QStringList &keys);
    // noticesFor() and shows them in the tray (when the platform has one).
    void rowsChanged(const QString &table, const QStringList &keys);

signals:
    void ticketRequested(const QUuid &ticketId);
    void showWindowRequested();

private:
    CacheDatabase &m_database;
    const Clock &m_clock;
    QUuid m_me;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_told;
    QUuid m_lastTicket;
};

} // namespace helpdesk
