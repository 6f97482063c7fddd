#pragma once

namespace helpdesk {

class CacheDatabase;
class Clock;
class ConflictStore;
class MirrorStore;
class OutboxStore;
class RestClient;
class SyncCursorStore;
class WriteJournal;

// What the sync jobs share: the cache's stores, the REST client and the clock. Owned by SyncEngine (the
// stores) and by the application (cache, client, clock); the jobs only borrow them.
struct SyncContext
{
    CacheDatabase& cache;
    MirrorStore& mirror;
    OutboxStore& outbox;
    ConflictStore& conflicts;
    SyncCursorStore& cursors;
    WriteJournal& journal;
    RestClient& rest;
    const Clock& clock;
};

} // namespace helpdesk
