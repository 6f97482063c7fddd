#pragma once

#include "ViewListModel.h"

#include "core/Enums.h"
#include "store/QueueQuery.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QUuid>

#include <vector>

namespace helpdesk {

class CacheDatabase;

// The saved views the sidebar offers for a role (agents: mine, unassigned, all open, pending, solved and
// one per team; customers: their own tickets) and their counts, computed in SQLite off the UI thread.
class QueueViews : public QObject
{
    Q_OBJECT
public:
    QueueViews(CacheDatabase &database, UserRole role, const QUuid &me, QObject *parent = nullptr);
    ~QueueViews() override;

    // Re-reads the teams from the cache (after a sync) and rebuilds the list.
    void reloadTeams();
    std::vector<ViewEntry> entries() const;
    QString defaultView() const;
    bool contains(const QString &key) const { return m_filters.contains(key); }
    QueueFilter filterFor(const QString &key) const { return m_filters.value(key); }
    QString titleFor(const QString &key) const { return m_titles.value(key); }

    // Counts every view; countsReady follows (stale answers dropped).
    void refreshCounts();

signals:
    void countsReady(const QHash<QString, qint64> &counts);
    void viewsChanged();

private:
    void addView(const QString &key, const QString &title, const QString &icon, const QueueFilter &filter);

    CacheDatabase &m_database;
    UserRole m_role;
    QUuid m_me;
    std::vector<ViewEntry> m_entries;
    QHash<QString, QueueFilter> m_filters;
    QHash<QString, QString> m_titles;
    QThreadPool m_pool;
    quint64 m_generation = 0;
};

} // namespace helpdesk
