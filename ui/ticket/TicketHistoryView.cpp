#include "ticket/TicketHistoryView.h"

#include "IconSet.h"
#include "ServerConnection.h"
#include "TicketText.h"
#include "UserWorkspace.h"

#include "core/Clock.h"
#include "core/Team.h"
#include "store/DirectoryStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
QString fieldName(const QString &field)
{
    if (field == QLatin1String("status")) {
        return TicketHistoryView::tr("status");
    }
    if (field == QLatin1String("priority")) {
        return TicketHistoryView::tr("priority");
    }
    if (field == QLatin1String("assignee_id")) {
        return TicketHistoryView::tr("assignee");
    }
    if (field == QLatin1String("requester_id")) {
        return TicketHistoryView::tr("requester");
    }
    if (field == QLatin1String("team_id")) {
        return TicketHistoryView::tr("team");
    }
    if (field == QLatin1String("tags")) {
        return TicketHistoryView::tr("tags");
    }
    if (field == QLatin1String("title")) {
        return TicketHistoryView::tr("subject");
    }
    return field;
}

QString valueText(const QString &field, const Json &value, const std::function<QString(const QUuid &)> &nameOf)
{
    if (value.is_null()) {
        return TicketHistoryView::tr("none");
    }
    if (value.is_array()) {
        QStringList items;
        for (const Json &item : value) {
            items.append(item.is_string() ? QString::fromStdString(item.get<std::string>())
                                          : QString::fromStdString(item.dump()));
        }
        return items.isEmpty() ? TicketHistoryView::tr("none") : items.join(QStringLiteral(", "));
    }
    if (!value.is_string()) {
        return QString::fromStdString(value.dump());
    }
    const QString text = QString::fromStdString(value.get<std::string>());
    if (field == QLatin1String("status")) {
        if (auto status = fromWire<TicketStatus>(text); status.ok()) {
            return TicketText::status(status.value());
        }
    } else if (field == QLatin1String("priority")) {
        if (auto priority = fromWire<TicketPriority>(text); priority.ok()) {
            return TicketText::priority(priority.value());
        }
    } else if (field.endsWith(QLatin1String("_id"))) {
        const QString name = nameOf(QUuid::fromString(text));
        return name.isEmpty() ? TicketHistoryView::tr("someone") : name;
    }
    return text;
}
} // namespace

TicketHistoryView::TicketHistoryView(UserWorkspace &workspace, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("ticketHistory"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setProperty("muted", true);
    m_state->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setFrameShape(QFrame::NoFrame);
    m_refresh = new QPushButton(icons.icon(QStringLiteral("refresh-cw")), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_refresh->setFlat(true);
    connect(m_refresh, &QPushButton::clicked, this, &TicketHistoryView::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
}

void TicketHistoryView::setTicket(const QUuid &ticketId)
{
    if (ticketId == m_ticketId) {
        return;
    }
    m_ticketId = ticketId;
    m_events.clear();
    m_list->clear();
    refresh();
}

QString TicketHistoryView::nameOf(const QUuid &id) const
{
    if (id.isNull()) {
        return {};
    }
    DirectoryStore directory(m_workspace.cache());
    if (auto people = directory.profilesByIds({id}); people.ok() && !people.value().empty()) {
        const Profile &p = people.value().front();
        return p.fullName.isEmpty() ? p.email.value_or(QString()) : p.fullName;
    }
    if (auto teams = directory.teams(); teams.ok()) {
        for (const Team &team : teams.value()) {
            if (team.id == id) {
                return team.name;
            }
        }
    }
    return {};
}

void TicketHistoryView::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_ticketId.isNull()) {
        m_loading = false;
        m_state->setText(QString());
        return;
    }
    m_loading = true;
    m_state->setText(tr("Loading the history…"));
    RestClient &rest = m_workspace.connection().rest();
    auto query = rest.from(QStringLiteral("ticket_events"));
    query.select(QStringLiteral("id,ticket_id,actor_id,event_type,field,old_value,new_value,created_at"))
        .eq(QStringLiteral("ticket_id"), m_ticketId.toString(QUuid::WithoutBraces))
        .order(QStringLiteral("created_at"), false)
        .order(QStringLiteral("id"), false)
        .limit(300);
    rest.fetch<TicketEvent>(query, this, [this, generation](Result<std::vector<TicketEvent>> result) {
        if (generation != m_generation) {
            return; // a newer request (another ticket) is under way
        }
        m_loading = false;
        if (!result.ok()) {
            const Error &e = result.error();
            m_state->setText(e.kind == Error::Kind::Network || e.kind == Error::Kind::Timeout
                                 ? tr("The history is read from the server, which cannot be reached now. "
                                      "It shows again once you are online.")
                                 : tr("The history could not be read: %1").arg(e.userMessage()));
            emit loaded(-1);
            return;
        }
        showEvents(result.value());
    });
}

QString TicketHistoryView::describe(const TicketEvent &event, const std::function<QString(const QUuid &)> &nameOf)
{
    QString who = event.actorId ? nameOf(*event.actorId) : tr("The system");
    if (who.isEmpty()) {
        who = tr("Someone");
    }
    if (event.eventType == QLatin1String("created")) {
        return tr("%1 created the ticket").arg(who);
    }
    const QString field = event.field.value_or(QString());
    const QString from = valueText(field, event.oldValue, nameOf);
    const QString to = valueText(field, event.newValue, nameOf);
    return tr("%1 changed %2 from %3 to %4").arg(who, fieldName(field), from, to);
}

void TicketHistoryView::showEvents(const std::vector<TicketEvent> &events)
{
    m_events = events;
    m_list->clear();
    const Timestamp now = m_workspace.clock().now();
    auto names = [this](const QUuid &id) { return nameOf(id); };
    for (const TicketEvent &event : events) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(describe(event, names), TicketText::ago(event.createdAt, now)), m_list);
        item->setToolTip(QLocale().toString(event.createdAt.toDateTime().toLocalTime(), QLocale::LongFormat));
    }
    m_state->setText(events.empty() ? tr("No changes recorded yet.")
                                    : tr("%n change(s), newest first", nullptr, static_cast<int>(events.size())));
    emit loaded(static_cast<int>(events.size()));
}

QStringList TicketHistoryView::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        out.append(m_list->item(i)->text());
    }
    return out;
}

} // namespace helpdesk
