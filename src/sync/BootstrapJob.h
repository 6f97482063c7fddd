#pragma once

#include "core/Result.h"
#include "sync/SyncContext.h"
#include "sync/TablePuller.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace helpdesk {

// The first full pull of every table the user may see (or what is left of it after a restart): counts what
// remains (Content-Range totals), then pulls each table in MirrorSchema order with TablePuller, reporting
// rows done / total as pages land.
class BootstrapJob : public QObject
{
    Q_OBJECT

public:
    BootstrapJob(SyncContext context, TablePuller::Options options, QObject* parent = nullptr);
    ~BootstrapJob() override;

    // Tables whose bootstrap has not finished.
    static Result<std::vector<const MirrorTable*>> remainingTables(SyncCursorStore& cursors);

    void start(std::function<void(Result<void>)> done);
    void cancel();

    qint64 rowsDone() const { return m_done; }
    qint64 rowsTotal() const { return m_total; }

signals:
    void progress(qint64 rowsDone, qint64 rowsTotal);
    // Keys of rows written by a page (for models that show them).
    void rowsPulled(const QString& table, const QStringList& keys);

private:
    void countNext(std::size_t index);
    void pullNext(std::size_t index);
    void finish(Result<void> result);

    SyncContext m_context;
    TablePuller::Options m_options;
    std::vector<const MirrorTable*> m_tables;
    std::function<void(Result<void>)> m_finished;
    QPointer<TablePuller> m_puller;
    RequestHandle m_countRequest;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
};

} // namespace helpdesk
