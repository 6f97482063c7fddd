#pragma once

#include "core/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QToolButton;

namespace helpdesk {

class IconSet;
class UserWorkspace;

// One change applied to many tickets.
struct BulkChange
{
    enum class Kind { Assign, Status, Priority, AddTag, RemoveTag };
    Kind kind = Kind::Status;
    QUuid assignee;  // Assign: null = unassign
    TicketStatus status = TicketStatus::Open;
    TicketPriority priority = TicketPriority::Normal;
    QString tag;     // AddTag / RemoveTag
};

struct BulkOutcome
{
    Q_DECLARE_TR_FUNCTIONS(helpdesk::BulkOutcome)
public:
    int selected = 0;
    int changed = 0;
    int unchanged = 0; // already had the value
    int failed = 0;
    bool cancelled = false;
    QString summary() const;
};

// Shown above the queue while several tickets are selected: assign (me / someone / unassign), status,
// priority, add or remove a tag. Each change is one write per ticket that actually changes, through the
// sync engine in one cache transaction (works offline). Above kConfirmAbove tickets it asks once first.
class BulkActionBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kConfirmAbove = 20;

    BulkActionBar(UserWorkspace &workspace, const IconSet &icons, QWidget *parent = nullptr);

    void setSelection(const QList<QUuid> &ids);
    QList<QUuid> selection() const { return m_ids; }
    BulkOutcome apply(const BulkChange &change);

signals:
    void applied(const helpdesk::BulkOutcome &outcome);

private:
    void fillAssignMenu();
    void askTag(bool add);

    UserWorkspace &m_workspace;
    const IconSet &m_icons;
    QList<QUuid> m_ids;
    QLabel *m_count = nullptr;
    QToolButton *m_assign = nullptr;
    QToolButton *m_status = nullptr;
    QToolButton *m_priority = nullptr;
    QToolButton *m_tags = nullptr;
};

} // namespace helpdesk
