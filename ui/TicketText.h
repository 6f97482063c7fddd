#pragma once

#include "core/Enums.h"
#include "core/Timestamp.h"

#include <QCoreApplication>
#include <QString>

namespace helpdesk {

// The words people read for the ticket enums and for times relative to now.
class TicketText
{
    Q_DECLARE_TR_FUNCTIONS(helpdesk::TicketText)
public:
    static QString status(TicketStatus status);
    static QString priority(TicketPriority priority);
    static QString role(UserRole role);
    // "in 2 h 5 min", "3 min overdue" (due times).
    static QString due(Timestamp due, Timestamp now);
    // "just now", "12 min ago", "3 h ago", else the local date.
    static QString ago(Timestamp when, Timestamp now);
};

} // namespace helpdesk
