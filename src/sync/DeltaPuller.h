#pragma once

#include "core/Result.h"
#include "sync/SyncContext.h"
#include "sync/TablePuller.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace helpdesk {

// Brings every bootstrapped table up to date from its (updated_at, id) cursor: after a reconnect (closing
// the gap realtime could not see), periodically for tables realtime does not carry, and on demand.
class DeltaPuller : public QObject
{
    Q_OBJECT

public:
    DeltaPuller(SyncContext context, TablePuller::Options options, QObject* parent = nullptr);
    ~DeltaPuller() override;

    void start(std::function<void(Result<qint64>)> done); // rows received
    void cancel();

signals:
    void rowsPulled(const QString& table, const QStringList& keys);

private:
    void pullNext(std::size_t index);
    void finish(Result<qint64> result);

    SyncContext m_context;
    TablePuller::Options m_options;
    std::function<void(Result<qint64>)> m_finished;
    QPointer<TablePuller> m_puller;
    qint64 m_rows = 0;
    bool m_cancelled = false;
};

} // namespace helpdesk
