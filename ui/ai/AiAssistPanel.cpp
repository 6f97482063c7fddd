#include "AiAssistPanel.h"

#include "AssistClient.h"
#include "AssistSection.h"

#include "ui/IconSet.h"
#include "ui/MessageBox.h"
#include "ui/TicketText.h"
#include "ui/UserWorkspace.h"

#include "core/Team.h"
#include "core/Ticket.h"
#include "core/Timestamp.h"
#include "store/DirectoryStore.h"
#include "store/LocalSearch.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"
#include "store/TicketStore.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk {

namespace {

using assistjson::member;
using assistjson::number;
using assistjson::string;

QString percent(double confidence)
{
    return QLocale().toString(qRound(std::clamp(confidence, 0.0, 1.0) * 100.0)) + QStringLiteral(" %");
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The ticket's category the way the assistant reads it: custom_fields.category, else its first tag.
QString categoryOf(const Ticket &ticket)
{
    if (ticket.customFields.is_object()) {
        const QString category = string(ticket.customFields, "category");
        if (!category.isEmpty()) {
            return category;
        }
    }
    return ticket.tags.isEmpty() ? QString() : ticket.tags.first();
}

QString priorityText(const QString &wire)
{
    auto priority = fromWire<TicketPriority>(wire);
    return priority.ok() ? TicketText::priority(priority.value()) : wire;
}

QString fieldTitle(const QString &field)
{
    if (field == QLatin1String("category")) {
        return AiAssistPanel::tr("Category");
    }
    if (field == QLatin1String("team")) {
        return AiAssistPanel::tr("Team");
    }
    if (field == QLatin1String("priority")) {
        return AiAssistPanel::tr("Priority");
    }
    return AiAssistPanel::tr("Tags");
}

// The name of a team from the cache ("another team" when it is not there).
QString teamName(UserWorkspace &workspace, const QUuid &id)
{
    DirectoryStore directory(workspace.cache());
    if (auto teams = directory.teams(); teams.ok()) {
        for (const Team &team : teams.value()) {
            if (team.id == id) {
                return team.name;
            }
        }
    }
    return AiAssistPanel::tr("another team");
}

// "category" → "triageCategory" (object names of a triage row's widgets).
QString rowName(const QString &field)
{
    return QStringLiteral("triage") + field.left(1).toUpper() + field.mid(1);
}

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("waiting_for_agent")) {
        return AiAssistPanel::tr("Waiting for us");
    }
    if (state == QLatin1String("waiting_for_customer")) {
        return AiAssistPanel::tr("Waiting for the customer");
    }
    if (state == QLatin1String("resolved")) {
        return AiAssistPanel::tr("Resolved");
    }
    return AiAssistPanel::tr("Nothing written yet");
}

QString sentimentText(const QString &label)
{
    if (label == QLatin1String("negative")) {
        return AiAssistPanel::tr("negative");
    }
    if (label == QLatin1String("positive")) {
        return AiAssistPanel::tr("positive");
    }
    return AiAssistPanel::tr("neutral");
}

} // namespace

AiAssistPanel::AiAssistPanel(UserWorkspace &workspace, const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_icons(icons)
    , m_client(new AssistClient(workspace.connection(), this))
{
    setObjectName(QStringLiteral("aiAssistPanel"));
    m_heading = new QLabel(tr("Assistant"), this);
    m_heading->setObjectName(QStringLiteral("aiHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    auto *hint = new QLabel(tr("Suggestions only: nothing is sent or changed until you click."), this);
    hint->setObjectName(QStringLiteral("aiHint"));
    hint->setWordWrap(true);
    hint->setProperty("muted", true);

    m_offlineBanner = new QLabel(this);
    m_offlineBanner->setObjectName(QStringLiteral("aiOffline"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setText(tr("The assistant needs a connection to the server. You are offline: suggestions "
                                "come back when the connection does."));
    m_offlineBanner->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #d9a400; border-radius: 4px; "
                                                  "padding: 6px; }"));
    m_offlineBanner->hide();

    m_triageSection = new AssistSection(QStringLiteral("triage"), tr("Triage"), this);
    m_replySection = new AssistSection(QStringLiteral("reply"), tr("Suggested reply"), this);
    m_summarySection = new AssistSection(QStringLiteral("summary"), tr("Summary"), this);
    m_similarSection = new AssistSection(QStringLiteral("similar"), tr("Similar tickets and articles"), this);

    auto makeAction = [this](AssistSection *owner, const QString &icon, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(m_icons.icon(icon), text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        addAction(action);
        owner->commandButton()->setDefaultAction(action);
        return action;
    };
    m_triageAction = makeAction(m_triageSection, QStringLiteral("tags"), tr("Triage again"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    m_replyAction = makeAction(m_replySection, QStringLiteral("wand-sparkles"), tr("Suggest reply"),
                               QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_summaryAction = makeAction(m_summarySection, QStringLiteral("text-quote"), tr("Summarize"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_similarAction = makeAction(m_similarSection, QStringLiteral("search"), tr("Find similar"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    connect(m_triageAction, &QAction::triggered, this, [this] { triage(true); });
    connect(m_replyAction, &QAction::triggered, this, [this] { suggestReply(m_loaded.value(Section::Reply)); });
    connect(m_summaryAction, &QAction::triggered, this, [this] { summarize(m_loaded.value(Section::Summary)); });
    connect(m_similarAction, &QAction::triggered, this, &AiAssistPanel::findSimilar);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("aiSections"));
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->setSpacing(8);
    for (AssistSection *s : {m_triageSection, m_replySection, m_summarySection, m_similarSection}) {
        sections->addWidget(s);
    }
    sections->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *title = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(m_icons.icon(QStringLiteral("sparkles")).pixmap(18, 18));
    title->addWidget(icon);
    title->addWidget(m_heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(title);
    layout->addWidget(hint);
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_scroll, 1);

    connect(&m_workspace.sync(), &SyncEngine::stateChanged, this, &AiAssistPanel::updateConnectivity);
    connect(&m_workspace.sync(), &SyncEngine::rowsChanged, this, &AiAssistPanel::onRowsChanged);
    clearSections();
    updateConnectivity();
}

AiAssistPanel::~AiAssistPanel()
{
    cancelAll();
}

bool AiAssistPanel::isAgent() const
{
    return m_workspace.me().role != UserRole::Customer;
}

QList<QAction *> AiAssistPanel::commands() const
{
    return {m_triageAction, m_replyAction, m_summaryAction, m_similarAction};
}

AssistSection *AiAssistPanel::section(Section which) const
{
    switch (which) {
    case Section::Triage:
        return m_triageSection;
    case Section::Reply:
        return m_replySection;
    case Section::Summary:
        return m_summarySection;
    case Section::Similar:
        return m_similarSection;
    }
    return m_triageSection;
}

bool AiAssistPanel::isBusy(Section which) const
{
    return section(which)->isBusy();
}

QUuid AiAssistPanel::suggestionId(Section which) const
{
    return m_suggestions.value(which);
}

QString AiAssistPanel::statusText(Section which) const
{
    return section(which)->status();
}

QString AiAssistPanel::providerText(Section which) const
{
    return section(which)->providerText();
}

QString AiAssistPanel::replyDraft() const
{
    return m_replyText;
}

void AiAssistPanel::cancelAll()
{
    // Copy first: a cancelled call's callback runs at once and must not touch the hash being walked.
    const auto pending = m_pending;
    m_pending.clear();
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        RequestHandle handle = it.value().handle;
        handle.cancel();
    }
}

void AiAssistPanel::clearSections()
{
    for (Section which : {Section::Triage, Section::Reply, Section::Summary, Section::Similar}) {
        AssistSection *s = section(which);
        s->setBusy(false);
        s->clearBody();
        s->clearProvider();
        s->setStatus({});
    }
    m_suggestions.clear();
    m_loaded.clear();
    m_triage = Json::object();
    m_openTriageFields.clear();
    m_dismissedTriage.clear();
    m_triageApplied = false;
    m_triageDecided = false;
    m_replyDecided = false;
    m_summaryDecided = false;
    m_replyText.clear();
    if (m_ticket.isNull()) {
        m_triageSection->setStatus(tr("Select a ticket to see the assistant's suggestions."));
    } else {
        m_replySection->setStatus(tr("A draft grounded in the help articles and similar solved tickets."));
        m_summarySection->setStatus(tr("The thread in four lines: problem, what was tried, state, next step."));
    }
}

void AiAssistPanel::setTicket(const QUuid &id)
{
    if (id == m_ticket) {
        return;
    }
    cancelAll();
    m_ticket = id;
    clearSections();
    const bool usable = !m_ticket.isNull() && isAgent();
    for (QAction *action : commands()) {
        action->setEnabled(usable && !m_offline);
    }
    if (!isAgent() && !m_ticket.isNull()) {
        m_triageSection->setStatus(tr("The assistant panel is for agents."));
        return;
    }
    if (!usable) {
        return;
    }
    if (m_offline) {
        updateConnectivity();
        return;
    }
    triage();
    findSimilar();
}

// Offline, "Similar" still has something: solved tickets and published articles from the local cache whose text
// matches the ticket's most distinctive title words (the cache's full-text index, no server).
void AiAssistPanel::showLocalSimilar()
{
    AssistSection *s = m_similarSection;
    s->clearBody();
    s->clearProvider();
    TicketStore store(m_workspace.cache());
    auto loaded = store.ticket(m_ticket);
    if (!loaded.ok() || !loaded.value()) {
        s->setStatus(tr("Needs a connection."));
        return;
    }
    static const QStringList common{QStringLiteral("when"),  QStringLiteral("with"),  QStringLiteral("after"),
                                    QStringLiteral("from"),  QStringLiteral("that"),  QStringLiteral("this"),
                                    QStringLiteral("have"),  QStringLiteral("does"),  QStringLiteral("doesn"),
                                    QStringLiteral("cannot"), QStringLiteral("please"), QStringLiteral("working"),
                                    QStringLiteral("there"), QStringLiteral("their"), QStringLiteral("about")};
    QStringList words;
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]{4,}"));
    auto matches = wordPattern.globalMatch(loaded.value()->title.toLower());
    while (matches.hasNext()) {
        const QString word = matches.next().captured(0);
        if (!common.contains(word) && !words.contains(word)) {
            words.append(word);
        }
    }
    std::stable_sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    LocalSearch search(m_workspace.cache());
    QList<QUuid> ticketIds;
    QList<QUuid> articleIds;
    // Two words first (closer matches), then each word alone until something is found.
    QStringList queries;
    if (words.size() >= 2) {
        queries.append(words.mid(0, 2).join(QLatin1Char(' ')));
    }
    for (const QString &word : words.mid(0, 3)) {
        queries.append(word);
    }
    for (const QString &query : queries) {
        if (ticketIds.isEmpty()) {
            if (auto hits = search.tickets(query, 40); hits.ok()) {
                auto found = [&] {
                    QList<QUuid> ids;
                    for (const auto &hit : hits.value()) {
                        if (hit.id != m_ticket) {
                            ids.append(hit.id);
                        }
                    }
                    return ids;
                }();
                if (auto tickets = store.ticketsByIds(found); tickets.ok()) {
                    for (const Ticket &t : tickets.value()) {
                        if ((t.status == TicketStatus::Solved || t.status == TicketStatus::Closed) && !t.deletedAt
                            && ticketIds.size() < 5) {
                            ticketIds.append(t.id);
                        }
                    }
                }
            }
        }
        if (articleIds.isEmpty()) {
            if (auto hits = search.kbArticles(query, 3); hits.ok()) {
                for (const auto &hit : hits.value()) {
                    articleIds.append(hit.id);
                }
            }
        }
    }
    const MirrorTable *articles = MirrorSchema::table(QStringLiteral("kb_articles"));
    MirrorStore mirror(m_workspace.cache());
    int shown = 0;
    for (const QUuid &id : articleIds) {
        auto row = articles ? mirror.row(*articles, idText(id)) : Result<std::optional<Json>>(std::nullopt);
        if (!row.ok() || !row.value() || string(*row.value(), "status") != QLatin1String("published")) {
            continue;
        }
        auto *link = new QPushButton(m_icons.icon(QStringLiteral("book-open")), string(*row.value(), "title"), s);
        link->setObjectName(QStringLiteral("similarArticle"));
        link->setProperty("targetId", id);
        link->setFlat(true);
        link->setStyleSheet(QStringLiteral("text-align: left;"));
        link->setToolTip(tr("Open the article"));
        connect(link, &QPushButton::clicked, this, [this, id] { emit openArticleRequested(id); });
        s->body()->addWidget(link);
        ++shown;
    }
    if (auto tickets = store.ticketsByIds(ticketIds); tickets.ok()) {
        for (const Ticket &t : tickets.value()) {
            const QUuid id = t.id;
            auto *link = new QPushButton(m_icons.icon(QStringLiteral("ticket")),
                                         tr("#%1 %2").arg(static_cast<qlonglong>(t.number)).arg(t.title), s);
            link->setObjectName(QStringLiteral("similarTicket"));
            link->setProperty("targetId", id);
            link->setFlat(true);
            link->setStyleSheet(QStringLiteral("text-align: left;"));
            link->setToolTip(tr("Open the solved ticket"));
            connect(link, &QPushButton::clicked, this, [this, id] { emit openTicketRequested(id); });
            s->body()->addWidget(link);
            ++shown;
        }
    }
    s->setStatus(shown == 0 ? tr("Needs a connection; nothing similar in the local cache either.")
                            : tr("Offline: found in your local cache. The assistant's ranking needs a connection."));
}

void AiAssistPanel::updateConnectivity()
{
    const bool offline = m_workspace.sync().state() == SyncEngine::State::Offline;
    const bool changed = offline != m_offline;
    m_offline = offline;
    m_offlineBanner->setVisible(offline);
    const bool usable = !m_ticket.isNull() && isAgent();
    for (QAction *action : commands()) {
        action->setEnabled(usable && !offline);
    }
    if (offline) {
        for (Section which : {Section::Triage, Section::Reply, Section::Summary, Section::Similar}) {
            if (!m_loaded.value(which) && !isBusy(which) && usable) {
                section(which)->setStatus(tr("Needs a connection."));
            }
        }
        if (usable && !m_loaded.value(Section::Similar) && !isBusy(Section::Similar)) {
            showLocalSimilar();
        }
        return;
    }
    if (changed && usable) {
        // Back online: load what the offline state left empty.
        if (!m_loaded.value(Section::Triage) && !isBusy(Section::Triage)) {
            triage();
        }
        if (!m_loaded.value(Section::Similar) && !isBusy(Section::Similar)) {
            findSimilar();
        }
        for (Section which : {Section::Reply, Section::Summary}) {
            if (!m_loaded.value(which) && !isBusy(which)) {
                section(which)->setStatus({});
            }
        }
    }
}

void AiAssistPanel::triage(bool forceRefresh)
{
    Json body{{"action", "triage"}, {"ticket_id", idText(m_ticket).toStdString()}};
    if (forceRefresh) {
        body["force_refresh"] = true;
    }
    run(Section::Triage, body);
}

void AiAssistPanel::suggestReply(bool forceRefresh)
{
    Json body{{"action", "suggest_reply"}, {"ticket_id", idText(m_ticket).toStdString()}};
    if (forceRefresh) {
        body["force_refresh"] = true;
    }
    run(Section::Reply, body);
}

void AiAssistPanel::summarize(bool forceRefresh)
{
    Json body{{"action", "summarize"}, {"ticket_id", idText(m_ticket).toStdString()}};
    if (forceRefresh) {
        body["force_refresh"] = true;
    }
    run(Section::Summary, body);
}

void AiAssistPanel::findSimilar()
{
    run(Section::Similar,
        Json{{"action", "similar"}, {"ticket_id", idText(m_ticket).toStdString()}, {"limit", 5}});
}

void AiAssistPanel::run(Section which, const Json &body)
{
    if (m_ticket.isNull() || !isAgent()) {
        return;
    }
    AssistSection *s = section(which);
    if (m_offline) {
        s->setStatus(tr("Needs a connection."));
        return;
    }
    if (auto it = m_pending.find(which); it != m_pending.end()) {
        RequestHandle previous = it.value().handle;
        m_pending.erase(it);
        previous.cancel();
    }
    s->setBusy(true, which == Section::Reply     ? tr("Writing a draft…")
                     : which == Section::Summary ? tr("Reading the thread…")
                     : which == Section::Similar ? tr("Searching…")
                                                 : tr("Triaging…"));
    const QUuid ticket = m_ticket;
    Pending pending;
    pending.ticket = ticket;
    pending.handle = m_client->run(body, this, [this, which, ticket](Result<AssistAnswer> answer) {
        if (!answer.ok() && answer.error().kind == Error::Kind::Cancelled) {
            return; // the ticket changed or the section was asked again: the newer call owns the section
        }
        if (ticket != m_ticket) {
            return;
        }
        m_pending.remove(which);
        section(which)->setBusy(false);
        if (answer.ok()) {
            showAnswer(which, answer.value());
        } else {
            showError(which, answer.error());
        }
        emit sectionFinished(which);
    });
    if (pending.handle.isActive()) {
        m_pending.insert(which, pending);
    }
}

void AiAssistPanel::showError(Section which, const Error &error)
{
    AssistSection *s = section(which);
    s->setStatus(AssistClient::errorText(error), !AssistClient::isConnectionError(error));
}

void AiAssistPanel::showAnswer(Section which, const AssistAnswer &answer)
{
    AssistSection *s = section(which);
    s->clearBody();
    s->setStatus({});
    s->setProvider(answer);
    m_suggestions.insert(which, answer.suggestionId);
    m_loaded.insert(which, true);
    switch (which) {
    case Section::Triage:
        showTriage(answer);
        break;
    case Section::Reply:
        showReply(answer);
        break;
    case Section::Summary:
        showSummary(answer);
        break;
    case Section::Similar:
        showSimilar(answer);
        break;
    }
}

// Triage -------------------------------------------------------------------------------------------------------

void AiAssistPanel::showTriage(const AssistAnswer &answer)
{
    m_triage = answer.result;
    m_dismissedTriage.clear();
    m_triageApplied = false;
    m_triageDecided = false;
    renderTriage();
}

// The triage rows against the ticket as the cache holds it now (re-drawn when the ticket changes, so "already set"
// and "now: …" stay true while the agent or someone else edits it).
void AiAssistPanel::renderTriage()
{
    m_openTriageFields.clear();
    const Json &result = m_triage;
    AssistSection *s = m_triageSection;
    s->clearBody();
    if (!result.is_object() || result.empty()) {
        return;
    }

    auto *overall = new QLabel(s);
    overall->setObjectName(QStringLiteral("triageConfidence"));
    overall->setText(tr("Overall confidence: %1").arg(percent(number(result, "confidence"))));
    s->body()->addWidget(overall);

    TicketStore store(m_workspace.cache());
    auto loaded = store.ticket(m_ticket);
    const std::optional<Ticket> ticket = loaded.ok() ? loaded.value() : std::nullopt;

    auto addRow = [&](const QString &field, const QString &valueText, double confidence, const QString &currentText,
                      bool alreadySet) {
        if (m_dismissedTriage.contains(field)) {
            return;
        }
        auto *row = new QWidget(s);
        row->setObjectName(rowName(field) + QStringLiteral("Row"));
        auto *name = new QLabel(fieldTitle(field), row);
        name->setMinimumWidth(70);
        auto *value = new QLabel(row);
        value->setObjectName(rowName(field) + QStringLiteral("Value"));
        value->setText(tr("<b>%1</b> · %2").arg(valueText.toHtmlEscaped(), percent(confidence)));
        value->setToolTip(tr("Confidence %1").arg(percent(confidence)));
        auto *current = new QLabel(row);
        current->setObjectName(rowName(field) + QStringLiteral("Current"));
        current->setProperty("muted", true);
        current->setText(alreadySet ? tr("already set") : tr("now: %1").arg(currentText.isEmpty() ? tr("none") : currentText));
        auto *apply = new QToolButton(row);
        apply->setObjectName(rowName(field) + QStringLiteral("Apply"));
        apply->setIcon(m_icons.icon(QStringLiteral("check")));
        apply->setText(tr("Apply"));
        apply->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        apply->setToolTip(tr("Set the ticket's %1 to this suggestion").arg(fieldTitle(field).toLower()));
        auto *dismiss = new QToolButton(row);
        dismiss->setObjectName(rowName(field) + QStringLiteral("Dismiss"));
        dismiss->setIcon(m_icons.icon(QStringLiteral("x")));
        dismiss->setAutoRaise(true);
        dismiss->setToolTip(tr("Ignore this suggestion"));
        apply->setVisible(!alreadySet);
        dismiss->setVisible(!alreadySet);
        connect(apply, &QToolButton::clicked, this, [this, field] { applyTriage(field); });
        connect(dismiss, &QToolButton::clicked, this, [this, field] { dismissTriage(field); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(name);
        layout->addWidget(value, 1);
        layout->addWidget(current);
        layout->addWidget(apply);
        layout->addWidget(dismiss);
        s->body()->addWidget(row);
        if (!alreadySet) {
            m_openTriageFields.append(field);
        }
    };

    const Json &category = member(result, "category");
    if (category.is_object()) {
        const QString value = string(category, "value");
        const QString now = ticket ? categoryOf(*ticket) : QString();
        addRow(QStringLiteral("category"), value, number(category, "confidence"), now, now == value);
    }
    const Json &team = member(result, "team");
    if (team.is_object()) {
        const QUuid value = QUuid::fromString(string(team, "value"));
        QString name = string(team, "team_name");
        const bool same = ticket && ticket->teamId && *ticket->teamId == value;
        QString now;
        if (ticket && ticket->teamId) {
            now = *ticket->teamId == value ? name : teamName(m_workspace, *ticket->teamId);
        }
        addRow(QStringLiteral("team"), name.isEmpty() ? idText(value) : name, number(team, "confidence"), now, same);
    }
    const Json &priority = member(result, "priority");
    if (priority.is_object()) {
        const QString value = string(priority, "value");
        const QString now = ticket ? toWireString(ticket->priority) : QString();
        addRow(QStringLiteral("priority"), priorityText(value), number(priority, "confidence"),
               now.isEmpty() ? QString() : priorityText(now), now == value);
    }
    const Json &tags = member(result, "tags");
    if (tags.is_array() && !tags.empty()) {
        QStringList missing;
        double confidence = 0;
        for (const Json &tag : tags) {
            const QString value = string(tag, "value");
            if (!value.isEmpty() && !(ticket && ticket->tags.contains(value))) {
                missing.append(value);
                confidence = std::max(confidence, number(tag, "confidence"));
            }
        }
        QStringList all;
        for (const Json &tag : tags) {
            all.append(string(tag, "value"));
        }
        addRow(QStringLiteral("tags"), (missing.isEmpty() ? all : missing).join(QStringLiteral(", ")),
               missing.isEmpty() ? number(tags.front(), "confidence") : confidence,
               ticket ? ticket->tags.join(QStringLiteral(", ")) : QString(), missing.isEmpty());
    }

    const Json &sentiment = member(result, "sentiment");
    const Json &language = member(result, "language");
    auto *info = new QLabel(s);
    info->setObjectName(QStringLiteral("triageInfo"));
    info->setProperty("muted", true);
    info->setText(tr("Sentiment: %1 · Language: %2 (%3)")
                      .arg(sentimentText(string(sentiment, "label")),
                           string(language, "code").isEmpty() ? tr("unknown") : string(language, "code"),
                           percent(number(language, "confidence"))));
    s->body()->addWidget(info);

    const bool anySuggestion = category.is_object() || team.is_object() || priority.is_object()
                               || (tags.is_array() && !tags.empty());
    if (!anySuggestion) {
        if (m_workspace.me().role == UserRole::Admin) {
            s->setStatus(tr("No triage model has been trained on this workspace's tickets yet."));
            auto *train = new QPushButton(m_icons.icon(QStringLiteral("zap")), tr("Train the triage model"), s);
            train->setObjectName(QStringLiteral("triageTrainButton"));
            connect(train, &QPushButton::clicked, this, &AiAssistPanel::trainModel);
            s->body()->addWidget(train);
        } else {
            s->setStatus(tr("No triage model has been trained yet; an admin can train one from this workspace's "
                            "tickets."));
        }
        return;
    }
    if (!m_openTriageFields.isEmpty()) {
        auto *dismissAll = new QPushButton(m_icons.icon(QStringLiteral("x")), tr("Dismiss triage"), s);
        dismissAll->setObjectName(QStringLiteral("triageDismissAll"));
        dismissAll->setFlat(true);
        connect(dismissAll, &QPushButton::clicked, this, &AiAssistPanel::dismissAllTriage);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(dismissAll);
        auto *holder = new QWidget(s);
        holder->setLayout(row);
        row->setContentsMargins(0, 0, 0, 0);
        s->body()->addWidget(holder);
    }
}

void AiAssistPanel::applyTriage(const QString &field)
{
    if (m_ticket.isNull() || !m_openTriageFields.contains(field)) {
        return;
    }
    TicketStore store(m_workspace.cache());
    auto loaded = store.ticket(m_ticket);
    if (!loaded.ok() || !loaded.value()) {
        m_triageSection->setStatus(tr("This ticket is not in the local cache any more."), true);
        return;
    }
    const Ticket ticket = *loaded.value();
    const Json &suggestion = member(m_triage, field.toUtf8().constData());
    Json changes = Json::object();
    QString replaced;  // the value a person set that the suggestion would replace
    QString suggested; // the suggestion, for the question
    if (field == QLatin1String("priority")) {
        const QString value = string(suggestion, "value");
        if (!fromWire<TicketPriority>(value).ok()) {
            return;
        }
        // New tickets start at Normal; any other priority is a person's choice.
        if (ticket.priority != TicketPriority::Normal && toWireString(ticket.priority) != value) {
            replaced = TicketText::priority(ticket.priority);
        }
        suggested = priorityText(value);
        changes["priority"] = value.toStdString();
    } else if (field == QLatin1String("team")) {
        const QUuid value = QUuid::fromString(string(suggestion, "value"));
        if (value.isNull()) {
            return;
        }
        if (ticket.teamId && *ticket.teamId != value) {
            replaced = teamName(m_workspace, *ticket.teamId);
        }
        suggested = string(suggestion, "team_name");
        changes["team_id"] = idText(value).toStdString();
    } else if (field == QLatin1String("category")) {
        const QString value = string(suggestion, "value");
        const QString now = ticket.customFields.is_object() ? string(ticket.customFields, "category") : QString();
        if (!now.isEmpty() && now != value) {
            replaced = now;
        }
        suggested = value;
        Json fields = ticket.customFields.is_object() ? ticket.customFields : Json::object();
        fields["category"] = value.toStdString();
        changes["custom_fields"] = fields;
    } else {
        // Tags are added to the ticket's own; nothing a person set is removed.
        Json array = Json::array();
        QStringList tags = ticket.tags;
        for (const QString &tag : tags) {
            array.push_back(tag.toStdString());
        }
        const Json &list = member(m_triage, "tags");
        for (const Json &tag : list.is_array() ? list : Json::array()) {
            const QString value = string(tag, "value");
            if (!value.isEmpty() && !tags.contains(value)) {
                tags.append(value);
                array.push_back(value.toStdString());
            }
        }
        changes["tags"] = array;
    }
    if (!replaced.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Replace what a person set?"),
            tr("The ticket's %1 is %2, set by a person. Replace it with the suggestion %3?")
                .arg(fieldTitle(field).toLower(), replaced, suggested),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    auto written = m_workspace.sync().updateRow(QStringLiteral("tickets"), idText(m_ticket), changes);
    if (!written.ok()) {
        const QString message = written.error().userMessage();
        m_triageSection->setStatus(message, true);
        emit writeFailed(message);
        return;
    }
    if (auto *current = m_triageSection->findChild<QLabel *>(rowName(field) + QStringLiteral("Current"))) {
        current->setText(tr("applied"));
    }
    for (const char *suffix : {"Apply", "Dismiss"}) {
        if (auto *button = m_triageSection->findChild<QToolButton *>(rowName(field) + QLatin1String(suffix))) {
            button->hide();
        }
    }
    m_openTriageFields.removeAll(field);
    m_triageApplied = true;
    emit suggestionApplied(field);
    triageFieldSettled();
}

void AiAssistPanel::dismissTriage(const QString &field)
{
    if (!m_openTriageFields.contains(field)) {
        return;
    }
    if (auto *row = m_triageSection->findChild<QWidget *>(rowName(field) + QStringLiteral("Row"))) {
        row->hide();
    }
    m_openTriageFields.removeAll(field);
    m_dismissedTriage.append(field);
    triageFieldSettled();
}

void AiAssistPanel::dismissAllTriage()
{
    for (const QString &field : QStringList(m_openTriageFields)) {
        dismissTriage(field);
    }
    if (auto *button = m_triageSection->findChild<QPushButton *>(QStringLiteral("triageDismissAll"))) {
        button->hide();
    }
}

// One triage suggestion row; the outcome is recorded once: accepted as soon as one field is applied, rejected when
// every field was dismissed without applying any.
void AiAssistPanel::triageFieldSettled()
{
    if (m_triageDecided) {
        return;
    }
    const QUuid suggestion = m_suggestions.value(Section::Triage);
    if (m_triageApplied) {
        m_triageDecided = true;
        record(Section::Triage, suggestion, AssistOutcome::Accepted);
    } else if (m_openTriageFields.isEmpty()) {
        m_triageDecided = true;
        record(Section::Triage, suggestion, AssistOutcome::Rejected);
    }
}

void AiAssistPanel::trainModel()
{
    m_triageSection->setBusy(true, tr("Training on this workspace's tickets…"));
    const QUuid ticket = m_ticket;
    m_client->train(this, [this, ticket](Result<Json> model) {
        if (ticket != m_ticket) {
            return;
        }
        m_triageSection->setBusy(false);
        if (!model.ok()) {
            m_triageSection->setStatus(AssistClient::errorText(model.error()), true);
            return;
        }
        triage(true);
    });
}

QString AiAssistPanel::triageSuggestion(const QString &field) const
{
    const Json &suggestion = member(m_triage, field.toUtf8().constData());
    if (field == QLatin1String("tags")) {
        QStringList tags;
        for (const Json &tag : suggestion.is_array() ? suggestion : Json::array()) {
            tags.append(string(tag, "value"));
        }
        return tags.join(QLatin1Char(','));
    }
    return string(suggestion, "value");
}

// Reply --------------------------------------------------------------------------------------------------------

void AiAssistPanel::showReply(const AssistAnswer &answer)
{
    AssistSection *s = m_replySection;
    m_replyDecided = false;
    m_replyText = string(answer.result, "text");
    auto *draft = new QTextBrowser(s);
    draft->setObjectName(QStringLiteral("replyDraft"));
    draft->setPlainText(m_replyText);
    draft->setOpenLinks(false);
    draft->setMinimumHeight(120);
    draft->setMaximumHeight(220);
    s->body()->addWidget(draft);

    const Json &citations = member(answer.result, "citations");
    if (citations.is_array() && !citations.empty()) {
        auto *sources = new QLabel(tr("Sources"), s);
        sources->setProperty("muted", true);
        s->body()->addWidget(sources);
        for (const Json &citation : citations) {
            const bool article = string(citation, "kind") == QLatin1String("article");
            const QUuid id = QUuid::fromString(string(citation, "id"));
            auto *link = new QPushButton(
                m_icons.icon(article ? QStringLiteral("book-open") : QStringLiteral("ticket")),
                tr("[%1] %2").arg(static_cast<int>(number(citation, "marker"))).arg(string(citation, "title")), s);
            link->setObjectName(article ? QStringLiteral("replyCitationArticle") : QStringLiteral("replyCitationTicket"));
            link->setProperty("citedId", id);
            link->setFlat(true);
            link->setCursor(Qt::PointingHandCursor);
            link->setToolTip(article ? tr("Open the article") : tr("Open the ticket"));
            link->setStyleSheet(QStringLiteral("text-align: left;"));
            connect(link, &QPushButton::clicked, this, [this, article, id] {
                if (article) {
                    emit openArticleRequested(id);
                } else {
                    emit openTicketRequested(id);
                }
            });
            s->body()->addWidget(link);
        }
    } else {
        auto *none = new QLabel(tr("No article or solved ticket matched; the draft is generic."), s);
        none->setObjectName(QStringLiteral("replyNoSources"));
        none->setWordWrap(true);
        none->setProperty("muted", true);
        s->body()->addWidget(none);
    }

    auto *use = new QPushButton(m_icons.icon(QStringLiteral("square-pen")), tr("Use in reply"), s);
    use->setObjectName(QStringLiteral("replyUseButton"));
    use->setToolTip(tr("Put the draft into the composer to edit and send it yourself"));
    auto *dismiss = new QPushButton(m_icons.icon(QStringLiteral("x")), tr("Dismiss"), s);
    dismiss->setObjectName(QStringLiteral("replyDismissButton"));
    dismiss->setFlat(true);
    auto *confidence = new QLabel(tr("Confidence %1").arg(percent(number(answer.result, "confidence"))), s);
    confidence->setObjectName(QStringLiteral("replyConfidence"));
    confidence->setProperty("muted", true);
    connect(use, &QPushButton::clicked, this, &AiAssistPanel::useReply);
    connect(dismiss, &QPushButton::clicked, this, &AiAssistPanel::dismissReply);
    auto *buttons = new QWidget(s);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(confidence);
    row->addStretch();
    row->addWidget(dismiss);
    row->addWidget(use);
    s->body()->addWidget(buttons);
}

void AiAssistPanel::useReply()
{
    if (m_replyText.isEmpty()) {
        return;
    }
    emit insertReplyRequested(m_replyText);
    const QUuid suggestion = m_suggestions.value(Section::Reply);
    m_inserted = InsertedReply{m_ticket, suggestion, m_replyText, QDateTime::currentDateTimeUtc().addSecs(-5)};
    m_replySection->setStatus(tr("In the composer: edit it and send it yourself."));
    if (!m_replyDecided) {
        m_replyDecided = true;
        record(Section::Reply, suggestion, AssistOutcome::Accepted);
    }
}

void AiAssistPanel::dismissReply()
{
    const QUuid suggestion = m_suggestions.value(Section::Reply);
    m_replySection->clearBody();
    m_replySection->setStatus(tr("Draft dismissed."));
    m_replyText.clear();
    if (!m_replyDecided && !suggestion.isNull()) {
        m_replyDecided = true;
        record(Section::Reply, suggestion, AssistOutcome::Rejected);
    }
}

// After "Use in reply", the agent's next public reply on that ticket tells whether the draft went out as it was
// (accepted stays) or changed (edited, with what was sent).
void AiAssistPanel::onRowsChanged(const QString &table, const QStringList &keys)
{
    if (table == QLatin1String("tickets") && !m_ticket.isNull() && m_loaded.value(Section::Triage)
        && keys.contains(idText(m_ticket))) {
        renderTriage();
    }
    watchSentReplies(table, keys);
}

void AiAssistPanel::watchSentReplies(const QString &table, const QStringList &keys)
{
    if (!m_inserted || table != QLatin1String("ticket_messages")) {
        return;
    }
    const MirrorTable *mirror = MirrorSchema::table(table);
    if (!mirror) {
        return;
    }
    MirrorStore store(m_workspace.cache());
    for (const QString &key : keys) {
        auto row = store.row(*mirror, key);
        if (!row.ok() || !row.value()) {
            continue;
        }
        const Json &m = *row.value();
        const QUuid ticket = QUuid::fromString(string(m, "ticket_id"));
        const QUuid author = QUuid::fromString(string(m, "author_id"));
        const bool internal = member(m, "is_internal").is_boolean() && m.at("is_internal").get<bool>();
        const bool deleted = member(m, "deleted_at").is_string();
        if (ticket != m_inserted->ticket || internal || deleted || author != m_workspace.me().id) {
            continue;
        }
        if (const QString created = string(m, "created_at"); !created.isEmpty()) {
            auto stamp = Timestamp::parse(created);
            if (stamp.ok() && stamp.value().toDateTime() < m_inserted->since) {
                continue;
            }
        }
        const QString body = string(m, "body");
        const InsertedReply inserted = *m_inserted;
        m_inserted.reset();
        if (body.trimmed() != inserted.text.trimmed()) {
            record(Section::Reply, inserted.suggestion, AssistOutcome::Edited, body);
        }
        return;
    }
}

// Summary ------------------------------------------------------------------------------------------------------

void AiAssistPanel::showSummary(const AssistAnswer &answer)
{
    AssistSection *s = m_summarySection;
    m_summaryDecided = false;
    const Json &result = answer.result;
    auto addLine = [&](const char *name, const QString &title, const QString &text) {
        auto *label = wrappingLabel(QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()), s);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::RichText);
        s->body()->addWidget(label);
    };
    const QString problem = string(result, "problem");
    addLine("summaryProblem", tr("Problem:"), problem.isEmpty() ? tr("not stated yet") : problem);
    QStringList tried;
    const Json &list = member(result, "tried");
    for (const Json &item : list.is_array() ? list : Json::array()) {
        if (item.is_string()) {
            tried.append(QStringLiteral("• ") + QString::fromStdString(item.get<std::string>()).toHtmlEscaped());
        }
    }
    auto *triedLabel = wrappingLabel(QString(), s);
    triedLabel->setObjectName(QStringLiteral("summaryTried"));
    triedLabel->setTextFormat(Qt::RichText);
    triedLabel->setText(QStringLiteral("<b>%1</b> %2").arg(
        tr("Tried:").toHtmlEscaped(),
        tried.isEmpty() ? tr("nothing yet").toHtmlEscaped() : QStringLiteral("<br>") + tried.join(QStringLiteral("<br>"))));
    s->body()->addWidget(triedLabel);
    addLine("summaryState", tr("State:"), stateText(string(result, "state")));
    const QString next = string(result, "next_step");
    addLine("summaryNextStep", tr("Next step:"), next.isEmpty() ? tr("none suggested") : next);

    auto *helpful = new QToolButton(s);
    helpful->setObjectName(QStringLiteral("summaryHelpful"));
    helpful->setIcon(m_icons.icon(QStringLiteral("thumbs-up")));
    helpful->setToolTip(tr("This summary is right"));
    helpful->setAutoRaise(true);
    auto *wrong = new QToolButton(s);
    wrong->setObjectName(QStringLiteral("summaryNotHelpful"));
    wrong->setIcon(m_icons.icon(QStringLiteral("thumbs-down")));
    wrong->setToolTip(tr("This summary is wrong or not useful"));
    wrong->setAutoRaise(true);
    connect(helpful, &QToolButton::clicked, this, [this] { rateSummary(true); });
    connect(wrong, &QToolButton::clicked, this, [this] { rateSummary(false); });
    auto *buttons = new QWidget(s);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch();
    row->addWidget(helpful);
    row->addWidget(wrong);
    s->body()->addWidget(buttons);
}

void AiAssistPanel::rateSummary(bool helpful)
{
    if (m_summaryDecided) {
        return;
    }
    m_summaryDecided = true;
    for (const char *name : {"summaryHelpful", "summaryNotHelpful"}) {
        if (auto *button = m_summarySection->findChild<QToolButton *>(QString::fromLatin1(name))) {
            button->setEnabled(false);
        }
    }
    record(Section::Summary, m_suggestions.value(Section::Summary),
           helpful ? AssistOutcome::Accepted : AssistOutcome::Rejected);
}

// Similar ------------------------------------------------------------------------------------------------------

void AiAssistPanel::showSimilar(const AssistAnswer &answer)
{
    AssistSection *s = m_similarSection;
    const Json &tickets = member(answer.result, "tickets");
    const Json &articles = member(answer.result, "articles");
    int shown = 0;
    for (const Json &article : articles.is_array() ? articles : Json::array()) {
        const QUuid id = QUuid::fromString(string(article, "id"));
        const bool internal = string(article, "visibility") == QLatin1String("internal");
        auto *link = new QPushButton(m_icons.icon(QStringLiteral("book-open")),
                                     internal ? tr("%1 (internal)").arg(string(article, "title"))
                                              : string(article, "title"),
                                     s);
        link->setObjectName(QStringLiteral("similarArticle"));
        link->setProperty("targetId", id);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setStyleSheet(QStringLiteral("text-align: left;"));
        link->setToolTip(tr("Open the article"));
        connect(link, &QPushButton::clicked, this, [this, id] { emit openArticleRequested(id); });
        s->body()->addWidget(link);
        ++shown;
    }
    for (const Json &ticket : tickets.is_array() ? tickets : Json::array()) {
        const QUuid id = QUuid::fromString(string(ticket, "id"));
        if (id == m_ticket) {
            continue;
        }
        auto *link = new QPushButton(
            m_icons.icon(QStringLiteral("ticket")),
            tr("#%1 %2").arg(static_cast<qint64>(number(ticket, "number"))).arg(string(ticket, "title")), s);
        link->setObjectName(QStringLiteral("similarTicket"));
        link->setProperty("targetId", id);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setStyleSheet(QStringLiteral("text-align: left;"));
        link->setToolTip(tr("Open the solved ticket"));
        connect(link, &QPushButton::clicked, this, [this, id] { emit openTicketRequested(id); });
        s->body()->addWidget(link);
        ++shown;
    }
    if (shown == 0) {
        s->setStatus(tr("No similar solved ticket or article found."));
    }
}

// Outcomes -----------------------------------------------------------------------------------------------------

void AiAssistPanel::record(Section which, const QUuid &suggestion, AssistOutcome outcome, const QString &finalText)
{
    if (suggestion.isNull()) {
        return;
    }
    const QString wire = AssistClient::outcomeWire(outcome);
    const QUuid ticket = m_ticket;
    m_client->recordOutcome(suggestion, outcome, finalText, this,
                            [this, which, suggestion, wire, ticket](Result<void> result) {
                                if (result.ok()) {
                                    emit outcomeRecorded(suggestion, wire);
                                    return;
                                }
                                if (ticket == m_ticket) {
                                    section(which)->setStatus(
                                        tr("Your choice could not be recorded: %1")
                                            .arg(AssistClient::errorText(result.error())),
                                        true);
                                }
                            });
}

} // namespace helpdesk
