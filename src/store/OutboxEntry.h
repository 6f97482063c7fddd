#pragma once

#include "core/Json.h"
#include "core/Timestamp.h"

#include <QString>

#include <optional>

namespace helpdesk {

// One user write waiting for the server: what to send (operation, table, row, payload), the row version
// it was based on, the row as it was before (to revert a refused write), and its delivery attempts.
struct OutboxEntry
{
    enum class Operation
    {
        Insert, // POST the payload (a whole row with a client-made id)
        Update, // PATCH the payload, filtered on the key and version=eq.baseVersion when known
        Delete, // DELETE by key (tables without deleted_at; soft deletes are updates)
    };

    qint64 seq = 0;             // order of the writes (AUTOINCREMENT: never reused)
    QString idempotencyKey;     // sent as a header; the same on every retry
    QString table;              // server table
    Operation operation = Operation::Update;
    QString rowKey;             // MirrorStore::rowKey of the row
    Json payload = Json::object();
    std::optional<qint64> baseVersion;
    std::optional<Json> beforeRow; // the cached row before this write (none for an insert)
    Timestamp createdAt;
    int attempts = 0;
    Timestamp nextAttemptAt;
    QString lastError;

    static QString operationName(Operation operation);
    static std::optional<Operation> operationFromName(const QString& name);
};

} // namespace helpdesk
