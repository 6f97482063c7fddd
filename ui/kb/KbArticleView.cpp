#include "kb/KbArticleView.h"

#include "IconSet.h"
#include "kb/KbMarkdownBrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

KbArticleView::KbArticleView(const IconSet &icons, bool canEdit, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kbArticleView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kbArticleTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("kbArticleMeta"));
    m_meta->setProperty("muted", true);
    m_meta->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("kbArticleNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_body = new KbMarkdownBrowser(this);
    m_body->setObjectName(QStringLiteral("kbArticleBody"));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_meta);
    header->addLayout(titles, 1);
    if (canEdit) {
        m_history = new QPushButton(icons.icon(QStringLiteral("history")), tr("History"), this);
        m_history->setObjectName(QStringLiteral("kbHistoryButton"));
        m_history->setToolTip(tr("Every saved version, differences between them, restore"));
        m_edit = new QPushButton(icons.icon(QStringLiteral("pencil")), tr("Edit"), this);
        m_edit->setObjectName(QStringLiteral("kbEditButton"));
        m_edit->setToolTip(tr("Edit this article (Ctrl+E)"));
        header->addWidget(m_history, 0, Qt::AlignTop);
        header->addWidget(m_edit, 0, Qt::AlignTop);
        connect(m_edit, &QPushButton::clicked, this, &KbArticleView::editRequested);
        connect(m_history, &QPushButton::clicked, this, &KbArticleView::historyRequested);
    }
    m_footer = new QVBoxLayout;
    m_footer->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_body, 1);
    layout->addLayout(m_footer);
}

void KbArticleView::setArticle(const KbArticle &article, const QString &meta)
{
    m_article = article;
    m_title->setText(article.title);
    m_meta->setText(meta);
    m_body->showMarkdown(article.body);
}

void KbArticleView::addFooter(QWidget *widget)
{
    m_footer->addWidget(widget);
}

void KbArticleView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace helpdesk
