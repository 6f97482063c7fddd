#pragma once

#include "core/Result.h"
#include "supabase/RequestHandle.h"
#include "sync/SyncContext.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace helpdesk {

struct MirrorTable;

// Drops cached rows the user can no longer see (reassigned out of reach, deleted while offline, a role
// change): lists the keys the server returns now, in keyset pages; the cached rows missing from that list
// (except rows with pending writes) are asked for once more by key — a row created after the listing is
// still returned then — and the rest are removed.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    explicit Reconciler(SyncContext context, int pageSize = 1000, QObject* parent = nullptr);
    ~Reconciler() override;

    void start(std::function<void(Result<int>)> done); // rows removed
    void cancel();

signals:
    void rowsRemoved(const QString& table, const QStringList& keys);

private:
    void reconcileTable(std::size_t index);
    void listPage(std::size_t index, const QString& after);
    void finishTable(std::size_t index);
    void verifyCandidates(std::size_t index, QStringList candidates, QStringList gone);
    void removeGone(std::size_t index, const QStringList& gone);
    void finish(Result<int> result);

    SyncContext m_context;
    int m_pageSize;
    std::function<void(Result<int>)> m_finished;
    RequestHandle m_request;
    QSet<QString> m_visible;
    int m_removed = 0;
    bool m_cancelled = false;
};

} // namespace helpdesk
