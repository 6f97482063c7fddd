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
} // namespace

struct TicketQueueModel::Answer
{
    quint64 generation = 0;
    QList<QUuid> ids;
    QHash<QUuid, int> rowOf;
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
    runQuery({}, false);
}

void TicketQueueModel::reload()
{
    m_cache.clear();
    m_namesLoaded = false;
    runQuery({}, false);
}

void TicketQueueModel::ticketsChanged(const QSet<QUuid> &ids, bool highlight)
{
    for (const QUuid &id : ids) {
        m_cache.remove(id);
    }
    runQuery(ids, highlight);
}

void TicketQueueModel::namesChanged()
{
    m_namesLoaded = false;
    m_cache.clear();
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, RequesterColumn), index(rowCount() - 1, AssigneeColumn));
    }
}

void TicketQueueModel::runQuery(const QSet<QUuid> &changed, bool highlight)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    CacheDatabase *database = &m_database;
    const QueueFilter filter = m_filter;
    const QueueSort sort = m_sort;
    // The model outlives its tasks (the destructor waits for the pool); a queued answer to a deleted model
    // is discarded by Qt with the model's pending events.
    m_pool.start([this, database, filter, sort, generation, changed, highlight] {
        auto answer = std::make_shared<Answer>();
        answer->generation = generation;
        answer->changed = changed;
        answer->highlight = highlight;
        QueueQuery query(*database);
        auto page = query.ids(filter, sort);
        if (!page.ok()) {
            answer->error = page.error().userMessage();
        } else {
            answer->ids = std::move(page.value().ids);
            answer->rowOf.reserve(answer->ids.size());
            for (int i = 0; i < answer->ids.size(); ++i) {
                answer->rowOf.insert(answer->ids.at(i), i);
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
    if (answer->ids == m_ids) {
        // Same rows in the same order: only the changed ones are repainted.
        for (const QUuid &id : answer->changed) {
            const int row = m_rowOf.value(id, -1);
            if (row >= 0) {
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    } else {
        beginResetModel();
        m_ids = std::move(answer->ids);
        m_rowOf = std::move(answer->rowOf);
        endResetModel();
    }
    emit queryFinished(m_ids.size());
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
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid();
}

int TicketQueueModel::rowOf(const QUuid &id) const
{
    return m_rowOf.value(id, -1);
}

const QueueRow *TicketQueueModel::rowAt(int row) const
{
    const QUuid id = m_ids.at(row);
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
    const int last = qMin(static_cast<int>(m_ids.size()) - 1, row + kWindowAfter);
    QStringList keys;
    for (int i = first; i <= last; ++i) {
        if (!m_cache.contains(m_ids.at(i))) {
            keys.append(m_ids.at(i).toString(QUuid::WithoutBraces));
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
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
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
        return m_ids.at(index.row());
    }
    if (role == HighlightRole) {
        return m_highlightUntil.contains(m_ids.at(index.row()));
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
        runQuery({}, false);
    }
}

} // namespace helpdesk
