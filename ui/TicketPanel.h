#pragma once

#include "core/Profile.h"
#include "core/Ticket.h"

#include <QUuid>
#include <QWidget>

#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace helpdesk {

class IconSet;
class Theme;
class UserWorkspace;

// One ticket: its properties (status, priority, assignee, team, tags — agents only), the SLA clocks, the
// conversation (public replies and internal notes set apart) and the composer (reply or internal note).
// Reads from the cache; every change is a write through the sync engine (cache first, then the server).
class TicketPanel : public QWidget
{
    Q_OBJECT
public:
    TicketPanel(UserWorkspace &workspace, const Theme &theme, const IconSet &icons, QWidget *parent = nullptr);

    void showTicket(const QUuid &id);
    QUuid ticketId() const { return m_ticket ? m_ticket->id : QUuid(); }
    // Re-reads the ticket and its conversation from the cache.
    void reload();

    // The agent loop.
    void startReply();
    void startNote();
    void assignToMe();
    void solve();
    bool send();

    int messageCount() const { return m_messageCount; }

signals:
    void writeFailed(const QString &message);

private:
    void buildProperties();
    void fillPeople();
    void showConversation();
    void updateSla();
    void setComposerMode(bool internal);
    void writeTicket(const Json &changes);
    bool isAgent() const;

    UserWorkspace &m_workspace;
    const Theme &m_theme;
    const IconSet &m_icons;
    std::optional<Ticket> m_ticket;
    std::vector<Profile> m_agents;
    bool m_filling = false;
    int m_messageCount = 0;

    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QWidget *m_properties = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_sla = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_messages = nullptr;
    QVBoxLayout *m_messagesLayout = nullptr;
    QPushButton *m_replyMode = nullptr;
    QPushButton *m_noteMode = nullptr;
    QButtonGroup *m_modes = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace helpdesk
