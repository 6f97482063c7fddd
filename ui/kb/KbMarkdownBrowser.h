#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

#include <functional>

namespace helpdesk {

// Markdown rendered with QTextDocument, plus the pictures of an article: an image written as
// ![caption](storage:<bucket>/<path>) is fetched from storage through the fetcher the area provides and shown once
// it arrives (other images are not fetched: no tracking pixels from article text). A failed fetch is tried again
// the next time the text is shown.
class KbMarkdownBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    // Fetches the bytes of a storage URL; calls done with the bytes, or empty bytes when it could not.
    using ImageFetcher = std::function<void(const QUrl &url, QObject *context, std::function<void(QByteArray)> done)>;

    explicit KbMarkdownBrowser(QWidget *parent = nullptr);

    void setImageFetcher(ImageFetcher fetcher) { m_fetcher = std::move(fetcher); }
    void showMarkdown(const QString &markdown);
    // Images shown so far (tests).
    int loadedImageCount() const { return static_cast<int>(m_images.size()); }

    static bool isStorageUrl(const QUrl &url) { return url.scheme() == QLatin1String("storage"); }

signals:
    void imageLoaded(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    ImageFetcher m_fetcher;
    QString m_markdown;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_requested;
};

} // namespace helpdesk
