#pragma once

#include <QObject>
#include <QUuid>

#include <memory>

class QSettings;

namespace helpdesk {

class AdminArea;
class AiAssistPanel;
class AskAssistant;
class DashboardArea;
class Desk;
class IconSet;
class KbArea;
class KbLinkPicker;
class MainWindow;
class Theme;
class UserWorkspace;
struct QueueDrillDown;
struct QueueFilter;

// The signed-in user's whole window: the desk (tickets) and the areas the user's role has — the knowledge
// base for everyone, the assistant for customers, dashboards for agents and admins, settings for admins —
// and the wiring between them: the AI assistant and the KB picker beside a ticket, a drill-down opening the
// queue, an article opening a ticket that cited it. The server decides what each role may do; the areas a
// role has no use for are simply not built.
class Workbench : public QObject
{
    Q_OBJECT
public:
    static inline const QString KnowledgeBaseArea = QStringLiteral("kb");
    static inline const QString AssistantArea = QStringLiteral("ask");
    static inline const QString DashboardsArea = QStringLiteral("dashboards");
    static inline const QString AdminAreaKey = QStringLiteral("admin");

    Workbench(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QObject *parent = nullptr);
    ~Workbench() override;

    Desk &desk() { return *m_desk; }
    MainWindow &window();
    // Null where the role has no such area or tab.
    KbArea *knowledgeBase() const { return m_kb; }
    DashboardArea *dashboards() const { return m_dashboards; }
    AdminArea *admin() const { return m_admin; }
    AskAssistant *askAssistant() const { return m_ask; }
    AiAssistPanel *assistant() const { return m_assistant; }
    KbLinkPicker *kbPicker() const { return m_kbPicker; }

    void openTicket(const QUuid &id);
    void openArticle(const QUuid &id);
    // The tickets behind a dashboard's bar or point, in the queue.
    void drillDown(const QueueDrillDown &drill);
    static QueueFilter queueFilterFor(const QueueDrillDown &drill);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void signOutRequested();

private:
    void addTicketTabs(UserWorkspace &workspace, const IconSet &icons);
    void showStatus(const QString &message);

    std::unique_ptr<Desk> m_desk;
    KbArea *m_kb = nullptr;
    DashboardArea *m_dashboards = nullptr;
    AdminArea *m_admin = nullptr;
    AskAssistant *m_ask = nullptr;
    AiAssistPanel *m_assistant = nullptr;
    KbLinkPicker *m_kbPicker = nullptr;
};

} // namespace helpdesk
