#pragma once

#include "supabase/RequestHandle.h"

#include <QString>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace helpdesk {

class AssistClient;
class IconSet;
class UserWorkspace;
struct AssistAnswer;

// The customers' assistant before they create a ticket (issue 6): a question answered from the public help
// articles with citations, or an honest "I don't know — create a ticket" that hands the question on as the new
// ticket's subject and description. "This solved my problem" records the deflection (ai_deflections) and rates the
// answer as accepted; creating a ticket after an answer rates it as rejected. Needs a connection; offline it says so.
class AskAssistant : public QWidget
{
    Q_OBJECT
public:
    AskAssistant(UserWorkspace &workspace, const IconSet &icons, QWidget *parent = nullptr);
    ~AskAssistant() override;

    void ask(const QString &question);
    // Puts the cursor in the question box (the customer pressed "New ticket": ask first).
    void focusQuestion();
    QString question() const;
    bool isBusy() const { return m_handle.isActive(); }
    bool isOffline() const { return m_offline; }
    // The last answer: answered (true) or the "create a ticket" answer (false); its text and suggestion row.
    bool answered() const { return m_answered; }
    QString answerText() const { return m_answerText; }
    QUuid suggestionId() const { return m_suggestion; }
    QString statusText() const;

signals:
    void createTicketRequested(const QString &subject, const QString &body);
    void openArticleRequested(const QUuid &id);
    // The answer (or error) for the question asked last is shown.
    void answerShown(bool answered);
    void deflectionRecorded(const QUuid &suggestionId);

private:
    void showAnswer(const AssistAnswer &answer);
    void clearAnswer();
    void solved();
    void createTicket();
    void updateConnectivity();
    void setStatus(const QString &text, bool error = false);

    UserWorkspace &m_workspace;
    const IconSet &m_icons;
    AssistClient *m_client = nullptr;
    RequestHandle m_handle;
    bool m_offline = false;
    bool m_answered = false;
    bool m_decided = false;
    QString m_asked;
    QString m_answerText;
    QUuid m_suggestion;

    QLineEdit *m_question = nullptr;
    QPushButton *m_ask = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_offlineBanner = nullptr;
    QWidget *m_answerBox = nullptr;
    QTextBrowser *m_answer = nullptr;
    QWidget *m_citations = nullptr;
    QVBoxLayout *m_citationsLayout = nullptr;
    QPushButton *m_solved = nullptr;
    QPushButton *m_createTicket = nullptr;
    QLabel *m_thanks = nullptr;
};

} // namespace helpdesk
