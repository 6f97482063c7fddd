#include "kb/KbMarkdownBrowser.h"

#include <QScrollBar>
#include <QTextDocument>

namespace helpdesk {

KbMarkdownBrowser::KbMarkdownBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
}

void KbMarkdownBrowser::showMarkdown(const QString &markdown)
{
    const int scroll = verticalScrollBar()->value();
    m_markdown = markdown;
    setMarkdown(markdown);
    verticalScrollBar()->setValue(scroll);
}

QVariant KbMarkdownBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || !isStorageUrl(name)) {
        return type == QTextDocument::ImageResource ? QVariant() : QTextBrowser::loadResource(type, name);
    }
    if (auto it = m_images.constFind(name); it != m_images.constEnd()) {
        return *it;
    }
    if (m_fetcher && !m_requested.contains(name)) {
        m_requested.insert(name);
        m_fetcher(name, this, [this, name](QByteArray bytes) {
            QImage image;
            if (bytes.isEmpty() || !image.loadFromData(bytes)) {
                // Stays a placeholder (the text around it is readable); asked again the next time the article is
                // shown, e.g. once an article written offline has reached the server.
                m_requested.remove(name);
                return;
            }
            m_images.insert(name, image);
            showMarkdown(m_markdown); // lay the document out again with the picture
            emit imageLoaded(name);
        });
    }
    return QVariant();
}

} // namespace helpdesk
