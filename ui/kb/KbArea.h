#pragma once

#include "core/KbArticle.h"
#include "store/ConflictRecord.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace helpdesk {

class IconSet;
class KbArticleView;
class KbArticleWriter;
class KbEditor;
class KbFeedbackBar;
class KbHistoryDialog;
class KbMergeDialog;
class KbReportsView;
class KbServer;
class NetworkHttpTransport;
class StorageClient;
class UserWorkspace;

// The knowledge-base area of the main window. Everything is read from the cache: the list (by tag, and for
// agents by status and visibility), instant search with highlighted snippets, the article rendered from
// Markdown. Agents and admins write articles (KbEditor) through the sync engine, so edits work offline and
// survive a restart; they read the history, compare versions and restore one; an offline edit the server did not
// take because the article changed meanwhile is merged in KbMergeDialog. Readers vote helpful or not; admins see
// the least helpful articles and the searches that found nothing (searches are logged on the server when online).
class KbArea : public QWidget
{
    Q_OBJECT
public:
    KbArea(UserWorkspace &workspace, const IconSet &icons, QWidget *parent = nullptr);
    ~KbArea() override;

    // Reads the list again from the cache (also done when synced rows arrive).
    void reload();
    void setSearchText(const QString &text);
    void focusSearch();
    // The rows of the list, in order (tests).
    QList<QUuid> listedArticles() const;
    void showArticle(const QUuid &id);
    QUuid currentArticle() const { return m_current; }
    void newArticle(const QString &title = {});
    void editCurrent();
    void showHistory();
    void showReports();
    // Opens the merge for the first article with a conflict; false when there is none (or it is still waiting).
    bool resolveNextConflict();
    int conflictCount() const { return static_cast<int>(m_conflicted.size()); }

    KbEditor &editor() { return *m_editor; }
    KbArticleView &articleView() { return *m_view; }

signals:
    void openTicketRequested(const QUuid &ticket);
    // Shown dialogs (tests answer them).
    void historyShown(helpdesk::KbHistoryDialog *dialog);
    void mergeShown(helpdesk::KbMergeDialog *dialog);
    // A sentence for the status bar (saved offline, a refused save, a restore).
    void message(const QString &text);

private:
    void buildBrowser(const IconSet &icons);
    void fillTags();
    void onRowsChanged(const QString &table, const QStringList &keys);
    void onConflict(const ConflictRecord &record);
    void refreshConflicts();
    void saveEdited(const KbArticle &article, bool isNew);
    void mergeWhileEditing(const KbArticle &base, const KbArticle &mine, const KbArticle &theirs);
    void openMerge(const KbArticle &base, const KbArticle &mine, const KbArticle &theirs,
                   std::function<void(const KbArticle &)> save, std::function<void()> keepTheirs);
    void loadFeedback();
    void loadCitations();
    void logSearch();
    void fetchImage(const QUrl &url, QObject *context, std::function<void(QByteArray)> done);
    bool isAgent() const;
    bool isAdmin() const;
    bool online() const;
    QString metaLine(const KbArticle &article) const;

    UserWorkspace &m_workspace;
    std::unique_ptr<KbArticleWriter> m_writer;
    std::unique_ptr<KbServer> m_server;
    std::unique_ptr<NetworkHttpTransport> m_transport;
    std::unique_ptr<StorageClient> m_storage;
    QUuid m_current;
    QList<QUuid> m_conflicted;
    QString m_lastLogged;

    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_visibilityFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_listEmpty = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_reports = nullptr;
    QPushButton *m_conflictBanner = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyPage = nullptr;
    KbArticleView *m_view = nullptr;
    KbFeedbackBar *m_feedback = nullptr;
    QListWidget *m_citations = nullptr;
    QLabel *m_citationsLabel = nullptr;
    KbEditor *m_editor = nullptr;
    KbReportsView *m_reportsView = nullptr;
    QPointer<KbHistoryDialog> m_history;
    QTimer m_reloadTimer;
    QTimer m_logTimer;
};

} // namespace helpdesk
