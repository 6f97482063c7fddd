#pragma once

#include "store/QueueQuery.h"

#include <QList>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace helpdesk {

class IconSet;
class Theme;
class TicketQueueModel;

// The queue pane: a title with the count, the instant filter (full-text search in the cache) and the
// table of tickets (uniform rows, sortable by the orders the store offers, multi-select).
class TicketQueueView : public QWidget
{
    Q_OBJECT
public:
    TicketQueueView(TicketQueueModel &model, const Theme &theme, const IconSet &icons, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void focusSearch();
    QString searchText() const;
    QUuid currentTicket() const;
    QList<QUuid> selectedTickets() const;
    void selectTicket(const QUuid &id);
    // Moves the current row by `delta` (next/previous ticket); false at either end.
    bool moveCurrent(int delta);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    QTableView *table() const { return m_table; }

    // A bar shown between the title row and the table (bulk actions); the view owns it.
    void setActionBar(QWidget *bar);
    // The orders the cache serves from its indexes, offered in the sort menu (and by the header).
    static QList<QueueSort> sortOrders();
    static QString sortName(QueueSort sort);
    void setSortOrder(QueueSort sort);
    // The empty state: shown over the table when the query answered no rows.
    QString emptyText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The filter text changed (debounced): the owner re-queries the model.
    void searchChanged(const QString &text);
    void currentTicketChanged(const QUuid &id);
    void ticketActivated(const QUuid &id);
    void selectionChanged(const QList<QUuid> &ids);

private:
    void updateCount();
    void updateSortButton();
    void restoreSelection();

    TicketQueueModel &m_model;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_sort = nullptr;
    QLabel *m_empty = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QTimer m_searchDebounce;
    QList<QUuid> m_selectionBeforeReset;
    QUuid m_currentBeforeReset;
};

} // namespace helpdesk
