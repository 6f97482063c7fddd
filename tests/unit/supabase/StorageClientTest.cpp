#include "supabase/StorageClient.h"

#include "support/FakeHttpTransport.h"
#include "support/Wait.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace helpdesk;
using helpdesk::test::Capture;
using helpdesk::test::FakeHttpTransport;

namespace {

SupabaseConfig config()
{
    SupabaseConfig c;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:54321"));
    c.anonKey = QStringLiteral("ANON");
    return c;
}

} // namespace

TEST(StorageClient, UploadRequestEncodesEachPathSegment)
{
    FakeHttpTransport transport;
    StorageClient storage(config(), transport);
    const HttpRequest r =
        storage.uploadRequest(QStringLiteral("attachments"), QStringLiteral("c3d4/e5f6/invoice 2026 #1.pdf"), "PDF",
                              QStringLiteral("application/pdf"), false);
    EXPECT_EQ(r.toText().toStdString(),
              "POST http://127.0.0.1:54321/storage/v1/object/attachments/c3d4/e5f6/invoice%202026%20%231.pdf\n"
              "apikey: ANON\nAuthorization: Bearer ANON\nX-Client-Info: helpdesk-qt/0.1.0\n"
              "Content-Type: application/pdf\ncache-control: max-age=3600\nx-upsert: false\n\nPDF\n");
}

TEST(StorageClient, UploadAnswersTheKey)
{
    FakeHttpTransport transport;
    QObject context;
    StorageClient storage(config(), transport);
    Capture<QString> key;
    storage.upload(QStringLiteral("attachments"), QStringLiteral("a/b.txt"), "hi", QStringLiteral("text/plain"), true,
                   &context, key.callback());
    EXPECT_EQ(transport.last().header("x-upsert"), "true");
    transport.respondNext(200, R"({"Id":"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d","Key":"attachments/a/b.txt"})");
    ASSERT_TRUE(key.wait());
    EXPECT_EQ(key.result().value(), "attachments/a/b.txt");
}

TEST(StorageClient, SignedUrlsBecomeAbsolute)
{
    FakeHttpTransport transport;
    QObject context;
    StorageClient storage(config(), transport);
    Capture<QUrl> url;
    storage.createSignedUrl(QStringLiteral("attachments"), QStringLiteral("a/b.txt"), 60, &context, url.callback());
    EXPECT_EQ(transport.last().url.toString().toStdString(),
              "http://127.0.0.1:54321/storage/v1/object/sign/attachments/a/b.txt");
    EXPECT_EQ(transport.last().body.toStdString(), R"({"expiresIn":60})");
    transport.respondNext(200, R"({"signedURL":"/object/sign/attachments/a/b.txt?token=abc.def"})");
    ASSERT_TRUE(url.wait());
    EXPECT_EQ(url.result().value().toString().toStdString(),
              "http://127.0.0.1:54321/storage/v1/object/sign/attachments/a/b.txt?token=abc.def");
}

TEST(StorageClient, ListAndRemoveSpeakTheirJsonBodies)
{
    FakeHttpTransport transport;
    QObject context;
    StorageClient storage(config(), transport);
    Capture<std::vector<StorageObjectInfo>> listed;
    storage.list(QStringLiteral("attachments"), QStringLiteral("c3d4/"), {}, &context, listed.callback());
    EXPECT_EQ(transport.last().body.toStdString(),
              R"({"limit":100,"offset":0,"prefix":"c3d4/","sortBy":{"column":"name","order":"asc"}})");
    transport.respondNext(
        200, R"([{"name":"sub","id":null,"updated_at":null,"created_at":null,"last_accessed_at":null,"metadata":null},
      {"name":"b.txt","id":"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d","updated_at":"2026-11-21T10:00:00.000Z","created_at":"2026-11-21T10:00:00.000Z","last_accessed_at":"2026-11-21T10:00:00.000Z","metadata":{"size":2,"mimetype":"text/plain"}}])");
    ASSERT_TRUE(listed.wait());
    ASSERT_TRUE(listed.ok()) << listed.describe();
    ASSERT_EQ(listed.result()->size(), 2u);
    EXPECT_TRUE(listed.result()->at(0).isFolder());
    EXPECT_EQ(listed.result()->at(1).metadata["size"].get<int>(), 2);

    Capture<QStringList> removed;
    storage.remove(QStringLiteral("attachments"), {QStringLiteral("c3d4/b.txt")}, &context, removed.callback());
    EXPECT_EQ(transport.last().method, "DELETE");
    EXPECT_EQ(transport.last().body.toStdString(), R"({"prefixes":["c3d4/b.txt"]})");
    transport.respondNext(200, R"([{"name":"c3d4/b.txt","bucket_id":"attachments"}])");
    ASSERT_TRUE(removed.wait());
    EXPECT_EQ(removed.result().value(), QStringList{QStringLiteral("c3d4/b.txt")});
}

TEST(StorageClient, MissingObjectsAreApiErrors)
{
    FakeHttpTransport transport;
    QObject context;
    StorageClient storage(config(), transport);
    Capture<QByteArray> bytes;
    storage.download(QStringLiteral("attachments"), QStringLiteral("nope.txt"), &context, bytes.callback());
    EXPECT_EQ(transport.last().url.toString().toStdString(),
              "http://127.0.0.1:54321/storage/v1/object/authenticated/attachments/nope.txt");
    transport.respondNext(
        404, R"({"statusCode":"404","code":"NoSuchKey","error":"NoSuchKey","message":"Object not found"})");
    ASSERT_TRUE(bytes.wait());
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.result().error().code, "NoSuchKey");
}
