#pragma once

#include "core/Result.h"
#include "store/ConflictRecord.h"

#include <vector>

namespace helpdesk {

class CacheDatabase;

// Conflicts and rejected writes with both sides (Nextcloud's conflict records): recorded by the sync
// engine, listed and dismissed by the UI.
class ConflictStore
{
public:
    explicit ConflictStore(CacheDatabase& database);

    // Fills record.id.
    Result<void> record(ConflictRecord& record);
    Result<std::vector<ConflictRecord>> open();
    Result<std::vector<ConflictRecord>> all();
    Result<int> openCount();
    Result<void> resolve(qint64 id, Timestamp at);

private:
    Result<std::vector<ConflictRecord>> select(const QString& where);

    CacheDatabase& m_database;
};

} // namespace helpdesk
