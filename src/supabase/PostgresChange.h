#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "core/Timestamp.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace helpdesk {

enum class ChangeEvent
{
    All,
    Insert,
    Update,
    Delete
}; // "*", INSERT, UPDATE, DELETE

QString changeEventWire(ChangeEvent event);
Result<ChangeEvent> changeEventFromWire(const QString& text);

// One postgres_changes binding requested when joining a channel (protocol reference §4.4).
struct PostgresChangeFilter
{
    ChangeEvent event = ChangeEvent::All;
    QString schema = QStringLiteral("public");
    QString table;  // empty: every table of the schema
    QString filter; // e.g. "ticket_id=eq.<uuid>"; empty: none

    Json toJson() const;
    bool operator==(const PostgresChangeFilter&) const = default;
};

// A change delivered to a channel (protocol reference §4.5), shaped as realtime-js gives it.
struct PostgresChange
{
    QString schema;
    QString table;
    ChangeEvent eventType = ChangeEvent::Insert;
    Json newRecord = Json::object(); // record: INSERT/UPDATE
    Json oldRecord = Json::object(); // old_record: UPDATE/DELETE (primary key only when the table has RLS)
    Timestamp commitTimestamp;
    Json columns = Json::array();
    Json errors;              // null, or e.g. ["Error 413: Payload Too Large"]
    QList<qint64> bindingIds; // the server's ids of the bindings this change satisfied

    // Reads the payload {"ids":[…],"data":{…}} of a postgres_changes message.
    static Result<PostgresChange> fromPayload(const Json& payload);
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::PostgresChange)
