#include "ticket/BulkActionBar.h"

#include "IconSet.h"
#include "MessageBox.h"
#include "TicketText.h"
#include "UserWorkspace.h"
#include "ticket/TagEditor.h"

#include "core/Ticket.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/TicketStore.h"
#include "sync/SyncEngine.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace helpdesk {

QString BulkOutcome::summary() const
{
    if (cancelled) {
        return tr("Nothing changed.");
    }
    QString text = tr("Changed %n ticket(s)", nullptr, changed);
    if (unchanged > 0) {
        text += QStringLiteral("; ") + tr("%n already had it", nullptr, unchanged);
    }
    if (failed > 0) {
        text += QStringLiteral("; ") + tr("%n could not be changed", nullptr, failed);
    }
    return text + QLatin1Char('.');
}

BulkActionBar::BulkActionBar(UserWorkspace &workspace, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_icons(icons)
{
    setObjectName(QStringLiteral("bulkActionBar"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("bulkCount"));
    auto makeButton = [this, &icons](const char *name, const QString &icon, const QString &text) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setIcon(icons.icon(icon));
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setAutoRaise(true);
        button->setMenu(new QMenu(button));
        return button;
    };
    m_assign = makeButton("bulkAssign", QStringLiteral("user-check"), tr("Assign"));
    m_status = makeButton("bulkStatus", QStringLiteral("circle-dot"), tr("Status"));
    m_priority = makeButton("bulkPriority", QStringLiteral("zap"), tr("Priority"));
    m_tags = makeButton("bulkTags", QStringLiteral("tags"), tr("Tags"));
    connect(m_assign->menu(), &QMenu::aboutToShow, this, &BulkActionBar::fillAssignMenu);
    for (TicketStatus status : allValues<TicketStatus>()) {
        m_status->menu()->addAction(TicketText::status(status), this, [this, status] {
            BulkChange change;
            change.kind = BulkChange::Kind::Status;
            change.status = status;
            apply(change);
        });
    }
    for (TicketPriority priority : allValues<TicketPriority>()) {
        m_priority->menu()->addAction(TicketText::priority(priority), this, [this, priority] {
            BulkChange change;
            change.kind = BulkChange::Kind::Priority;
            change.priority = priority;
            apply(change);
        });
    }
    m_tags->menu()->addAction(icons.icon(QStringLiteral("plus")), tr("Add a tag…"), this, [this] { askTag(true); });
    m_tags->menu()->addAction(icons.icon(QStringLiteral("x")), tr("Remove a tag…"), this, [this] { askTag(false); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 2, 12, 2);
    layout->addWidget(m_count);
    layout->addSpacing(12);
    layout->addWidget(m_assign);
    layout->addWidget(m_status);
    layout->addWidget(m_priority);
    layout->addWidget(m_tags);
    layout->addStretch();
    hide();
}

void BulkActionBar::setSelection(const QList<QUuid> &ids)
{
    m_ids = ids;
    m_ids.removeAll(QUuid());
    m_count->setText(tr("%n selected", nullptr, static_cast<int>(m_ids.size())));
    setVisible(m_ids.size() > 1);
}

void BulkActionBar::fillAssignMenu()
{
    QMenu *menu = m_assign->menu();
    menu->clear();
    auto assign = [this](const QUuid &id) {
        BulkChange change;
        change.kind = BulkChange::Kind::Assign;
        change.assignee = id;
        apply(change);
    };
    const QUuid me = m_workspace.me().id;
    menu->addAction(m_icons.icon(QStringLiteral("user-check")), tr("Me"), this, [assign, me] { assign(me); });
    menu->addAction(m_icons.icon(QStringLiteral("user-x")), tr("Unassign"), this, [assign] { assign(QUuid()); });
    menu->addSeparator();
    const MirrorTable *table = MirrorSchema::table(QStringLiteral("profiles"));
    if (!table) {
        return;
    }
    MirrorStore store(m_workspace.cache());
    auto keys = store.rowKeys(*table);
    auto rows = keys.ok() ? store.rows(*table, keys.value()) : Result<Json>(keys.error());
    if (!rows.ok()) {
        return;
    }
    std::vector<Profile> agents;
    for (const Json &json : rows.value()) {
        try {
            Profile p;
            from_json(json, p);
            if (p.role != UserRole::Customer && p.isActive && p.id != me) {
                agents.push_back(p);
            }
        } catch (const std::exception &) {
        }
    }
    std::sort(agents.begin(), agents.end(),
              [](const Profile &a, const Profile &b) { return a.fullName.localeAwareCompare(b.fullName) < 0; });
    for (const Profile &agent : agents) {
        const QUuid id = agent.id;
        menu->addAction(m_icons.icon(QStringLiteral("user")),
                        agent.fullName.isEmpty() ? agent.email.value_or(QString()) : agent.fullName, this,
                        [assign, id] { assign(id); });
    }
}

void BulkActionBar::askTag(bool add)
{
    bool ok = false;
    const QString tag = QInputDialog::getText(this, add ? tr("Add a tag") : tr("Remove a tag"),
                                              add ? tr("Tag to add to the selected tickets:")
                                                  : tr("Tag to remove from the selected tickets:"),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok || TagEditor::normalise(tag).isEmpty()) {
        return;
    }
    BulkChange change;
    change.kind = add ? BulkChange::Kind::AddTag : BulkChange::Kind::RemoveTag;
    change.tag = tag;
    apply(change);
}

BulkOutcome BulkActionBar::apply(const BulkChange &change)
{
    BulkOutcome outcome;
    outcome.selected = static_cast<int>(m_ids.size());
    if (m_ids.isEmpty()) {
        return outcome;
    }
    if (m_ids.size() > kConfirmAbove) {
        const auto answer = MessageBox::question(
            this, tr("Change %n tickets?", nullptr, outcome.selected),
            tr("This changes %n tickets at once. There is no undo for a bulk change.", nullptr, outcome.selected),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            outcome.cancelled = true;
            emit applied(outcome);
            return outcome;
        }
    }
    TicketStore tickets(m_workspace.cache());
    auto rows = tickets.ticketsByIds(m_ids);
    if (!rows.ok()) {
        outcome.failed = outcome.selected;
        emit applied(outcome);
        return outcome;
    }
    const QString tag = TagEditor::normalise(change.tag);
    SyncEngine &sync = m_workspace.sync();
    auto work = [&]() -> Result<void> {
        for (const Ticket &t : rows.value()) {
            Json changes = Json::object();
            switch (change.kind) {
            case BulkChange::Kind::Assign:
                if (t.assigneeId.value_or(QUuid()) != change.assignee) {
                    changes["assignee_id"] = change.assignee.isNull()
                                                 ? Json(nullptr)
                                                 : Json(change.assignee.toString(QUuid::WithoutBraces).toStdString());
                }
                break;
            case BulkChange::Kind::Status:
                if (t.status != change.status) {
                    changes["status"] = toWireString(change.status).toStdString();
                }
                break;
            case BulkChange::Kind::Priority:
                if (t.priority != change.priority) {
                    changes["priority"] = toWireString(change.priority).toStdString();
                }
                break;
            case BulkChange::Kind::AddTag:
            case BulkChange::Kind::RemoveTag: {
                QStringList tags = t.tags;
                const bool add = change.kind == BulkChange::Kind::AddTag;
                if (add && !tag.isEmpty() && !tags.contains(tag)) {
                    tags.append(tag);
                } else if (!add) {
                    tags.removeAll(tag);
                }
                if (tags != t.tags) {
                    Json array = Json::array();
                    for (const QString &each : tags) {
                        array.push_back(each.toStdString());
                    }
                    changes["tags"] = array;
                }
                break;
            }
            }
            if (changes.empty()) {
                ++outcome.unchanged;
                continue;
            }
            auto written = sync.updateRow(QStringLiteral("tickets"), t.id.toString(QUuid::WithoutBraces), changes);
            if (written.ok()) {
                ++outcome.changed;
            } else {
                ++outcome.failed;
            }
        }
        return {};
    };
    // One cache transaction for the whole change: hundreds of tickets stay quick.
    (void)m_workspace.cache().transaction(work);
    outcome.failed += outcome.selected - static_cast<int>(rows.value().size()); // no longer in the cache
    emit applied(outcome);
    return outcome;
}

} // namespace helpdesk
