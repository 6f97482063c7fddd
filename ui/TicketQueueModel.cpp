#include "TicketQueueModel.h"

#include "TicketText.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/Ticket.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"

#include <QDateTime>

namespace helpdesk {

namespace {
constexpr int kRowCacheSize = 1000;
constexpr int kWindowBefore = 40;
constexpr int kWindowAfter = 120;
constexpr qint64 kHighlightMsecs = 2500;
// Ticket ids are held in blocks of this many rows; at most kMaxBlocks of them (8k ids) at a time.
constexpr int kBlockSize = 256;
constexpr int kMaxBlocks = 32;
} // namespace

struct TicketQueueModel::Answer
{
    quint64 generation = 0;
    QueueFilter filter;
    QueueSort sort = QueueSort::UpdatedNewest;
    bool sameQuery = false; // the filter and sort of the rows shown, read again
    int total = 0;
    QHash<int, QList<QUuid>> blocks;
    QString error;
    QSet<QUuid> changed;
    bool highlight = false;
};

TicketQueueModel::TicketQueueModel(CacheDatabase &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
    , m_cache(kRowCacheSize)
{
    // One worker with its own SQLite connection, kept for the model's life.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_highlightTimer.setInterval(500);
    connect(&m_highlightTimer, &QTimer::timeout, this, &TicketQueueModel::expireHighlights);
}

TicketQueueModel::~TicketQueueModel()
{
    CacheDatabase *database = &m_database;
    m_pool.start([database] { database->releaseThreadConnection(); });
    m_pool.waitForDone();
}

void TicketQueueModel::setQuery(const QueueFilter &filter, QueueSort sort)
{
    m_filter = filter;
    m_sort = sort;
    m_shownCurrent = false;
    runQuery({}, false, false);
}

void TicketQueueModel::reload()
{
    m_cache.clear();
    m_namesLoaded = false;
    runQuery({}, false, true);
}

void TicketQueueModel::ticketsChanged(const QSet<QUuid> &ids, bool highlight)
{
    for (const QUuid &id : ids) {
        m_cache.remove(id);
    }
    runQuery(ids, highlight, true);
}

void TicketQueueModel::namesChanged()
{
    m_namesLoaded = false;
    m_cache.clear();
    if (m_total > 0) {
        emit dataChanged(index(0, RequesterColumn), index(rowCount() - 1, AssigneeColumn));
    }
}

void TicketQueueModel::runQuery(const QSet<QUuid> &changed, bool highlight, bool sameQuery)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    sameQuery = sameQuery && m_shownCurrent;
    CacheDatabase *database = &m_database;
    const QueueFilter filter = m_filter;
    const QueueSort sort = m_sort;
    // Reading the shown query again (a sync pass, someone's change): every block of ids held is read again,
    // so the answer can tell whether the rows only changed or moved. A new query needs its first block only.
    QList<int> blocks{0};
    if (sameQuery) {
        for (int b : std::as_const(m_blockUse)) {
            if (b != 0) {
                blocks.append(b);
            }
        }
    }
    // The model outlives its tasks (the destructor waits for the pool); a queued answer to a deleted model
    // is discarded by Qt with the model's pending events.
    m_pool.start([this, database, filter, sort, generation, changed, highlight, sameQuery, blocks] {
        auto answer = std::make_shared<Answer>();
        answer->generation = generation;
        answer->filter = filter;
        answer->sort = sort;
        answer->sameQuery = sameQuery;
        answer->changed = changed;
        answer->highlight = highlight;
        QueueQuery query(*database);
        auto first = query.idWindow(filter, sort, 0, kBlockSize);
        if (!first.ok()) {
            answer->error = first.error().userMessage();
        } else if (first.value().size() < kBlockSize) {
            answer->total = static_cast<int>(first.value().size()); // all of them: no count needed
            answer->blocks.insert(0, std::move(first.value()));
        } else {
            auto total = query.count(filter);
            if (!total.ok()) {
                answer->error = total.error().userMessage();
            } else {
                answer->total = static_cast<int>(total.value());
                answer->blocks.insert(0, std::move(first.value()));
                for (int b : blocks) {
                    if (b == 0 || static_cast<qint64>(b) * kBlockSize >= answer->total) {
                        continue;
                    }
                    auto ids = query.idWindow(filter, sort, b * kBlockSize, kBlockSize);
                    if (!ids.ok()) {
                        answer->error = ids.error().userMessage();
                        break;
                    }
                    answer->blocks.insert(b, std::move(ids.value()));
                }
            }
        }
        QMetaObject::invokeMethod(this, [this, answer] { applyAnswer(answer); }, Qt::QueuedConnection);
    });
}

void TicketQueueModel::applyAnswer(const std::shared_ptr<Answer> &answer)
{
    --m_pending;
    if (answer->generation != m_generation) {
        return; // a newer query is on its way
    }
    if (!answer->error.isEmpty()) {
        emit queryFailed(answer->error);
        return;
    }
    if (answer->highlight) {
        const qint64 until = QDateTime::currentMSecsSinceEpoch() + kHighlightMsecs;
        for (const QUuid &id : answer->changed) {
            m_highlightUntil.insert(id, until);
        }
        m_highlightTimer.start();
    }
    // The same rows in the same order (as far as any block held shows): only the changed rows are repainted.
    bool same = answer->sameQuery && answer->total == m_total;
    for (auto it = answer->blocks.cbegin(); same && it != answer->blocks.cend(); ++it) {
        const auto held = m_blocks.constFind(it.key());
        same = held == m_blocks.cend() || *held == it.value();
    }
    if (same) {
        for (auto it = answer->blocks.cbegin(); it != answer->blocks.cend(); ++it) {
            if (!m_blocks.contains(it.key())) {
                storeBlock(it.key(), it.value());
            }
        }
        for (const QUuid &id : answer->changed) {
            const int row = m_rowOf.value(id, -1);
            if (row >= 0) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    } else {
        beginResetModel();
        forgetBlocks();
        m_shownFilter = answer->filter;
        m_shownSort = answer->sort;
        m_shownCurrent = true;
        m_total = answer->total;
        for (auto it = answer->blocks.cbegin(); it != answer->blocks.cend(); ++it) {
            storeBlock(it.key(), it.value());
        }
        endResetModel();
    }
    emit queryFinished(m_total);
}

const QList<QUuid> *TicketQueueModel::block(int blockIndex) const
{
    if (m_blocks.contains(blockIndex)) {
        m_blockUse.removeOne(blockIndex);
        m_blockUse.append(blockIndex);
        return &m_blocks[blockIndex];
    }
    // Not held: read it now, as rows are read on demand. Scrolling on from the block before continues after
    // its last ticket (keyset: an index seek); a jump counts its way there (offset).
    QueueQuery query(m_database);
    const auto before = m_blocks.constFind(blockIndex - 1);
    auto ids = before != m_blocks.cend() && before->size() == kBlockSize
                   ? query.idsAfter(m_shownFilter, m_shownSort, before->last(), kBlockSize)
                   : query.idWindow(m_shownFilter, m_shownSort, blockIndex * kBlockSize, kBlockSize);
    if (!ids.ok()) {
        return nullptr;
    }
    storeBlock(blockIndex, std::move(ids.value()));
    return &m_blocks[blockIndex];
}

void TicketQueueModel::storeBlock(int blockIndex, QList<QUuid> ids) const
{
    const int base = blockIndex * kBlockSize;
    if (const auto held = m_blocks.constFind(blockIndex); held != m_blocks.cend()) {
        for (int i = 0; i < held->size(); ++i) {
            if (m_rowOf.value(held->at(i), -1) == base + i) {
                m_rowOf.remove(held->at(i));
            }
        }
    }
    for (int i = 0; i < ids.size(); ++i) {
        m_rowOf.insert(ids.at(i), base + i);
    }
    m_blocks.insert(blockIndex, std::move(ids));
    m_blockUse.removeOne(blockIndex);
    m_blockUse.append(blockIndex);
    while (m_blockUse.size() > kMaxBlocks) {
        const int oldest = m_blockUse.takeFirst();
        const QList<QUuid> gone = m_blocks.take(oldest);
        for (int i = 0; i < gone.size(); ++i) {
            if (m_rowOf.value(gone.at(i), -1) == oldest * kBlockSize + i) {
                m_rowOf.remove(gone.at(i));
            }
        }
    }
}

void TicketQueueModel::forgetBlocks() const
{
    m_blocks.clear();
    m_blockUse.clear();
    m_rowOf.clear();
}

int TicketQueueModel::cachedIds() const
{
    int n = 0;
    for (const QList<QUuid> &ids : std::as_const(m_blocks)) {
        n += static_cast<int>(ids.size());
    }
    return n;
}

void TicketQueueModel::expireHighlights()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_highlightUntil.begin(); it != m_highlightUntil.end();) {
        if (it.value() <= now) {
            const int row = m_rowOf.value(it.key(), -1);
            it = m_highlightUntil.erase(it);
            if (row >= 0) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {HighlightRole});
            }
        } else {
            ++it;
        }
    }
    if (m_highlightUntil.isEmpty()) {
        m_highlightTimer.stop();
    }
}

QUuid TicketQueueModel::idAt(int row) const
{
    if (row < 0 || row >= m_total) {
        return {};
    }
    const QList<QUuid> *ids = block(row / kBlockSize);
    const int at = row % kBlockSize;
    return ids && at < ids->size() ? ids->at(at) : QUuid();
}

int TicketQueueModel::rowOf(const QUuid &id) const
{
    if (const auto held = m_rowOf.constFind(id); held != m_rowOf.cend()) {
        return held.value();
    }
    if (m_total == 0 || id.isNull()) {
        return -1;
    }
    // Not in a block held: ask SQLite where it stands, then hold its block.
    QueueQuery query(m_database);
    auto position = query.position(m_shownFilter, m_shownSort, id);
    if (!position.ok() || position.value() < 0 || position.value() >= m_total) {
        return -1;
    }
    (void)block(static_cast<int>(position.value() / kBlockSize));
    return m_rowOf.value(id, -1);
}

const QueueRow *TicketQueueModel::rowAt(int row) const
{
    const QUuid id = idAt(row);
    if (id.isNull()) {
        return nullptr;
    }
    if (const QueueRow *cached = m_cache.object(id)) {
        return cached;
    }
    loadWindow(row);
    return m_cache.object(id);
}

void TicketQueueModel::loadWindow(int row) const
{
    const MirrorTable *table = MirrorSchema::table(QStringLiteral("tickets"));
    if (!table) {
        return;
    }
    const int first = qMax(0, row - kWindowBefore);
    const int last = qMin(m_total - 1, row + kWindowAfter);
    QStringList keys;
    for (int i = first; i <= last; ++i) {
        const QUuid id = idAt(i);
        if (!id.isNull() && !m_cache.contains(id)) {
            keys.append(id.toString(QUuid::WithoutBraces));
        }
    }
    MirrorStore store(m_database);
    auto rows = store.rows(*table, keys);
    if (!rows.ok()) {
        return;
    }
    if (!m_namesLoaded) {
        loadNames();
    }
    for (const Json &json : rows.value()) {
        try {
            Ticket ticket;
            from_json(json, ticket);
            auto *queueRow = new QueueRow(QueueRow::fromTicket(ticket));
            queueRow->requester = nameOf(queueRow->requesterId);
            if (queueRow->assigneeId) {
                queueRow->assignee = nameOf(*queueRow->assigneeId);
            }
            m_cache.insert(queueRow->id, queueRow);
        } catch (const std::exception &) {
            // A row the cache cannot read is left out rather than shown wrong.
        }
    }
}

void TicketQueueModel::loadNames() const
{
    m_namesLoaded = true;
    m_names.clear();
    const MirrorTable *table = MirrorSchema::table(QStringLiteral("profiles"));
    if (!table) {
        return;
    }
    MirrorStore store(m_database);
    auto keys = store.rowKeys(*table);
    if (!keys.ok()) {
        return;
    }
    auto rows = store.rows(*table, keys.value());
    if (!rows.ok()) {
        return;
    }
    for (const Json &json : rows.value()) {
        try {
            Profile profile;
            from_json(json, profile);
            m_names.insert(profile.id, profile.fullName.isEmpty() ? profile.email.value_or(QString())
                                                                  : profile.fullName);
        } catch (const std::exception &) {
        }
    }
}

QString TicketQueueModel::nameOf(const QUuid &id) const
{
    return m_names.value(id);
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TicketQueueModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == TicketIdRole) {
        return idAt(index.row());
    }
    if (role == HighlightRole) {
        return m_highlightUntil.contains(idAt(index.row()));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SlaStateRole && role != StatusRole
        && role != PriorityRole && role != Qt::TextAlignmentRole) {
        return {};
    }
    const QueueRow *row = rowAt(index.row());
    if (!row) {
        return {};
    }
    const Timestamp now = m_clock.now();
    switch (role) {
    case SlaStateRole:
        return static_cast<int>(row->slaState(now));
    case StatusRole:
        return static_cast<int>(row->status);
    case PriorityRole:
        return static_cast<int>(row->priority);
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == SlaDueColumn && row->slaDue) {
            return QLocale().toString(row->slaDue->toDateTime().toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == SubjectColumn) {
            return row->subject;
        }
        return {};
    default:
        break;
    }
    switch (index.column()) {
    case NumberColumn:
        return QStringLiteral("#%1").arg(row->number);
    case SubjectColumn:
        return row->subject;
    case RequesterColumn:
        return row->requester;
    case StatusColumn:
        return TicketText::status(row->status);
    case PriorityColumn:
        return TicketText::priority(row->priority);
    case AssigneeColumn:
        return row->assigneeId ? row->assignee : tr("Unassigned");
    case SlaDueColumn:
        if (!row->slaDue) {
            return QString();
        }
        return row->slaPaused ? tr("paused") : TicketText::due(*row->slaDue, now);
    case UpdatedColumn:
        return TicketText::ago(row->updatedAt, now);
    default:
        return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("#");
    case SubjectColumn:
        return tr("Subject");
    case RequesterColumn:
        return tr("Requester");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assignee");
    case SlaDueColumn:
        return tr("SLA due");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

QueueSort TicketQueueModel::sortFor(int column, Qt::SortOrder order, bool *supported)
{
    *supported = true;
    switch (column) {
    case NumberColumn:
        return QueueSort::NumberHighest;
    case PriorityColumn:
        return QueueSort::PriorityHighest;
    case SlaDueColumn:
        return QueueSort::DueSoonest;
    case UpdatedColumn:
        return order == Qt::DescendingOrder ? QueueSort::UpdatedNewest : QueueSort::UpdatedOldest;
    default:
        *supported = false;
        return QueueSort::UpdatedNewest;
    }
}

std::pair<int, Qt::SortOrder> TicketQueueModel::headerSortFor(QueueSort sort)
{
    switch (sort) {
    case QueueSort::NumberHighest:
        return {NumberColumn, Qt::DescendingOrder};
    case QueueSort::PriorityHighest:
        return {PriorityColumn, Qt::DescendingOrder};
    case QueueSort::DueSoonest:
        return {SlaDueColumn, Qt::AscendingOrder};
    case QueueSort::UpdatedOldest:
        return {UpdatedColumn, Qt::AscendingOrder};
    case QueueSort::UpdatedNewest:
    case QueueSort::CreatedNewest:
    case QueueSort::CreatedOldest:
        break;
    }
    return {UpdatedColumn, Qt::DescendingOrder};
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    bool supported = false;
    const QueueSort sort = sortFor(column, order, &supported);
    if (supported && sort != m_sort) {
        m_sort = sort;
        m_shownCurrent = false;
        runQuery({}, false, false);
    }
}

} // namespace helpdesk
