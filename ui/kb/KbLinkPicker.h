#pragma once

#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace helpdesk {

class IconSet;
class KbServer;
class UserWorkspace;

// The knowledge base from a ticket: search the cached articles as you type, then insert a Markdown link to one,
// or an excerpt of it with the link, into the reply; the citation is recorded on the ticket (ticket_kb_links), so
// the article lists the tickets it helped with. Internal articles are marked: their text is for agents.
class KbLinkPicker : public QWidget
{
    Q_OBJECT
public:
    KbLinkPicker(UserWorkspace &workspace, const IconSet &icons, QWidget *parent = nullptr);
    ~KbLinkPicker() override;

    void setTicket(const QUuid &ticket);
    QUuid ticket() const { return m_ticket; }
    void setSearchText(const QString &text);
    int resultCount() const;
    // Inserts the article in row `row` of the results (tests and the buttons).
    bool insertLink(int row);
    bool insertExcerpt(int row);

    // The Markdown inserted for an article.
    static QString linkText(const QString &title, const QString &slug);
    static QString excerptText(const QString &title, const QString &slug, const QString &body);

signals:
    void insertRequested(const QString &text);
    // The citation was recorded on the server (or could not be: error is the sentence).
    void citationRecorded(const QUuid &article, const QString &error);

private:
    void search();
    bool insert(int row, bool excerpt);
    void updateButtons();

    UserWorkspace &m_workspace;
    std::unique_ptr<KbServer> m_server;
    QUuid m_ticket;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_excerpt = nullptr;
    QTimer m_searchTimer;
};

} // namespace helpdesk
