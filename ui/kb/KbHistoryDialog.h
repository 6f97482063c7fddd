#pragma once

#include "core/KbArticleVersion.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace helpdesk {

// The history of one article (kb_article_versions, newest first): pick any two versions and read what changed
// between them word by word (insertions and deletions marked, long unchanged stretches folded); restore the
// older one as a new version (needs the server: kb_restore_version).
class KbHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    KbHistoryDialog(std::vector<KbArticleVersion> versions, int currentVersion, QWidget *parent = nullptr);

    // Compares version `from` with version `to` (numbers as stored).
    void compare(int from, int to);
    int fromVersion() const;
    int toVersion() const;
    // The diff shown, as HTML (for tests).
    QString diffHtml() const;
    QString summary() const;

    // Restoring needs the server; while offline the button says why it is off.
    void setOnline(bool online);
    // The answer to restoreRequested: an error sentence, or empty for success.
    void restoreFinished(const QString &error);

signals:
    void restoreRequested(int version);

private:
    void showDiff();
    void updateRestore();
    const KbArticleVersion *find(int version) const;

    std::vector<KbArticleVersion> m_versions;
    int m_current = 0;
    bool m_online = true;
    bool m_busy = false;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
    QString m_html;
};

} // namespace helpdesk
