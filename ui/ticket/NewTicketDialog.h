#pragma once

#include "core/Profile.h"

#include <QDialog>
#include <QUuid>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class IconSet;
class UserWorkspace;

// A new ticket. Agents open one on behalf of a customer (found by name or e-mail among the cached
// profiles) and may set priority, team and assignee; customers open their own (subject and description:
// what the server lets them set). The ticket is written through the sync engine, so it works offline and
// shows in the queue at once (its number arrives with the server's row).
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(UserWorkspace &workspace, const IconSet &icons, QWidget *parent = nullptr);

    // Agents: the customers a requester can be chosen from, by name.
    const std::vector<Profile> &customers() const { return m_customers; }
    // Picks the requester whose name or e-mail matches `text` exactly (case-insensitive); false if none.
    bool setRequester(const QString &text);
    QUuid requester() const;
    // Starts from a draft (the customer's question the assistant could not answer).
    void setDraft(const QString &subject, const QString &description);
    void prefill(const QString &subject, const QString &description);
    // Validates and writes the ticket; false (with the reason shown) when nothing was written.
    bool create();
    QString errorText() const;

signals:
    void ticketCreated(const QUuid &id);

private:
    bool isAgent() const;
    void loadPeople();
    void showError(const QString &message);

    UserWorkspace &m_workspace;
    std::vector<Profile> m_customers;
    std::vector<Profile> m_agents;
    QUuid m_requester;
    QLineEdit *m_requesterEdit = nullptr;
    QLabel *m_requesterHint = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace helpdesk
