#include "Workbench.h"

#include "Desk.h"
#include "IconSet.h"
#include "MainWindow.h"
#include "TicketPanel.h"
#include "TicketText.h"
#include "UserWorkspace.h"
#include "admin/AdminArea.h"
#include "ai/AiAssistPanel.h"
#include "ai/AskAssistant.h"
#include "dashboard/DashboardArea.h"
#include "kb/KbArea.h"
#include "kb/KbLinkPicker.h"

#include "reports/QueueDrillDown.h"
#include "store/QueueQuery.h"

#include <QAction>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace helpdesk {

Workbench::Workbench(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QObject *parent)
    : QObject(parent)
    , m_desk(std::make_unique<Desk>(workspace, theme, icons))
{
    MainWindow &main = m_desk->window();
    const UserRole role = workspace.me().role;
    connect(m_desk.get(), &Desk::signOutRequested, this, &Workbench::signOutRequested);

    m_kb = new KbArea(workspace, icons);
    main.addArea(KnowledgeBaseArea, tr("Knowledge base"), QStringLiteral("book-open"), m_kb);
    connect(m_kb, &KbArea::openTicketRequested, this, &Workbench::openTicket);
    connect(m_kb, &KbArea::message, this, &Workbench::showStatus);

    if (role == UserRole::Customer) {
        m_ask = new AskAssistant(workspace, icons);
        main.addArea(AssistantArea, tr("Ask"), QStringLiteral("sparkles"), m_ask);
        connect(m_ask, &AskAssistant::openArticleRequested, this, &Workbench::openArticle);
        // Customers ask first: most questions have an answer in the help articles already; the assistant
        // offers the ticket (prefilled with the question) when it cannot help, and offline at once.
        m_desk->setNewTicketRoute([this] {
            window().showArea(AssistantArea);
            m_ask->focusQuestion();
        });
        connect(m_ask, &AskAssistant::createTicketRequested, this,
                [this](const QString &subject, const QString &body) {
                    window().showArea(MainWindow::TicketsArea);
                    m_desk->newTicket(subject, body);
                });
    } else {
        m_dashboards = new DashboardArea(workspace, icons);
        main.addArea(DashboardsArea, tr("Dashboards"), QStringLiteral("chart-column"), m_dashboards);
        connect(m_dashboards, &DashboardArea::drillDown, this, &Workbench::drillDown);
        addTicketTabs(workspace, icons);
    }
    if (role == UserRole::Admin) {
        m_admin = new AdminArea(workspace, icons);
        main.addArea(AdminAreaKey, tr("Settings"), QStringLiteral("settings"), m_admin);
    }
}

Workbench::~Workbench() = default;

MainWindow &Workbench::window()
{
    return m_desk->window();
}

void Workbench::addTicketTabs(UserWorkspace &workspace, const IconSet &icons)
{
    TicketPanel &panel = m_desk->ticketPanel();
    m_assistant = new AiAssistPanel(workspace, icons);
    m_kbPicker = new KbLinkPicker(workspace, icons);
    panel.addSideTab(m_assistant, icons.icon(QStringLiteral("sparkles")), tr("Assistant"));
    panel.addSideTab(m_kbPicker, icons.icon(QStringLiteral("book-open")), tr("Knowledge base"));
    connect(&panel, &TicketPanel::currentTicketChanged, m_assistant, &AiAssistPanel::setTicket);
    connect(&panel, &TicketPanel::currentTicketChanged, m_kbPicker, &KbLinkPicker::setTicket);
    // A suggested reply is a public reply: never let it land in an internal-note composer (or vice versa).
    connect(m_assistant, &AiAssistPanel::insertReplyRequested, &panel, [&panel](const QString &text) {
        panel.startReply();
        panel.insertIntoComposer(text);
    });
    connect(m_kbPicker, &KbLinkPicker::insertRequested, &panel, &TicketPanel::insertIntoComposer);
    connect(m_assistant, &AiAssistPanel::openTicketRequested, this, &Workbench::openTicket);
    connect(m_assistant, &AiAssistPanel::openArticleRequested, this, &Workbench::openArticle);

    // The assistant's commands (with their shortcuts) in the Ticket menu, so agents find and learn them.
    // The panel owns the shortcuts (Ctrl+M, Ctrl+Shift+A); the menu shows them after a tab so agents learn
    // them, without a second binding that would make the key ambiguous.
    QMenu *ticketMenu = window().ticketMenu();
    ticketMenu->addSeparator();
    QAction *macro = ticketMenu->addAction(icons.icon(QStringLiteral("zap")), tr("Apply macro…") + u'\t'
                                               + QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText));
    macro->setObjectName(QStringLiteral("actionApplyMacro"));
    connect(macro, &QAction::triggered, &panel, &TicketPanel::chooseMacro);
    QAction *attach = ticketMenu->addAction(
        icons.icon(QStringLiteral("paperclip")),
        tr("Attach files…") + u'\t' + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText));
    attach->setObjectName(QStringLiteral("actionAttachFiles"));
    connect(attach, &QAction::triggered, &panel, &TicketPanel::attachFiles);
    ticketMenu->addSeparator();
    ticketMenu->addActions(m_assistant->commands());
}

void Workbench::openTicket(const QUuid &id)
{
    window().showArea(MainWindow::TicketsArea);
    m_desk->openTicket(id);
}

void Workbench::openArticle(const QUuid &id)
{
    if (!m_kb) {
        return;
    }
    window().showArea(KnowledgeBaseArea);
    m_kb->showArticle(id);
}

QueueFilter Workbench::queueFilterFor(const QueueDrillDown &drill)
{
    QueueFilter filter;
    for (const QString &status : drill.statuses) {
        if (auto parsed = fromWire<TicketStatus>(status); parsed.ok()) {
            filter.statuses.append(parsed.value());
        }
    }
    if (drill.priority) {
        if (auto parsed = fromWire<TicketPriority>(*drill.priority); parsed.ok()) {
            filter.priorities.append(parsed.value());
        }
    }
    if (drill.team) {
        filter.teamId = *drill.team;
    }
    if (drill.assignee) {
        filter.assignee = QueueFilter::Assignee::Person;
        filter.assigneeId = *drill.assignee;
    }
    filter.channel = drill.channel;
    filter.createdFrom = drill.createdFrom;
    filter.createdTo = drill.createdTo;
    filter.solvedFrom = drill.solvedFrom;
    filter.solvedTo = drill.solvedTo;
    return filter;
}

void Workbench::drillDown(const QueueDrillDown &drill)
{
    QStringList parts;
    for (const QString &status : drill.statuses) {
        if (auto parsed = fromWire<TicketStatus>(status); parsed.ok()) {
            parts << TicketText::status(parsed.value());
        }
    }
    if (drill.priority) {
        if (auto parsed = fromWire<TicketPriority>(*drill.priority); parsed.ok()) {
            parts << TicketText::priority(parsed.value());
        }
    }
    if (drill.channel) {
        parts << *drill.channel;
    }
    const QLocale locale;
    const auto range = [&locale](const std::optional<Timestamp> &from, const std::optional<Timestamp> &to) {
        const QString start = from ? locale.toString(from->toDateTime().toLocalTime().date(), QLocale::ShortFormat)
                                   : QString();
        // `to` is exclusive: the last day shown is the one before.
        const QString end = to ? locale.toString(to->toDateTime().toLocalTime().addMSecs(-1).date(),
                                                 QLocale::ShortFormat)
                               : QString();
        return start == end ? start : tr("%1 – %2").arg(start, end);
    };
    if (drill.createdFrom || drill.createdTo) {
        parts << tr("created %1").arg(range(drill.createdFrom, drill.createdTo));
    }
    if (drill.solvedFrom || drill.solvedTo) {
        parts << tr("solved %1").arg(range(drill.solvedFrom, drill.solvedTo));
    }
    const QString title = parts.isEmpty() ? tr("Dashboard selection") : tr("Dashboard: %1").arg(parts.join(tr(", ")));
    window().showArea(MainWindow::TicketsArea);
    m_desk->openQueue(queueFilterFor(drill), title);
}

void Workbench::showStatus(const QString &message)
{
    window().statusBar()->showMessage(message, 8000);
}

void Workbench::saveState(QSettings &settings) const
{
    m_desk->saveState(settings);
}

void Workbench::restoreState(const QSettings &settings)
{
    m_desk->restoreState(settings);
}

} // namespace helpdesk
