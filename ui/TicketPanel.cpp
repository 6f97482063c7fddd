#include "TicketPanel.h"

#include "IconSet.h"
#include "QueueRow.h"
#include "Theme.h"
#include "TicketText.h"
#include "UserWorkspace.h"

#include "core/Clock.h"
#include "core/Team.h"
#include "store/DirectoryStore.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/TicketStore.h"
#include "sync/SyncEngine.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk {

TicketPanel::TicketPanel(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_theme(theme)
    , m_icons(icons)
{
    setObjectName(QStringLiteral("ticketPanel"));
    m_empty = new QLabel(tr("Select a ticket to see the conversation."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setProperty("muted", true);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(m_content);
    m_meta->setObjectName(QStringLiteral("ticketMeta"));
    m_meta->setProperty("muted", true);
    m_sla = new QLabel(m_content);
    m_sla->setObjectName(QStringLiteral("slaClocks"));
    m_sla->setTextFormat(Qt::RichText);

    buildProperties();

    m_messages = new QWidget;
    m_messages->setObjectName(QStringLiteral("conversation"));
    m_messagesLayout = new QVBoxLayout(m_messages);
    m_messagesLayout->setContentsMargins(12, 8, 12, 8);
    m_messagesLayout->setSpacing(10);
    m_messagesLayout->addStretch();
    m_scroll = new QScrollArea(m_content);
    m_scroll->setWidget(m_messages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_replyMode = new QPushButton(icons.icon(QStringLiteral("send")), tr("Reply"), m_content);
    m_replyMode->setObjectName(QStringLiteral("replyModeButton"));
    m_noteMode = new QPushButton(icons.icon(QStringLiteral("sticky-note")), tr("Internal note"), m_content);
    m_noteMode->setObjectName(QStringLiteral("noteModeButton"));
    m_modes = new QButtonGroup(this);
    for (QPushButton *button : {m_replyMode, m_noteMode}) {
        button->setCheckable(true);
        button->setFlat(true);
        m_modes->addButton(button);
    }
    m_replyMode->setChecked(true);
    connect(m_replyMode, &QPushButton::clicked, this, [this] { setComposerMode(false); });
    connect(m_noteMode, &QPushButton::clicked, this, [this] { setComposerMode(true); });
    m_composer = new QPlainTextEdit(m_content);
    m_composer->setObjectName(QStringLiteral("composerEdit"));
    m_composer->setMaximumHeight(140);
    m_send = new QPushButton(icons.icon(QStringLiteral("send")), tr("Send"), m_content);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &TicketPanel::send);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &TicketPanel::send);
    setComposerMode(false);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_replyMode);
    modes->addWidget(m_noteMode);
    modes->addStretch();
    modes->addWidget(m_send);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(16, 12, 16, 12);
    content->setSpacing(8);
    content->addWidget(m_title);
    content->addWidget(m_meta);
    content->addWidget(m_properties);
    content->addWidget(m_sla);
    content->addWidget(m_scroll, 1);
    content->addLayout(modes);
    content->addWidget(m_composer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_content);
    m_content->hide();

    auto *tick = new QTimer(this);
    tick->setInterval(30'000);
    connect(tick, &QTimer::timeout, this, &TicketPanel::updateSla);
    tick->start();
}

bool TicketPanel::isAgent() const
{
    return m_workspace.me().role != UserRole::Customer;
}

void TicketPanel::buildProperties()
{
    m_properties = new QWidget(m_content);
    m_properties->setObjectName(QStringLiteral("ticketProperties"));
    m_status = new QComboBox(m_properties);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (TicketStatus status : allValues<TicketStatus>()) {
        m_status->addItem(TicketText::status(status), toWireString(status));
    }
    m_priority = new QComboBox(m_properties);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (TicketPriority priority : allValues<TicketPriority>()) {
        m_priority->addItem(TicketText::priority(priority), toWireString(priority));
    }
    m_assignee = new QComboBox(m_properties);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_team = new QComboBox(m_properties);
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_tags = new QLineEdit(m_properties);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));

    auto *form = new QFormLayout(m_properties);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status);
    row->addWidget(m_priority);
    form->addRow(tr("Status"), row);
    form->addRow(tr("Assignee"), m_assignee);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Tags"), m_tags);

    connect(m_status, &QComboBox::activated, this,
            [this] { writeTicket(Json{{"status", m_status->currentData().toString().toStdString()}}); });
    connect(m_priority, &QComboBox::activated, this,
            [this] { writeTicket(Json{{"priority", m_priority->currentData().toString().toStdString()}}); });
    connect(m_assignee, &QComboBox::activated, this, [this] {
        const QUuid id = m_assignee->currentData().toUuid();
        writeTicket(Json{{"assignee_id", id.isNull() ? Json(nullptr) : Json(id.toString(QUuid::WithoutBraces).toStdString())}});
    });
    connect(m_team, &QComboBox::activated, this, [this] {
        const QUuid id = m_team->currentData().toUuid();
        writeTicket(Json{{"team_id", id.isNull() ? Json(nullptr) : Json(id.toString(QUuid::WithoutBraces).toStdString())}});
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (!m_ticket || m_filling) {
            return;
        }
        QStringList tags;
        for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const QString t = tag.trimmed().toLower(); !t.isEmpty() && !tags.contains(t)) {
                tags.append(t);
            }
        }
        if (tags != m_ticket->tags) {
            Json array = Json::array();
            for (const QString &tag : tags) {
                array.push_back(tag.toStdString());
            }
            writeTicket(Json{{"tags", array}});
        }
    });
}

void TicketPanel::fillPeople()
{
    m_filling = true;
    m_agents.clear();
    if (const MirrorTable *table = MirrorSchema::table(QStringLiteral("profiles"))) {
        MirrorStore store(m_workspace.cache());
        auto keys = store.rowKeys(*table);
        auto rows = keys.ok() ? store.rows(*table, keys.value()) : Result<Json>(keys.error());
        if (rows.ok()) {
            for (const Json &json : rows.value()) {
                try {
                    Profile profile;
                    from_json(json, profile);
                    if (profile.role != UserRole::Customer && profile.isActive) {
                        m_agents.push_back(profile);
                    }
                } catch (const std::exception &) {
                }
            }
        }
    }
    std::sort(m_agents.begin(), m_agents.end(),
              [](const Profile &a, const Profile &b) { return a.fullName.localeAwareCompare(b.fullName) < 0; });
    m_assignee->clear();
    m_assignee->addItem(m_icons.icon(QStringLiteral("user-x")), tr("Unassigned"), QUuid());
    for (const Profile &agent : m_agents) {
        m_assignee->addItem(m_icons.icon(QStringLiteral("user")),
                            agent.fullName.isEmpty() ? agent.email.value_or(QString()) : agent.fullName, agent.id);
    }
    m_team->clear();
    m_team->addItem(tr("No team"), QUuid());
    DirectoryStore directory(m_workspace.cache());
    if (auto teams = directory.teams(); teams.ok()) {
        for (const Team &team : teams.value()) {
            m_team->addItem(m_icons.icon(QStringLiteral("users")), team.name, team.id);
        }
    }
    m_filling = false;
}

void TicketPanel::showTicket(const QUuid &id)
{
    if (id.isNull()) {
        m_ticket.reset();
        m_content->hide();
        m_empty->show();
        return;
    }
    const bool other = !m_ticket || m_ticket->id != id;
    TicketStore store(m_workspace.cache());
    auto ticket = store.ticket(id);
    if (!ticket.ok() || !ticket.value()) {
        showTicket(QUuid());
        return;
    }
    m_ticket = ticket.value();
    if (other) {
        fillPeople();
        m_composer->clear();
    }
    m_filling = true;
    const Ticket &t = *m_ticket;
    m_title->setText(QStringLiteral("#%1  %2").arg(t.number).arg(t.title));
    DirectoryStore directory(m_workspace.cache());
    QString requester;
    if (auto people = directory.profilesByIds({t.requesterId}); people.ok() && !people.value().empty()) {
        const Profile &p = people.value().front();
        requester = p.fullName.isEmpty() ? p.email.value_or(QString()) : p.fullName;
    }
    m_meta->setText(tr("%1 · opened %2").arg(requester, TicketText::ago(t.createdAt, m_workspace.clock().now())));
    m_status->setCurrentIndex(m_status->findData(toWireString(t.status)));
    m_priority->setCurrentIndex(m_priority->findData(toWireString(t.priority)));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(t.assigneeId.value_or(QUuid()))));
    m_team->setCurrentIndex(qMax(0, m_team->findData(t.teamId.value_or(QUuid()))));
    m_tags->setText(t.tags.join(QStringLiteral(", ")));
    m_properties->setVisible(isAgent());
    m_noteMode->setVisible(isAgent());
    m_filling = false;
    updateSla();
    showConversation();
    m_empty->hide();
    m_content->show();
}

void TicketPanel::reload()
{
    if (m_ticket) {
        showTicket(m_ticket->id);
    }
}

void TicketPanel::updateSla()
{
    if (!m_ticket) {
        return;
    }
    const Ticket &t = *m_ticket;
    const Timestamp now = m_workspace.clock().now();
    auto clockText = [&](const QString &label, const std::optional<Timestamp> &due, const std::optional<Timestamp> &met) {
        if (met) {
            return QStringLiteral("%1: <span style='color:%2'>%3</span>")
                .arg(label, m_theme.success().name(), tr("met"));
        }
        if (!due) {
            return QString();
        }
        QueueRow row;
        row.slaDue = due;
        row.slaPaused = t.slaPausedAt.has_value();
        QColor color = m_theme.success();
        switch (row.slaState(now)) {
        case SlaState::Breached:
            color = m_theme.danger();
            break;
        case SlaState::NearingBreach:
            color = m_theme.warning();
            break;
        case SlaState::Paused:
        case SlaState::None:
            color = m_theme.mutedText();
            break;
        case SlaState::OnTrack:
            break;
        }
        const QString when = row.slaPaused ? tr("paused") : TicketText::due(*due, now);
        return QStringLiteral("%1: <span style='color:%2'>%3</span>").arg(label, color.name(), when.toHtmlEscaped());
    };
    QStringList parts;
    if (const QString first = clockText(tr("First response"), t.firstResponseDueAt, t.firstRespondedAt);
        !first.isEmpty()) {
        parts.append(first);
    }
    if (const QString resolution = clockText(tr("Resolution"), t.resolutionDueAt, t.solvedAt); !resolution.isEmpty()) {
        parts.append(resolution);
    }
    m_sla->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_sla->setVisible(!parts.isEmpty());
}

void TicketPanel::showConversation()
{
    while (m_messagesLayout->count() > 1) {
        QLayoutItem *item = m_messagesLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    TicketStore store(m_workspace.cache());
    auto messages = store.messages(m_ticket->id);
    if (!messages.ok()) {
        return;
    }
    QList<QUuid> authorIds;
    for (const TicketMessage &m : messages.value()) {
        if (m.authorId && !authorIds.contains(*m.authorId)) {
            authorIds.append(*m.authorId);
        }
    }
    QHash<QUuid, QString> names;
    DirectoryStore directory(m_workspace.cache());
    if (auto people = directory.profilesByIds(authorIds); people.ok()) {
        for (const Profile &p : people.value()) {
            names.insert(p.id, p.fullName.isEmpty() ? p.email.value_or(QString()) : p.fullName);
        }
    }
    const Timestamp now = m_workspace.clock().now();
    // The ticket's description opens the conversation.
    std::vector<TicketMessage> all;
    const auto &stored = messages.value();
    if (!m_ticket->description.isEmpty()
        && (stored.empty() || stored.front().body.trimmed() != m_ticket->description.trimmed())) {
        TicketMessage opening;
        opening.authorId = m_ticket->requesterId;
        opening.body = m_ticket->description;
        opening.createdAt = m_ticket->createdAt;
        opening.source = MessageSource::Customer;
        all.push_back(opening);
        if (!names.contains(m_ticket->requesterId)) {
            if (auto people = directory.profilesByIds({m_ticket->requesterId}); people.ok() && !people.value().empty()) {
                names.insert(m_ticket->requesterId, people.value().front().fullName);
            }
        }
    }
    all.insert(all.end(), messages.value().begin(), messages.value().end());
    m_messageCount = static_cast<int>(messages.value().size());
    int index = 0;
    for (const TicketMessage &m : all) {
        auto *frame = new QFrame(m_messages);
        frame->setObjectName(QStringLiteral("message%1").arg(index++));
        frame->setProperty(m.isInternal ? "noteMessage" : "publicMessage", true);
        frame->setProperty("internal", m.isInternal);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(12, 8, 12, 10);
        layout->setSpacing(4);
        auto *header = new QHBoxLayout;
        const QString author = m.authorId ? names.value(*m.authorId, tr("Someone")) : tr("System");
        auto *who = new QLabel(QStringLiteral("<b>%1</b>").arg(author.toHtmlEscaped()), frame);
        header->addWidget(who);
        if (m.isInternal) {
            auto *badge = new QLabel(tr("Internal note"), frame);
            badge->setObjectName(QStringLiteral("internalBadge"));
            QFont f = badge->font();
            f.setBold(true);
            f.setPointSizeF(f.pointSizeF() * 0.85);
            badge->setFont(f);
            badge->setStyleSheet(QStringLiteral("color: %1;").arg(m_theme.warning().name()));
            header->addWidget(badge);
        }
        header->addStretch();
        auto *when = new QLabel(TicketText::ago(m.createdAt, now), frame);
        when->setProperty("muted", true);
        header->addWidget(when);
        layout->addLayout(header);
        auto *body = new QLabel(m.body, frame);
        body->setObjectName(QStringLiteral("messageBody"));
        body->setTextFormat(Qt::PlainText);
        body->setWordWrap(true);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(body);
        m_messagesLayout->insertWidget(m_messagesLayout->count() - 1, frame);
    }
    QTimer::singleShot(0, this, [this] {
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    });
}

void TicketPanel::setComposerMode(bool internal)
{
    (internal ? m_noteMode : m_replyMode)->setChecked(true);
    m_composer->setPlaceholderText(internal ? tr("Write an internal note (only agents see it)…")
                                            : tr("Write a reply to the requester…"));
    m_composer->setProperty("internal", internal);
    m_composer->setStyleSheet(internal ? QStringLiteral("QPlainTextEdit { background: %1; }")
                                             .arg(m_theme.noteBackground().name())
                                       : QString());
    m_send->setText(internal ? tr("Add note") : tr("Send reply"));
}

void TicketPanel::startReply()
{
    setComposerMode(false);
    m_composer->setFocus(Qt::ShortcutFocusReason);
}

void TicketPanel::startNote()
{
    if (!isAgent()) {
        return;
    }
    setComposerMode(true);
    m_composer->setFocus(Qt::ShortcutFocusReason);
}

void TicketPanel::assignToMe()
{
    if (m_ticket && isAgent()) {
        writeTicket(Json{{"assignee_id", m_workspace.me().id.toString(QUuid::WithoutBraces).toStdString()}});
    }
}

void TicketPanel::solve()
{
    if (m_ticket && isAgent()) {
        writeTicket(Json{{"status", toWireString(TicketStatus::Solved).toStdString()}});
    }
}

bool TicketPanel::send()
{
    const QString body = m_composer->toPlainText().trimmed();
    if (!m_ticket || body.isEmpty()) {
        return false;
    }
    const bool internal = m_noteMode->isChecked() && isAgent();
    const std::string now = m_workspace.clock().now().toIsoString();
    Json row{{"ticket_id", m_ticket->id.toString(QUuid::WithoutBraces).toStdString()},
             {"author_id", m_workspace.me().id.toString(QUuid::WithoutBraces).toStdString()},
             {"body", body.toStdString()},
             {"is_internal", internal},
             {"source", isAgent() ? "agent" : "customer"}};
    Json local{{"created_at", now}, {"updated_at", now}, {"version", 1}};
    auto written = m_workspace.sync().insertRow(QStringLiteral("ticket_messages"), row, local);
    if (!written.ok()) {
        emit writeFailed(written.error().userMessage());
        return false;
    }
    m_composer->clear();
    reload();
    return true;
}

void TicketPanel::writeTicket(const Json &changes)
{
    if (!m_ticket || m_filling) {
        return;
    }
    auto written = m_workspace.sync().updateRow(QStringLiteral("tickets"), m_ticket->id.toString(QUuid::WithoutBraces),
                                                changes);
    if (!written.ok()) {
        emit writeFailed(written.error().userMessage());
    }
    reload();
}

} // namespace helpdesk
