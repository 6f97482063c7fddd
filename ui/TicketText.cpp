#include "TicketText.h"

#include <QLocale>

namespace helpdesk {

QString TicketText::status(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::Pending:
        return tr("Pending");
    case TicketStatus::OnHold:
        return tr("On hold");
    case TicketStatus::Solved:
        return tr("Solved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString TicketText::priority(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low:
        return tr("Low");
    case TicketPriority::Normal:
        return tr("Normal");
    case TicketPriority::High:
        return tr("High");
    case TicketPriority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString TicketText::role(UserRole role)
{
    switch (role) {
    case UserRole::Customer:
        return tr("Customer");
    case UserRole::Agent:
        return tr("Agent");
    case UserRole::Admin:
        return tr("Admin");
    }
    return {};
}

namespace {
QString span(qint64 secs)
{
    const qint64 minutes = secs / 60;
    if (minutes < 60) {
        return TicketText::tr("%1 min").arg(qMax<qint64>(minutes, 1));
    }
    const qint64 hours = minutes / 60;
    if (hours < 10) {
        return minutes % 60 ? TicketText::tr("%1 h %2 min").arg(hours).arg(minutes % 60)
                            : TicketText::tr("%1 h").arg(hours);
    }
    if (hours < 48) {
        return TicketText::tr("%1 h").arg(hours);
    }
    return TicketText::tr("%1 d").arg(hours / 24);
}
} // namespace

QString TicketText::due(Timestamp due, Timestamp now)
{
    const qint64 secs = now.microsTo(due) / 1'000'000;
    return secs >= 0 ? tr("in %1").arg(span(secs)) : tr("%1 overdue").arg(span(-secs));
}

QString TicketText::ago(Timestamp when, Timestamp now)
{
    const qint64 secs = when.microsTo(now) / 1'000'000;
    if (secs < 60) {
        return tr("just now");
    }
    if (secs < 3600) {
        return tr("%1 min ago").arg(secs / 60);
    }
    if (secs < 24 * 3600) {
        return tr("%1 h ago").arg(secs / 3600);
    }
    return QLocale().toString(when.toDateTime().toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace helpdesk
