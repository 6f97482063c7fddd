#pragma once

#include "core/Profile.h"
#include "core/Ticket.h"

#include <QUuid>
#include <QWidget>

#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QIcon;
class QTabWidget;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace helpdesk {

class AttachmentList;
class IconSet;
class TagEditor;
class Theme;
class TicketFieldsForm;
class TicketHistoryView;
class UserWorkspace;
struct Macro;

// One ticket: its properties (status, priority, assignee, team, tags — agents only), the SLA clocks, tabs
// with the conversation (public replies and internal notes set apart), the audit trail and whatever the
// owner adds (addSideTab), the attachments (upload, download, drag and drop) and the composer (reply or
// internal note, macros). Reads from the cache; every change is a write through the sync engine (cache
// first, then the server). Customers get the conversation, replies and attachments only.
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

    // Puts text into the composer at the cursor (e.g. an AI suggestion, a KB link) and focuses it.
    void insertIntoComposer(const QString &text);
    // Adds a tab beside the conversation and history (the assistant, KB links...); the panel owns it.
    void addSideTab(QWidget *widget, const QIcon &icon, const QString &title);
    // Opens the macro picker (Ctrl+M); agents only.
    void chooseMacro();
    // Applies a macro to the current ticket: its body into the composer, its actions as one write.
    bool applyMacro(const Macro &macro);
    // Asks for files to attach (Ctrl+Shift+A).
    void attachFiles();
    // Tags of the current ticket as the agent edited them (written at once).
    void setTags(const QStringList &tags);

    AttachmentList &attachments() { return *m_attachments; }
    TicketHistoryView &history() { return *m_history; }
    TagEditor &tagEditor() { return *m_tags; }
    QTabWidget &tabs() { return *m_tabs; }

signals:
    void writeFailed(const QString &message);
    // A short confirmation for the status bar ("Macro applied: …").
    void notice(const QString &message);
    // The ticket shown changed (null: none).
    void currentTicketChanged(const QUuid &id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildProperties();
    void fillPeople();
    void showConversation();
    void updateSla();
    void setComposerMode(bool internal);
    bool writeTicket(const Json &changes);
    static QStringList localFiles(const QMimeData *mime);
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
    TagEditor *m_tags = nullptr;
    TicketFieldsForm *m_fields = nullptr;
    QLabel *m_sla = nullptr;
    QTabWidget *m_tabs = nullptr;
    TicketHistoryView *m_history = nullptr;
    AttachmentList *m_attachments = nullptr;
    QPushButton *m_macroButton = nullptr;
    QPushButton *m_attachButton = nullptr;
    int m_historyVersion = -1;
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
