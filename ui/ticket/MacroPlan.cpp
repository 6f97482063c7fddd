#include "ticket/MacroPlan.h"

#include "TicketText.h"

#include <QRegularExpression>

namespace helpdesk {

namespace {
QString jsonText(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QString fullNameOf(const Profile &profile)
{
    return profile.fullName.isEmpty() ? profile.email.value_or(QString()) : profile.fullName;
}
} // namespace

QString MacroPlan::firstName(const Profile &profile)
{
    const QString name = profile.fullName.trimmed();
    if (!name.isEmpty()) {
        return name.section(QLatin1Char(' '), 0, 0);
    }
    return profile.email.value_or(QString()).section(QLatin1Char('@'), 0, 0);
}

QString MacroPlan::fillPlaceholders(QString text, const Profile &agent, const std::optional<Profile> &requester,
                                    const Ticket &ticket)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-z_]+)\\.([a-z_]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString object = m.captured(1);
        const QString field = m.captured(2);
        QString value = m.captured(0); // unknown placeholders stay visible for the agent to fix
        const Profile *who = object == QLatin1String("agent") ? &agent
                             : (object == QLatin1String("requester") && requester) ? &*requester
                                                                                    : nullptr;
        if (object == QLatin1String("requester") && !requester) {
            value = field == QLatin1String("first_name") ? tr("there") : QString();
        }
        if (who) {
            if (field == QLatin1String("first_name")) {
                value = firstName(*who);
            } else if (field == QLatin1String("name") || field == QLatin1String("full_name")) {
                value = fullNameOf(*who);
            } else if (field == QLatin1String("email")) {
                value = who->email.value_or(QString());
            }
        } else if (object == QLatin1String("ticket")) {
            if (field == QLatin1String("number")) {
                value = QString::number(ticket.number);
            } else if (field == QLatin1String("title") || field == QLatin1String("subject")) {
                value = ticket.title;
            }
        }
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

MacroPlan MacroPlan::build(const Macro &macro, const Ticket &ticket, const Profile &agent,
                           const std::optional<Profile> &requester)
{
    MacroPlan plan;
    plan.body = fillPlaceholders(macro.body, agent, requester, ticket);
    QStringList tags = ticket.tags;
    bool tagsTouched = false;
    const Json actions = macro.actions.is_array() ? macro.actions : Json::array();
    for (const Json &action : actions) {
        if (!action.is_object()) {
            continue;
        }
        const QString field = jsonText(action.value("field", Json()));
        const Json value = action.value("value", Json());
        if (field == QLatin1String("status")) {
            const auto status = fromWire<TicketStatus>(jsonText(value));
            if (!status.ok()) {
                plan.skipped.append(field);
            } else if (status.value() != ticket.status) {
                plan.changes["status"] = toWireString(status.value()).toStdString();
                plan.summary.append(tr("Status → %1").arg(TicketText::status(status.value())));
            }
        } else if (field == QLatin1String("priority")) {
            const auto priority = fromWire<TicketPriority>(jsonText(value));
            if (!priority.ok()) {
                plan.skipped.append(field);
            } else if (priority.value() != ticket.priority) {
                plan.changes["priority"] = toWireString(priority.value()).toStdString();
                plan.summary.append(tr("Priority → %1").arg(TicketText::priority(priority.value())));
            }
        } else if (field == QLatin1String("team_id") || field == QLatin1String("assignee_id")) {
            const QString text = jsonText(value);
            // "me" assigns the agent applying the macro.
            const QUuid id = text == QLatin1String("me") ? agent.id : QUuid::fromString(text);
            const std::optional<QUuid> current = field == QLatin1String("team_id") ? ticket.teamId : ticket.assigneeId;
            if (value.is_null() || text.isEmpty()) {
                if (current) {
                    plan.changes[field.toStdString()] = nullptr;
                    plan.summary.append(field == QLatin1String("team_id") ? tr("Team removed") : tr("Unassigned"));
                }
            } else if (id.isNull()) {
                plan.skipped.append(field);
            } else if (current != id) {
                plan.changes[field.toStdString()] = id.toString(QUuid::WithoutBraces).toStdString();
                plan.summary.append(field == QLatin1String("team_id") ? tr("Team changed") : tr("Assignee changed"));
            }
        } else if (field == QLatin1String("tags")) {
            auto each = [](const Json &list, auto &&f) {
                if (list.is_array()) {
                    for (const Json &tag : list) {
                        if (tag.is_string()) {
                            f(QString::fromStdString(tag.get<std::string>()).trimmed().toLower());
                        }
                    }
                }
            };
            each(action.value("add", Json()), [&](const QString &tag) {
                if (!tag.isEmpty() && !tags.contains(tag)) {
                    tags.append(tag);
                    tagsTouched = true;
                }
            });
            each(action.value("remove", Json()), [&](const QString &tag) {
                if (tags.removeAll(tag) > 0) {
                    tagsTouched = true;
                }
            });
            if (value.is_array()) { // {"field": "tags", "value": [...]} replaces the tags
                QStringList replaced;
                each(value, [&](const QString &tag) {
                    if (!tag.isEmpty() && !replaced.contains(tag)) {
                        replaced.append(tag);
                    }
                });
                tagsTouched = tagsTouched || replaced != tags;
                tags = replaced;
            }
        } else {
            plan.skipped.append(field.isEmpty() ? tr("(unnamed action)") : field);
        }
    }
    if (tagsTouched && tags != ticket.tags) {
        Json array = Json::array();
        for (const QString &tag : tags) {
            array.push_back(tag.toStdString());
        }
        plan.changes["tags"] = array;
        plan.summary.append(tr("Tags → %1").arg(tags.join(QStringLiteral(", "))));
    }
    return plan;
}

} // namespace helpdesk
