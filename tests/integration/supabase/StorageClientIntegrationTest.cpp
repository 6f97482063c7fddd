#include "supabase/RestClient.h"
#include "supabase/StorageClient.h"
#include "support/LocalStack.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

class StorageClientIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(user.signUp()) << user.error.toStdString();
        storage = std::make_unique<StorageClient>(user.config, user.transport, &user.auth);
        RestClient rest(user.config, user.transport, &user.auth);
        QueryBuilder q(QStringLiteral("tickets"));
        q.insert(Json{{"title", "with attachments"}}).select(QStringLiteral("id")).single();
        Capture<RestResponse> r;
        rest.execute(q, &user.context, r.callback());
        ASSERT_TRUE(r.wait());
        ASSERT_TRUE(r.ok()) << r.describe();
        ticketId = QString::fromStdString(r.result()->data["id"].get<std::string>());
    }

    TestUser user;
    std::unique_ptr<StorageClient> storage;
    QString ticketId;
    const QString bucket = QStringLiteral("attachments");
};

} // namespace

TEST_F(StorageClientIntegration, UploadsDownloadsListsSignsAndRemoves)
{
    QByteArray content;
    for (int i = 0; i < 20000; ++i)
        content += QByteArray::number(i) + ' ';
    const QString path = ticketId + QStringLiteral("/notes and, odd (chars).txt");

    QSignalSpy uploadProgress(storage.get(), &StorageClient::uploadProgress);
    Capture<QString> key;
    storage->upload(bucket, path, content, QStringLiteral("text/plain"), false, &user.context, key.callback());
    ASSERT_TRUE(key.wait(20'000));
    ASSERT_TRUE(key.ok()) << key.describe();
    EXPECT_EQ(key.result().value(), bucket + QLatin1Char('/') + path);
    EXPECT_GE(uploadProgress.count(), 1);

    Capture<QString> again;
    storage->upload(bucket, path, "x", QStringLiteral("text/plain"), false, &user.context, again.callback());
    ASSERT_TRUE(again.wait());
    ASSERT_FALSE(again.ok()) << "no silent overwrite without upsert";
    EXPECT_TRUE(again.result().error().httpStatus == 409 || again.result().error().httpStatus == 400)
        << again.describe();

    QSignalSpy downloadProgress(storage.get(), &StorageClient::downloadProgress);
    Capture<QByteArray> bytes;
    storage->download(bucket, path, &user.context, bytes.callback());
    ASSERT_TRUE(bytes.wait(20'000));
    ASSERT_TRUE(bytes.ok()) << bytes.describe();
    EXPECT_EQ(bytes.result().value(), content);
    EXPECT_GE(downloadProgress.count(), 1);

    Capture<std::vector<StorageObjectInfo>> listed;
    storage->list(bucket, ticketId + QLatin1Char('/'), {}, &user.context, listed.callback());
    ASSERT_TRUE(listed.wait());
    ASSERT_TRUE(listed.ok()) << listed.describe();
    ASSERT_EQ(listed.result()->size(), 1u);
    EXPECT_EQ(listed.result()->front().name, "notes and, odd (chars).txt");
    EXPECT_FALSE(listed.result()->front().isFolder());

    Capture<QUrl> signedUrl;
    storage->createSignedUrl(bucket, path, 60, &user.context, signedUrl.callback());
    ASSERT_TRUE(signedUrl.wait());
    ASSERT_TRUE(signedUrl.ok()) << signedUrl.describe();
    QNetworkReply* reply = user.transport.manager()->get(QNetworkRequest(signedUrl.result().value()));
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_EQ(reply->readAll(), content) << "anyone with the signed URL can download without a token";
    reply->deleteLater();

    Capture<QStringList> removed;
    storage->remove(bucket, {path}, &user.context, removed.callback());
    ASSERT_TRUE(removed.wait());
    ASSERT_TRUE(removed.ok()) << removed.describe();
    EXPECT_EQ(removed.result().value(), QStringList{path});

    Capture<QByteArray> gone;
    storage->download(bucket, path, &user.context, gone.callback());
    ASSERT_TRUE(gone.wait());
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.result().error().httpStatus, 404);
    EXPECT_EQ(gone.result().error().code, "NoSuchKey");
}

TEST_F(StorageClientIntegration, RefusesUploadsOutsideOwnTickets)
{
    Capture<QString> key;
    storage->upload(bucket, QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("/x.txt"), "x",
                    QStringLiteral("text/plain"), false, &user.context, key.callback());
    ASSERT_TRUE(key.wait());
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.result().error().httpStatus, 403) << key.describe();
}

TEST_F(StorageClientIntegration, UnknownBucketsAreNotFound)
{
    Capture<std::vector<StorageObjectInfo>> listed;
    storage->list(QStringLiteral("no-such-bucket"), QString(), {}, &user.context, listed.callback());
    ASSERT_TRUE(listed.wait());
    if (listed.ok()) {
        EXPECT_TRUE(listed.result()->empty());
    } else {
        EXPECT_EQ(listed.result().error().httpStatus, 404) << listed.describe();
    }
}
