#include "TrayNotifier.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/Ticket.h"
#include "core/TicketMessage.h"
#include "store/DirectoryStore.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/TicketStore.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace helpdesk {

namespace {
// Only recent events are news (a first sync brings old ones).
constexpr qint64 kRecentSecs = 10 * 60;
} // namespace

TrayNotifier::TrayNotifier(CacheDatabase &database, const Clock &clock, const QUuid &me, const QIcon &icon,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_me(me)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Helpdesk"));
        auto *menu = new QMenu;
        menu->addAction(tr("Show Helpdesk"), this, &TrayNotifier::showWindowRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit showWindowRequested(); });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            emit showWindowRequested();
            if (!m_lastTicket.isNull()) {
                emit ticketRequested(m_lastTicket);
            }
        });
        m_tray->show();
    }
}

TrayNotifier::~TrayNotifier()
{
    if (m_tray) {
        delete m_tray->contextMenu();
    }
}

std::vector<TrayNotifier::Notice> TrayNotifier::noticesFor(const QString &table, const QStringList &keys)
{
    std::vector<Notice> notices;
    const Timestamp now = m_clock.now();
    auto recent = [&](const std::optional<Timestamp> &at) { return at && at->microsTo(now) / 1'000'000 <= kRecentSecs; };
    TicketStore tickets(m_database);
    if (table == QLatin1String("tickets")) {
        QList<QUuid> ids;
        for (const QString &key : keys) {
            ids.append(QUuid::fromString(key));
        }
        auto rows = tickets.ticketsByIds(ids);
        if (!rows.ok()) {
            return notices;
        }
        for (const Ticket &t : rows.value()) {
            if (t.assigneeId != m_me || !recent(t.assignedAt)) {
                continue;
            }
            const QString told = QStringLiteral("assigned:%1:%2").arg(t.id.toString()).arg(t.assignedAt->micros());
            if (m_told.contains(told)) {
                continue;
            }
            m_told.insert(told);
            notices.push_back({tr("Assigned to you"), QStringLiteral("#%1 %2").arg(t.number).arg(t.title), t.id});
        }
    } else if (table == QLatin1String("ticket_messages")) {
        const MirrorTable *messages = MirrorSchema::table(QStringLiteral("ticket_messages"));
        MirrorStore store(m_database);
        auto rows = store.rows(*messages, keys);
        if (!rows.ok()) {
            return notices;
        }
        for (const Json &json : rows.value()) {
            TicketMessage m;
            try {
                from_json(json, m);
            } catch (const std::exception &) {
                continue;
            }
            const QString told = QStringLiteral("message:%1").arg(m.id.toString());
            if (m.isInternal || m.source != MessageSource::Customer || !recent(m.createdAt) || m_told.contains(told)) {
                continue;
            }
            auto ticket = tickets.ticket(m.ticketId);
            if (!ticket.ok() || !ticket.value() || ticket.value()->assigneeId != m_me) {
                continue;
            }
            m_told.insert(told);
            QString author = tr("The customer");
            if (m.authorId) {
                DirectoryStore directory(m_database);
                if (auto people = directory.profilesByIds({*m.authorId}); people.ok() && !people.value().empty()) {
                    author = people.value().front().fullName;
                }
            }
            notices.push_back({tr("New reply from %1").arg(author),
                               QStringLiteral("#%1 %2").arg(ticket.value()->number).arg(ticket.value()->title),
                               m.ticketId});
        }
    }
    return notices;
}

void TrayNotifier::rowsChanged(const QString &table, const QStringList &keys)
{
    const auto notices = noticesFor(table, keys);
    if (!m_tray) {
        return;
    }
    for (const Notice &notice : notices) {
        m_lastTicket = notice.ticketId;
        m_tray->showMessage(notice.title, notice.body, QSystemTrayIcon::Information, 8000);
    }
}

} // namespace helpdesk
