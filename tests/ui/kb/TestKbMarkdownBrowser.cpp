// Article Markdown with pictures from storage: storage: images are fetched once and shown when they arrive; other
// image URLs are never fetched.
#include "kb/KbMarkdownBrowser.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace helpdesk;

TEST(KbMarkdownBrowser, ShowsPicturesFromStorageOnceFetched)
{
    QImage red(24, 16, QImage::Format_RGB32);
    red.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(red.save(&buffer, "PNG"));

    KbMarkdownBrowser browser;
    QStringList fetched;
    browser.setImageFetcher([&](const QUrl &url, QObject *, std::function<void(QByteArray)> done) {
        fetched.append(url.toString());
        QTimer::singleShot(0, [done, png] { done(png); });
    });
    QSignalSpy loaded(&browser, &KbMarkdownBrowser::imageLoaded);
    browser.resize(400, 300);
    browser.show();
    browser.showMarkdown(QStringLiteral("# Steps\n\n![tray](storage:kb-images/a/tray.png)\n\n"
                                        "![pixel](https://tracker.example/p.gif)\n"));
    ASSERT_TRUE(loaded.wait(2000));
    EXPECT_EQ(fetched, QStringList{QStringLiteral("storage:kb-images/a/tray.png")});
    EXPECT_EQ(browser.loadedImageCount(), 1);
    const QVariant resource = browser.document()->resource(QTextDocument::ImageResource,
                                                           QUrl(QStringLiteral("storage:kb-images/a/tray.png")));
    EXPECT_FALSE(resource.isNull());
    EXPECT_TRUE(browser.toPlainText().contains(QStringLiteral("Steps")));
    // Shown again (a reload of the article): no second download.
    browser.showMarkdown(browser.toMarkdown());
    EXPECT_EQ(fetched.size(), 1);
}
