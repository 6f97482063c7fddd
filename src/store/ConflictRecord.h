#pragma once

#include "core/Json.h"
#include "core/Timestamp.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace helpdesk {

// A write the server did not take as sent, kept until the user has seen it (nothing is dropped silently).
struct ConflictRecord
{
    enum class Kind
    {
        Conflict, // the row changed on the server since the edit was made (version mismatch)
        Rejected, // the server refused the write (RLS, constraint, validation); the edit was reverted
    };

    qint64 id = 0;
    Kind kind = Kind::Conflict;
    QString table;
    QString rowKey;
    QString idempotencyKey;
    Json localChange = Json::object(); // what the user sent (payload of the write)
    std::optional<Json> localRow;      // the cached row as the user saw it when the server answered
    std::optional<Json> serverRow;     // the server's row (applied to the cache), when there is one
    QString reason;                    // a sentence for the user
    Timestamp createdAt;
    std::optional<Timestamp> resolvedAt;

    static QString kindName(Kind kind);
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::ConflictRecord)
