#pragma once

#include "core/KbArticle.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace helpdesk {

class IconSet;
class KbMarkdownBrowser;

// One article as readers see it: title, status, visibility, tags and when it changed, the Markdown body
// rendered, and below it the parts the area adds (feedback, the tickets that cited it). Agents get Edit and
// History.
class KbArticleView : public QWidget
{
    Q_OBJECT
public:
    KbArticleView(const IconSet &icons, bool canEdit, QWidget *parent = nullptr);

    void setArticle(const KbArticle &article, const QString &meta);
    const KbArticle &article() const { return m_article; }
    // A widget shown under the body (feedback bar, citations).
    void addFooter(QWidget *widget);
    // A line above the body: pending offline edits, a conflict to resolve (empty hides it).
    void setNotice(const QString &text);
    KbMarkdownBrowser &body() { return *m_body; }

signals:
    void editRequested();
    void historyRequested();

private:
    KbArticle m_article;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_notice = nullptr;
    KbMarkdownBrowser *m_body = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_history = nullptr;
    QVBoxLayout *m_footer = nullptr;
};

} // namespace helpdesk
