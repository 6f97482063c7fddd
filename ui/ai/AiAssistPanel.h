#pragma once

#include "core/Json.h"
#include "supabase/RequestHandle.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QUuid>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QScrollArea;
class QTextBrowser;
class QToolButton;

namespace helpdesk {

class AssistClient;
class AssistSection;
class IconSet;
class UserWorkspace;
struct AssistAnswer;
struct Error;
enum class AssistOutcome;

// The AI assistant beside a ticket, for agents and admins (issue 6): triage suggestions with confidence, a
// suggested reply citing its sources, a summary of the thread and similar solved tickets and articles, all from the
// ai-assist edge function. A person stays in charge: a suggestion changes the ticket only when "Apply" is clicked
// (through the sync engine, asking before it replaces a value a person set) and a draft only reaches the composer
// through insertReplyRequested; what the agent did with each suggestion is recorded (accepted, edited, rejected).
// Calls of the previous ticket are cancelled when the ticket changes; offline, the panel says it needs a connection.
class AiAssistPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Section
    {
        Triage,
        Reply,
        Summary,
        Similar,
    };
    Q_ENUM(Section)

    AiAssistPanel(UserWorkspace &workspace, const IconSet &icons, QWidget *parent = nullptr);
    ~AiAssistPanel() override;

    // Shows the assistant for this ticket (a null id clears it). Triage and similar load at once; reply and
    // summary on request.
    void setTicket(const QUuid &id);
    QUuid ticket() const { return m_ticket; }

    void triage(bool forceRefresh = false);
    void suggestReply(bool forceRefresh = false);
    void summarize(bool forceRefresh = false);
    void findSimilar();

    // The panel's commands with their shortcuts (for menus): triage, suggest reply, summarize, similar.
    QList<QAction *> commands() const;

    bool isBusy(Section section) const;
    bool isOffline() const { return m_offline; }
    // The ai_suggestions row the section shows (null when none).
    QUuid suggestionId(Section section) const;
    QString statusText(Section section) const;
    QString providerText(Section section) const;
    // The shown triage suggestion of a field ("category", "team" (an id), "priority" (wire value), "tags" joined
    // by commas); empty when there is none.
    QString triageSuggestion(const QString &field) const;
    // The draft the reply section shows.
    QString replyDraft() const;

signals:
    void insertReplyRequested(const QString &text);
    void openTicketRequested(const QUuid &id);
    void openArticleRequested(const QUuid &id);
    // A section finished loading (with a result or an error).
    void sectionFinished(helpdesk::AiAssistPanel::Section section);
    // A triage suggestion was applied to the ticket (cache and outbox); field is "priority", "team", ...
    void suggestionApplied(const QString &field);
    // The server stored what the agent did with a suggestion ("accepted", "edited", "rejected").
    void outcomeRecorded(const QUuid &suggestionId, const QString &outcome);
    void writeFailed(const QString &message);

private:
    struct Pending
    {
        RequestHandle handle;
        QUuid ticket;
    };
    // The draft last put into the composer, watched until the agent sends a reply on that ticket.
    struct InsertedReply
    {
        QUuid ticket;
        QUuid suggestion;
        QString text;
        QDateTime since;
    };

    AssistSection *section(Section which) const;
    void run(Section which, const Json &body);
    void showAnswer(Section which, const AssistAnswer &answer);
    void showError(Section which, const Error &error);
    void showTriage(const AssistAnswer &answer);
    void renderTriage();
    void showReply(const AssistAnswer &answer);
    void showSummary(const AssistAnswer &answer);
    void showSimilar(const AssistAnswer &answer);
    void showLocalSimilar();
    void applyTriage(const QString &field);
    void dismissTriage(const QString &field);
    void dismissAllTriage();
    void triageFieldSettled();
    void useReply();
    void dismissReply();
    void rateSummary(bool helpful);
    void record(Section which, const QUuid &suggestion, AssistOutcome outcome, const QString &finalText = {});
    void trainModel();
    void cancelAll();
    void clearSections();
    void updateConnectivity();
    void onRowsChanged(const QString &table, const QStringList &keys);
    void watchSentReplies(const QString &table, const QStringList &keys);
    bool isAgent() const;

    UserWorkspace &m_workspace;
    const IconSet &m_icons;
    AssistClient *m_client = nullptr;
    QUuid m_ticket;
    bool m_offline = false;
    QHash<Section, Pending> m_pending;
    QHash<Section, QUuid> m_suggestions;
    QHash<Section, bool> m_loaded;

    // Triage: the shown result and which fields are still waiting for the agent.
    Json m_triage;
    QStringList m_openTriageFields;
    QStringList m_dismissedTriage;
    bool m_triageApplied = false;
    bool m_triageDecided = false;
    bool m_replyDecided = false;
    bool m_summaryDecided = false;
    std::optional<InsertedReply> m_inserted;
    QString m_replyText;

    QLabel *m_heading = nullptr;
    QLabel *m_offlineBanner = nullptr;
    QScrollArea *m_scroll = nullptr;
    AssistSection *m_triageSection = nullptr;
    AssistSection *m_replySection = nullptr;
    AssistSection *m_summarySection = nullptr;
    AssistSection *m_similarSection = nullptr;
    QAction *m_triageAction = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_summaryAction = nullptr;
    QAction *m_similarAction = nullptr;
};

} // namespace helpdesk
