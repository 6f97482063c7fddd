#include "TicketPanel.h"

#include "IconSet.h"
#include "QueueRow.h"
#include "Theme.h"
#include "TicketText.h"
#include "UserWorkspace.h"
#include "fields/TicketFieldsForm.h"
#include "ticket/AttachmentList.h"
#include "ticket/MacroPicker.h"
#include "ticket/MacroPlan.h"
#include "ticket/TagEditor.h"
#include "ticket/TicketHistoryView.h"

#include "core/Clock.h"
#include "core/Team.h"
#include "store/DirectoryStore.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/TicketStore.h"
#include "sync/SyncEngine.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QMimeData>
#include <QTabWidget>
#include <QUrl>
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
    m_scroll->setObjectName(QStringLiteral("conversationScroll"));

    m_history = new TicketHistoryView(workspace, icons);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("ticketTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_scroll, icons.icon(QStringLiteral("message-square")), tr("Conversation"));
    m_tabs->addTab(m_history, icons.icon(QStringLiteral("history")), tr("History"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_history && m_ticket) {
            m_history->setTicket(m_ticket->id);
        }
    });

    m_attachments = new AttachmentList(workspace, theme, icons, m_content);
    connect(m_attachments, &AttachmentList::failed, this, &TicketPanel::writeFailed);
    connect(m_attachments, &AttachmentList::uploaded, this,
            [this](const QString &name) { emit notice(tr("Attached %1").arg(name)); });

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
    // Files dropped on the composer are attached, not pasted as paths.
    m_composer->viewport()->installEventFilter(this);
    m_macroButton = new QPushButton(icons.icon(QStringLiteral("wand-sparkles")), tr("Macro…"), m_content);
    m_macroButton->setObjectName(QStringLiteral("macroButton"));
    m_macroButton->setFlat(true);
    m_macroButton->setToolTip(tr("Apply a macro (Ctrl+M)"));
    connect(m_macroButton, &QPushButton::clicked, this, &TicketPanel::chooseMacro);
    m_attachButton = new QPushButton(icons.icon(QStringLiteral("paperclip")), QString(), m_content);
    m_attachButton->setObjectName(QStringLiteral("composerAttachButton"));
    m_attachButton->setFlat(true);
    m_attachButton->setToolTip(tr("Attach files (Ctrl+Shift+A)"));
    connect(m_attachButton, &QPushButton::clicked, this, &TicketPanel::attachFiles);
    auto *macroShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    macroShortcut->setObjectName(QStringLiteral("macroShortcut"));
    macroShortcut->setContext(Qt::WindowShortcut);
    connect(macroShortcut, &QShortcut::activated, this, &TicketPanel::chooseMacro);
    auto *attachShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    attachShortcut->setObjectName(QStringLiteral("attachShortcut"));
    attachShortcut->setContext(Qt::WindowShortcut);
    connect(attachShortcut, &QShortcut::activated, this, &TicketPanel::attachFiles);
    setAcceptDrops(true);
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
    modes->addWidget(m_macroButton);
    modes->addWidget(m_attachButton);
    modes->addWidget(m_send);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(16, 12, 16, 12);
    content->setSpacing(8);
    content->addWidget(m_title);
    content->addWidget(m_meta);
    content->addWidget(m_properties);
    content->addWidget(m_fields);
    content->addWidget(m_sla);
    content->addWidget(m_tabs, 1);
    content->addWidget(m_attachments);
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
    m_tags = new TagEditor(m_icons, m_properties);
    connect(m_tags, &TagEditor::tagsEdited, this, &TicketPanel::setTags);
    connect(m_tags, &TagEditor::suggestionsWanted, this,
            [this] { m_tags->setSuggestions(TagEditor::knownTags(m_workspace.cache())); });

    auto *form = new QFormLayout(m_properties);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(4);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(new QLabel(tr("Priority"), m_properties));
    row->addWidget(m_priority, 1);
    form->addRow(tr("Status"), row);
    auto *people = new QHBoxLayout;
    people->addWidget(m_assignee, 1);
    people->addWidget(new QLabel(tr("Team"), m_properties));
    people->addWidget(m_team, 1);
    form->addRow(tr("Assignee"), people);
    form->addRow(tr("Tags"), m_tags);
    // Custom fields sit apart from the agent-only properties: customers see the ones shared with them, read-only.
    m_fields = new TicketFieldsForm(m_content);
    m_fields->setObjectName(QStringLiteral("ticketFieldsForm"));
    connect(m_fields, &TicketFieldsForm::fieldChanged, this, [this](const QString &key, const QVariant &value) {
        if (!m_ticket || m_filling || !isAgent()) {
            return;
        }
        for (const FieldDefinition &definition : m_fields->definitions()) {
            if (definition.key == key) {
                Json fields = m_ticket->customFields.is_object() ? m_ticket->customFields : Json::object();
                fields[key.toStdString()] = definition.toJsonValue(value);
                writeTicket(Json{{"custom_fields", fields}});
                return;
            }
        }
    });

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
        const bool had = m_ticket.has_value();
        m_ticket.reset();
        m_content->hide();
        m_empty->show();
        m_attachments->setTicket(QUuid());
        if (had) {
            emit currentTicketChanged(QUuid());
        }
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
        auto definitions = FieldDefinition::loadAll(m_workspace.sync().mirror());
        m_fields->setDefinitions(definitions.ok() ? definitions.value() : std::vector<FieldDefinition>());
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
    const QString opened = TicketText::ago(t.createdAt, m_workspace.clock().now());
    m_meta->setText(isAgent() ? tr("%1 · opened %2").arg(requester, opened)
                              : tr("%1 · opened %2").arg(TicketText::status(t.status), opened));
    m_status->setCurrentIndex(m_status->findData(toWireString(t.status)));
    m_priority->setCurrentIndex(m_priority->findData(toWireString(t.priority)));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(t.assigneeId.value_or(QUuid()))));
    m_team->setCurrentIndex(qMax(0, m_team->findData(t.teamId.value_or(QUuid()))));
    m_tags->setTags(t.tags);
    m_fields->setValues(t.customFields);
    m_fields->setReadOnly(!isAgent());
    m_fields->setVisible(!m_fields->isEmpty());
    m_properties->setVisible(isAgent());
    m_noteMode->setVisible(isAgent());
    m_macroButton->setVisible(isAgent());
    m_filling = false;
    updateSla();
    showConversation();
    m_attachments->setTicket(t.id);
    if (m_tabs->currentWidget() == m_history) {
        if (other) {
            m_history->setTicket(t.id);
        } else if (t.version != m_historyVersion) {
            m_history->refresh(); // the server took a change: its trail has a new entry
        }
    }
    m_historyVersion = t.version;
    m_empty->hide();
    m_content->show();
    if (other) {
        emit currentTicketChanged(t.id);
    }
}

void TicketPanel::reload()
{
    if (m_ticket) {
        showTicket(m_ticket->id);
        m_attachments->reload();
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

bool TicketPanel::writeTicket(const Json &changes)
{
    if (!m_ticket || m_filling) {
        return false;
    }
    auto written = m_workspace.sync().updateRow(QStringLiteral("tickets"), m_ticket->id.toString(QUuid::WithoutBraces),
                                                changes);
    if (!written.ok()) {
        emit writeFailed(written.error().userMessage());
    }
    reload();
    return written.ok();
}

void TicketPanel::setTags(const QStringList &tags)
{
    if (!m_ticket || m_filling || !isAgent()) {
        return;
    }
    QStringList normalised;
    for (const QString &tag : tags) {
        if (const QString t = TagEditor::normalise(tag); !t.isEmpty() && !normalised.contains(t)) {
            normalised.append(t);
        }
    }
    if (normalised == m_ticket->tags) {
        return;
    }
    Json array = Json::array();
    for (const QString &tag : normalised) {
        array.push_back(tag.toStdString());
    }
    writeTicket(Json{{"tags", array}});
}

void TicketPanel::insertIntoComposer(const QString &text)
{
    if (!m_ticket || text.isEmpty()) {
        return;
    }
    QTextCursor cursor = m_composer->textCursor();
    cursor.insertText(text);
    m_composer->setTextCursor(cursor);
    m_composer->setFocus(Qt::OtherFocusReason);
}

void TicketPanel::addSideTab(QWidget *widget, const QIcon &icon, const QString &title)
{
    if (widget) {
        m_tabs->addTab(widget, icon, title);
    }
}

void TicketPanel::chooseMacro()
{
    if (!m_ticket || !isAgent() || !isVisible()) {
        return;
    }
    QList<QUuid> teams;
    DirectoryStore directory(m_workspace.cache());
    if (auto mine = directory.teamIdsOf(m_workspace.me().id); mine.ok()) {
        teams = mine.value();
    }
    if (m_ticket->teamId && !teams.contains(*m_ticket->teamId)) {
        teams.append(*m_ticket->teamId);
    }
    auto *picker = new MacroPicker(m_workspace.cache(), teams, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &MacroPicker::macroChosen, this, [this](const Macro &macro) { applyMacro(macro); });
    picker->open();
}

bool TicketPanel::applyMacro(const Macro &macro)
{
    if (!m_ticket || !isAgent()) {
        return false;
    }
    std::optional<Profile> requester;
    DirectoryStore directory(m_workspace.cache());
    if (auto people = directory.profilesByIds({m_ticket->requesterId}); people.ok() && !people.value().empty()) {
        requester = people.value().front();
    }
    const MacroPlan plan = MacroPlan::build(macro, *m_ticket, m_workspace.me(), requester);
    setComposerMode(false);
    if (!m_composer->toPlainText().trimmed().isEmpty() && !plan.body.isEmpty()) {
        m_composer->moveCursor(QTextCursor::End);
        m_composer->insertPlainText(QStringLiteral("\n\n"));
    }
    insertIntoComposer(plan.body);
    bool ok = true;
    if (!plan.changes.empty()) {
        ok = writeTicket(plan.changes);
    }
    QString message = tr("Macro “%1” applied").arg(macro.title);
    if (!plan.summary.isEmpty()) {
        message += QStringLiteral(": ") + plan.summary.join(QStringLiteral(", "));
    }
    if (!plan.skipped.isEmpty()) {
        message += QStringLiteral(" ") + tr("(not applied: %1)").arg(plan.skipped.join(QStringLiteral(", ")));
    }
    emit notice(message);
    return ok;
}

void TicketPanel::attachFiles()
{
    if (m_ticket && isVisible()) {
        m_attachments->chooseAndUpload();
    }
}

QStringList TicketPanel::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime && mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                files.append(url.toLocalFile());
            }
        }
    }
    return files;
}

void TicketPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_ticket && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void TicketPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (m_ticket && !files.isEmpty()) {
        event->acceptProposedAction();
        m_attachments->upload(files);
    }
}

bool TicketPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_composer->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (m_ticket && !localFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList files = localFiles(drop->mimeData());
            if (m_ticket && !files.isEmpty()) {
                drop->acceptProposedAction();
                m_attachments->upload(files);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace helpdesk
