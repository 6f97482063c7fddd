#pragma once

#include "QueueRow.h"

#include "store/QueueQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace helpdesk {

class CacheDatabase;
class Clock;

// The ticket queue over the local cache. A new filter or sort asks SQLite, on a worker thread (stale answers
// dropped), for the total and the first block of ids only; further blocks of ids are read on demand as the
// view reaches them (a bounded LRU of blocks), and rows are loaded on demand into a small LRU cache. So a
// re-filter over 100k tickets costs a count and one small window, never the whole id list.
// Rows are uniform; sorting maps to the orders QueueQuery offers.
class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, SubjectColumn, RequesterColumn, StatusColumn, PriorityColumn, AssigneeColumn,
                  SlaDueColumn, UpdatedColumn, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, SlaStateRole, StatusRole, PriorityRole, HighlightRole };

    TicketQueueModel(CacheDatabase &database, const Clock &clock, QObject *parent = nullptr);
    ~TicketQueueModel() override;

    // Runs the query for a new filter/sort; the model changes when the answer comes (queryFinished).
    void setQuery(const QueueFilter &filter, QueueSort sort);
    const QueueFilter &filter() const { return m_filter; }
    QueueSort sortOrder() const { return m_sort; }
    // Re-reads the ids and forgets cached rows (after a sync pass).
    void reload();
    // Tickets changed by someone (sync, realtime): their rows are re-read and, with `highlight`, marked
    // for a moment so the agent notices.
    void ticketsChanged(const QSet<QUuid> &ids, bool highlight);
    // Names changed (profiles synced): requester and assignee columns are re-read.
    void namesChanged();

    QUuid idAt(int row) const;
    int rowOf(const QUuid &id) const;
    bool isLoading() const { return m_pending > 0; }
    qint64 total() const { return m_total; }
    // How many rows are in the row cache (tests and benchmarks check it stays small).
    int cachedRows() const { return m_cache.size(); }
    // How many ticket ids are held (blocks of ids; bounded however long the queue is).
    int cachedIds() const;

    static QueueSort sortFor(int column, Qt::SortOrder order, bool *supported);
    // The column and order that show `sort` in the header.
    static std::pair<int, Qt::SortOrder> headerSortFor(QueueSort sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void queryFinished(qint64 total);
    void queryFailed(const QString &message);

private:
    struct Answer;
    void runQuery(const QSet<QUuid> &changed, bool highlight, bool sameQuery);
    void applyAnswer(const std::shared_ptr<Answer> &answer);
    const QueueRow *rowAt(int row) const;
    const QList<QUuid> *block(int blockIndex) const;
    void storeBlock(int blockIndex, QList<QUuid> ids) const;
    void forgetBlocks() const;
    void loadWindow(int row) const;
    void loadNames() const;
    QString nameOf(const QUuid &id) const;
    void expireHighlights();

    CacheDatabase &m_database;
    const Clock &m_clock;
    QThreadPool m_pool;
    QueueFilter m_filter;
    QueueSort m_sort = QueueSort::UpdatedNewest;
    // The filter and sort of the rows shown (m_filter/m_sort may already name a query still running).
    QueueFilter m_shownFilter;
    QueueSort m_shownSort = QueueSort::UpdatedNewest;
    bool m_shownCurrent = false; // m_filter/m_sort are the shown ones
    int m_total = 0;
    mutable QHash<int, QList<QUuid>> m_blocks; // block index → the ids of rows [index * size, +size)
    mutable QList<int> m_blockUse;             // block indexes, least recently used first
    mutable QHash<QUuid, int> m_rowOf;         // the rows of the ids in m_blocks
    mutable QCache<QUuid, QueueRow> m_cache;
    mutable QHash<QUuid, QString> m_names;
    mutable bool m_namesLoaded = false;
    quint64 m_generation = 0;
    int m_pending = 0;
    QHash<QUuid, qint64> m_highlightUntil; // ticket id → msecs since epoch
    QTimer m_highlightTimer;
};

} // namespace helpdesk
