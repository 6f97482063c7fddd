#include "sync/OutboxFlusher.h"

#include "core/Clock.h"
#include "store/ConflictStore.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/OutboxStore.h"
#include "store/WriteJournal.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace helpdesk {

Q_LOGGING_CATEGORY(lcOutbox, "helpdesk.sync.outbox")

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("helpdesk::OutboxFlusher", text);
}

std::optional<Json> firstRow(const Json& data)
{
    if (data.is_array() && !data.empty())
        return data.front();
    if (data.is_object())
        return data;
    return std::nullopt;
}

// True when every value the write sent is what the server row holds (compared as the cache stores them).
bool holdsValues(const MirrorTable& table, const Json& serverRow, const Json& payload)
{
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const MirrorColumn* column = table.column(QString::fromStdString(it.key()));
        if (!column)
            continue;
        const auto server = serverRow.find(it.key());
        if (server == serverRow.end())
            return false;
        auto mine = MirrorStore::toSql(*column, it.value());
        auto theirs = MirrorStore::toSql(*column, *server);
        if (!mine.ok() || !theirs.ok() || mine.value() != theirs.value())
            return false;
    }
    return true;
}

} // namespace

QString rejectionReason(const Error& error)
{
    const QString sentence = error.userMessage();
    if (error.code == QLatin1String("42501"))
        return tr("The server did not accept this change: you do not have permission to make it. It was undone.");
    return tr("The server did not accept this change (%1). It was undone.").arg(sentence);
}

OutboxFlusher::OutboxFlusher(SyncContext context, RetryPolicy retry, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_retry(retry)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { flush(true); }); // the timer did the waiting
}

OutboxFlusher::~OutboxFlusher()
{
    m_destroying = true;
    m_request.cancel();
}

void OutboxFlusher::flush(bool retryNow)
{
    m_stopped = false;
    m_waitingForSignIn = false;
    if (retryNow)
        m_ignoreBackoff = true;
    if (m_busy)
        return;
    m_retryTimer.stop();
    sendNext();
}

void OutboxFlusher::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    m_request.cancel();
}

void OutboxFlusher::emitCount()
{
    auto count = m_context.outbox.count();
    if (count.ok())
        emit pendingCountChanged(count.value());
}

void OutboxFlusher::continueLater()
{
    QMetaObject::invokeMethod(this, [this] { sendNext(); }, Qt::QueuedConnection);
}

void OutboxFlusher::sendNext()
{
    m_busy = false;
    if (m_stopped || m_waitingForSignIn)
        return;
    auto head = m_context.outbox.head();
    if (!head.ok()) {
        storeFailed(head.error());
        return;
    }
    if (!head.value()) {
        m_ignoreBackoff = false;
        emit drained();
        return;
    }
    const OutboxEntry& entry = *head.value();
    const Timestamp now = m_context.clock.now();
    if (!m_ignoreBackoff && entry.nextAttemptAt > now) {
        const auto waitMs = std::max<std::int64_t>(1, now.microsTo(entry.nextAttemptAt) / 1000);
        m_retryTimer.start(std::chrono::milliseconds(waitMs));
        return;
    }
    m_ignoreBackoff = false;
    m_busy = true;
    send(entry);
}

QueryBuilder OutboxFlusher::keyed(QueryBuilder query, const OutboxEntry& entry) const
{
    const MirrorTable* table = MirrorSchema::table(entry.table);
    const Json key = MirrorStore::keyObject(*table, entry.rowKey);
    for (auto it = key.begin(); it != key.end(); ++it) {
        const QString column = QString::fromStdString(it.key());
        if (it.value().is_number_integer())
            query.eq(column, static_cast<qint64>(it.value().get<std::int64_t>()));
        else
            query.eq(column, QString::fromStdString(it.value().get<std::string>()));
    }
    return query;
}

void OutboxFlusher::send(const OutboxEntry& entry)
{
    const MirrorTable* table = MirrorSchema::table(entry.table);
    if (!table) {
        reject(entry, std::nullopt, tr("This change belongs to data this version no longer keeps."));
        return;
    }
    QueryBuilder query(entry.table);
    switch (entry.operation) {
    case OutboxEntry::Operation::Insert:
        query.insert(entry.payload).returning(ReturnPreference::Representation).select(table->selectList());
        m_request = m_context.rest.execute(query, this, [this, entry](Result<RestResponse> response) {
            onInsertAnswer(entry, std::move(response));
        });
        return;
    case OutboxEntry::Operation::Update:
        query.update(entry.payload).returning(ReturnPreference::Representation).select(table->selectList());
        query = keyed(query, entry);
        if (table->hasVersion && entry.baseVersion)
            query.eq(QStringLiteral("version"), static_cast<qint64>(*entry.baseVersion));
        break;
    case OutboxEntry::Operation::Delete:
        query.remove().returning(ReturnPreference::Representation).select(table->selectList());
        query = keyed(query, entry);
        break;
    }
    m_request = m_context.rest.execute(query, this, [this, entry](Result<RestResponse> response) {
        onWriteAnswer(entry, std::move(response));
    });
}

void OutboxFlusher::onInsertAnswer(const OutboxEntry& entry, Result<RestResponse> response)
{
    if (m_destroying)
        return;
    if (response.ok()) {
        acknowledge(entry, firstRow(response->data));
        return;
    }
    const Error& error = response.error();
    if (error.code == QLatin1String("23505")) {
        // The id is ours: an earlier attempt may have landed before the process could record the answer.
        inspectServerRow(entry, &error);
        return;
    }
    failed(entry, error);
}

void OutboxFlusher::onWriteAnswer(const OutboxEntry& entry, Result<RestResponse> response)
{
    if (m_destroying)
        return;
    if (!response.ok()) {
        failed(entry, response.error());
        return;
    }
    const std::optional<Json> row = firstRow(response->data);
    if (row) {
        acknowledge(entry, entry.operation == OutboxEntry::Operation::Delete ? std::nullopt : row);
        return;
    }
    inspectServerRow(entry, nullptr); // zero rows: find out why
}

void OutboxFlusher::inspectServerRow(const OutboxEntry& entry, const Error* failure)
{
    const MirrorTable* table = MirrorSchema::table(entry.table);
    QueryBuilder query(entry.table);
    query.select(table->selectList());
    query = keyed(query, entry);
    std::optional<Error> original;
    if (failure)
        original = *failure;
    m_request = m_context.rest.execute(query, this, [this, entry, original](Result<RestResponse> response) {
        if (m_destroying)
            return;
        if (!response.ok()) {
            failed(entry, response.error());
            return;
        }
        onServerRow(entry, firstRow(response->data), original ? &*original : nullptr);
    });
}

void OutboxFlusher::onServerRow(const OutboxEntry& entry, std::optional<Json> serverRow, const Error* failure)
{
    const MirrorTable& table = *MirrorSchema::table(entry.table);
    switch (entry.operation) {
    case OutboxEntry::Operation::Insert:
        if (serverRow && holdsValues(table, *serverRow, entry.payload))
            acknowledge(entry, serverRow);
        else
            reject(entry, serverRow, rejectionReason(failure ? *failure : Error::conflict(QString())));
        return;
    case OutboxEntry::Operation::Delete:
        if (!serverRow)
            acknowledge(entry, std::nullopt); // already gone
        else
            reject(entry, serverRow, tr("The server did not let you delete this. It was restored."));
        return;
    case OutboxEntry::Operation::Update:
        break;
    }
    if (!serverRow) {
        conflict(entry, std::nullopt,
                 tr("This item was deleted on the server, or you no longer have access to it. Your change could "
                    "not be saved and is kept here."));
        return;
    }
    std::optional<qint64> serverVersion;
    if (const auto v = serverRow->find("version"); v != serverRow->end() && v->is_number_integer())
        serverVersion = v->get<std::int64_t>();
    if (table.hasVersion && entry.baseVersion && serverVersion) {
        if (*serverVersion == *entry.baseVersion) {
            // Visible, unchanged, yet not updated: a policy does not let this user change it.
            reject(entry, serverRow, tr("The server did not accept this change: you do not have permission to make "
                                        "it. It was undone."));
            return;
        }
        if (*serverVersion == *entry.baseVersion + 1 && holdsValues(table, *serverRow, entry.payload)) {
            acknowledge(entry, serverRow); // an earlier attempt of this very write landed
            return;
        }
        conflict(entry, serverRow,
                 tr("Someone else changed this item after you started editing it. Your change was not saved; both "
                    "versions are kept so you can compare them."));
        return;
    }
    if (holdsValues(table, *serverRow, entry.payload))
        acknowledge(entry, serverRow);
    else
        reject(entry, serverRow, tr("The server did not accept this change. It was undone."));
}

void OutboxFlusher::acknowledge(const OutboxEntry& entry, const std::optional<Json>& serverRow)
{
    auto done = m_context.journal.acknowledge(entry, serverRow);
    if (!done.ok()) {
        storeFailed(done.error());
        return;
    }
    emit acknowledged(entry.table, entry.rowKey);
    emitCount();
    continueLater();
}

void OutboxFlusher::conflict(const OutboxEntry& entry, const std::optional<Json>& serverRow, const QString& reason)
{
    auto record = m_context.journal.recordConflict(entry, serverRow, reason);
    if (!record.ok()) {
        storeFailed(record.error());
        return;
    }
    qCInfo(lcOutbox).noquote() << QStringLiteral("outbox: conflict on %1 %2").arg(entry.table, entry.rowKey);
    emit conflictRecorded(record.value());
    emitCount();
    continueLater();
}

void OutboxFlusher::reject(const OutboxEntry& entry, const std::optional<Json>& serverRow, const QString& reason)
{
    auto record = m_context.journal.reject(entry, serverRow, reason);
    if (!record.ok()) {
        storeFailed(record.error());
        return;
    }
    qCInfo(lcOutbox).noquote() << QStringLiteral("outbox: %1 %2 %3 refused: %4")
                                      .arg(OutboxEntry::operationName(entry.operation), entry.table, entry.rowKey,
                                           reason);
    emit writeRejected(record.value());
    emitCount();
    continueLater();
}

void OutboxFlusher::failed(const OutboxEntry& entry, const Error& error)
{
    if (error.kind == Error::Kind::Cancelled) {
        m_busy = false;
        return;
    }
    if (RetryPolicy::shouldRetry(error)) {
        retryLater(entry, error);
        return;
    }
    if (RetryPolicy::needsSignIn(error)) {
        // Not the write's fault: keep it and wait for a new session.
        m_busy = false;
        m_waitingForSignIn = true;
        emit signInRequired();
        return;
    }
    reject(entry, std::nullopt, rejectionReason(error));
}

void OutboxFlusher::retryLater(const OutboxEntry& entry, const Error& error)
{
    m_busy = false;
    const auto delay = m_retry.delay(entry.attempts);
    const Timestamp next = m_context.clock.now().addMicros(static_cast<std::int64_t>(delay.count()) * 1000);
    auto recorded = m_context.outbox.recordAttempt(entry.seq, error.toString(), next);
    if (!recorded.ok()) {
        storeFailed(recorded.error());
        return;
    }
    emit deliveryFailed(error);
    if (!m_stopped)
        m_retryTimer.start(delay);
}

void OutboxFlusher::storeFailed(const Error& error)
{
    m_busy = false;
    qCWarning(lcOutbox).noquote() << QStringLiteral("outbox: local cache failure: %1").arg(error.toString());
    m_retryTimer.start(m_retry.delay(0));
}

} // namespace helpdesk
