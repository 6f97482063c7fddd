#pragma once

#include "core/Result.h"
#include "core/Timestamp.h"

#include <QString>

#include <optional>

namespace helpdesk {

class CacheDatabase;

// Where the pull of one table stands: the (cursor column, key) of the last row received, in the keyset
// order the server sends, and whether the first full pull (bootstrap) has finished.
struct SyncCursor
{
    std::optional<Timestamp> at; // none: nothing pulled yet
    QString key;                 // the key of the last row at `at` (keyset tie-break)
    bool bootstrapped = false;
    qint64 rowsPulled = 0;
};

// Sync cursors per table. Saved in the same transaction as the rows of the page they follow, so a
// process killed mid-bootstrap resumes at the last committed page.
class SyncCursorStore
{
public:
    explicit SyncCursorStore(CacheDatabase& database);

    Result<SyncCursor> cursor(const QString& table);
    Result<void> save(const QString& table, const SyncCursor& cursor, Timestamp now);
    // True when every given table finished its bootstrap.
    Result<bool> allBootstrapped(const QStringList& tables);
    Result<void> clear();

private:
    CacheDatabase& m_database;
};

} // namespace helpdesk
