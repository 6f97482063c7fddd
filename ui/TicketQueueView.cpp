#include "TicketQueueView.h"

#include "IconSet.h"
#include "QueueDelegate.h"
#include "TicketQueueModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace helpdesk {

TicketQueueView::TicketQueueView(TicketQueueModel &model, const Theme &theme, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("ticketQueue"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_count->setProperty("muted", true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Filter and search tickets…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons.icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(120);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { emit searchChanged(searchText()); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new QueueDelegate(theme, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setSortingEnabled(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform rows: a fixed height, never resized to contents (100k rows stay cheap).
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TicketQueueModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(TicketQueueModel::NumberColumn, 56);
    header->resizeSection(TicketQueueModel::RequesterColumn, 120);
    header->resizeSection(TicketQueueModel::StatusColumn, 76);
    header->resizeSection(TicketQueueModel::PriorityColumn, 80);
    header->resizeSection(TicketQueueModel::AssigneeColumn, 104);
    header->resizeSection(TicketQueueModel::SlaDueColumn, 96);
    header->resizeSection(TicketQueueModel::UpdatedColumn, 84);
    const auto [sortColumn, sortOrder] = TicketQueueModel::headerSortFor(m_model.sortOrder());
    header->setSortIndicator(sortColumn, sortOrder);
    connect(header, &QHeaderView::sectionClicked, this, [this, header](int section) {
        // Only the orders SQLite can serve from its indexes; the indicator shows the order applied.
        m_model.sort(section, header->sortIndicatorOrder());
        const auto [appliedColumn, appliedOrder] = TicketQueueModel::headerSortFor(m_model.sortOrder());
        header->setSortIndicator(appliedColumn, appliedOrder);
        updateSortButton();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentTicketChanged(m_model.idAt(current.row())); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit ticketActivated(m_model.idAt(index.row())); });
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_currentBeforeReset = currentTicket();
        m_selectionBeforeReset = selectedTickets();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TicketQueueView::restoreSelection);
    connect(&m_model, &TicketQueueModel::queryFinished, this, &TicketQueueView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedTickets()); });

    m_sort = new QToolButton(this);
    m_sort->setObjectName(QStringLiteral("queueSortButton"));
    m_sort->setIcon(icons.icon(QStringLiteral("arrow-down-up")));
    m_sort->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sort->setPopupMode(QToolButton::InstantPopup);
    m_sort->setAutoRaise(true);
    auto *sortMenu = new QMenu(m_sort);
    for (QueueSort sort : sortOrders()) {
        QAction *action = sortMenu->addAction(sortName(sort), this, [this, sort] { setSortOrder(sort); });
        action->setCheckable(true);
        action->setData(static_cast<int>(sort));
    }
    connect(sortMenu, &QMenu::aboutToShow, this, [this, sortMenu] {
        for (QAction *action : sortMenu->actions()) {
            action->setChecked(action->data().toInt() == static_cast<int>(m_model.sortOrder()));
        }
    });
    m_sort->setMenu(sortMenu);
    updateSortButton();

    m_empty = new QLabel(m_table->viewport());
    m_empty->setObjectName(QStringLiteral("queueEmpty"));
    m_empty->setProperty("muted", true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_table->viewport()->installEventFilter(this);
    connect(&m_model, &TicketQueueModel::queryFailed, this, [this](const QString &message) {
        m_empty->setText(tr("The queue could not be read from the local cache: %1").arg(message));
        m_empty->resize(m_table->viewport()->size());
        m_empty->show();
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(12, 10, 12, 6);
    top->addWidget(m_title);
    top->addSpacing(8);
    top->addWidget(m_count);
    top->addSpacing(16);
    top->addStretch();
    top->addWidget(m_search, 1);
    top->addWidget(m_sort);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addLayout(top);
    m_layout->addWidget(m_table, 1);
}

void TicketQueueView::setActionBar(QWidget *bar)
{
    m_layout->insertWidget(1, bar);
}

QList<QueueSort> TicketQueueView::sortOrders()
{
    return {QueueSort::UpdatedNewest, QueueSort::UpdatedOldest,   QueueSort::CreatedNewest, QueueSort::CreatedOldest,
            QueueSort::PriorityHighest, QueueSort::DueSoonest, QueueSort::NumberHighest};
}

QString TicketQueueView::sortName(QueueSort sort)
{
    switch (sort) {
    case QueueSort::UpdatedNewest:
        return tr("Recently updated");
    case QueueSort::UpdatedOldest:
        return tr("Least recently updated");
    case QueueSort::CreatedNewest:
        return tr("Newest first");
    case QueueSort::CreatedOldest:
        return tr("Oldest first");
    case QueueSort::PriorityHighest:
        return tr("Highest priority");
    case QueueSort::DueSoonest:
        return tr("Due soonest");
    case QueueSort::NumberHighest:
        return tr("Highest number");
    }
    return {};
}

void TicketQueueView::setSortOrder(QueueSort sort)
{
    if (sort != m_model.sortOrder()) {
        m_model.setQuery(m_model.filter(), sort);
    }
    const auto [column, order] = TicketQueueModel::headerSortFor(sort);
    m_table->horizontalHeader()->setSortIndicator(column, order);
    updateSortButton();
}

void TicketQueueView::updateSortButton()
{
    m_sort->setText(sortName(m_model.sortOrder()));
    m_sort->setToolTip(tr("Sort order"));
}

bool TicketQueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->resize(m_table->viewport()->size());
    }
    return QWidget::eventFilter(watched, event);
}

QString TicketQueueView::emptyText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

void TicketQueueView::setTitle(const QString &title)
{
    m_title->setText(title);
}

void TicketQueueView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString TicketQueueView::searchText() const
{
    return m_search->text().trimmed();
}

QUuid TicketQueueView::currentTicket() const
{
    return m_model.idAt(m_table->currentIndex().row());
}

QList<QUuid> TicketQueueView::selectedTickets() const
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids.append(m_model.idAt(index.row()));
    }
    return ids;
}

void TicketQueueView::selectTicket(const QUuid &id)
{
    const int row = m_model.rowOf(id);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model.index(row, TicketQueueModel::SubjectColumn));
        m_table->scrollTo(m_model.index(row, 0));
    }
}

bool TicketQueueView::moveCurrent(int delta)
{
    const int rowCount = m_model.rowCount();
    if (rowCount == 0) {
        return false;
    }
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const int next = current < 0 ? 0 : current + delta;
    if (next < 0 || next >= rowCount) {
        return false;
    }
    m_table->setCurrentIndex(m_model.index(next, TicketQueueModel::SubjectColumn));
    return true;
}

void TicketQueueView::updateCount()
{
    m_count->setText(QLocale().toString(m_model.total()));
    const bool empty = m_model.total() == 0;
    if (empty) {
        m_empty->setText(searchText().isEmpty() ? tr("No tickets in this view.")
                                                : tr("No tickets match “%1”.").arg(searchText()));
        m_empty->resize(m_table->viewport()->size());
    }
    m_empty->setVisible(empty);
    updateSortButton();
}

void TicketQueueView::restoreSelection()
{
    QItemSelection selection;
    for (const QUuid &id : std::as_const(m_selectionBeforeReset)) {
        const int row = m_model.rowOf(id);
        if (row >= 0) {
            selection.select(m_model.index(row, 0), m_model.index(row, TicketQueueModel::ColumnCount - 1));
        }
    }
    const int currentRow = m_model.rowOf(m_currentBeforeReset);
    if (currentRow >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model.index(currentRow, TicketQueueModel::SubjectColumn),
                                                   QItemSelectionModel::NoUpdate);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TicketQueueView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("queue/header"), m_table->horizontalHeader()->saveState());
}

void TicketQueueView::restoreState(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("queue/header")).toByteArray());
    const auto [column, order] = TicketQueueModel::headerSortFor(m_model.sortOrder());
    m_table->horizontalHeader()->setSortIndicator(column, order);
}

} // namespace helpdesk
