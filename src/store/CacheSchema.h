#pragma once

#include "store/CacheDatabase.h"

#include <vector>

namespace helpdesk {

// The cache's SQLite schema as forward migrations. Version 1 creates the mirror tables (the columns of
// MirrorSchema), the local-only tables (outbox, conflicts, sync cursors, meta), the composite indexes the
// queue filters use, and the FTS5 external-content indexes kept in sync by triggers.
class CacheSchema
{
public:
    static const std::vector<CacheMigration>& migrations();
    // Files older than this are rebuilt rather than migrated.
    static int oldestMigratableVersion() { return 1; }
};

} // namespace helpdesk
