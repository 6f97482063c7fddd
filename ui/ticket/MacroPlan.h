#pragma once

#include "core/Macro.h"
#include "core/Profile.h"
#include "core/Ticket.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpdesk {

// What applying a macro to a ticket does: the body for the composer (placeholders such as
// {{requester.first_name}} filled in) and the ticket changes of its actions
// ([{"field": "status", "value": "pending"}, {"field": "tags", "add": [...], "remove": [...]}, ...]),
// reduced to what actually changes. Unknown actions are listed, never guessed.
struct MacroPlan
{
    Q_DECLARE_TR_FUNCTIONS(helpdesk::MacroPlan)
public:
    QString body;
    Json changes = Json::object(); // columns of public.tickets → new values; empty: nothing to write
    QStringList summary;           // one sentence per change, for the status bar
    QStringList skipped;           // actions this client does not know

    static MacroPlan build(const Macro &macro, const Ticket &ticket, const Profile &agent,
                           const std::optional<Profile> &requester);
    // "Casey Customer" → "Casey"; empty names give the e-mail's local part.
    static QString firstName(const Profile &profile);
    static QString fillPlaceholders(QString text, const Profile &agent, const std::optional<Profile> &requester,
                                    const Ticket &ticket);
};

} // namespace helpdesk
