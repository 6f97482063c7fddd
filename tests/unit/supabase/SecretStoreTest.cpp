#include "supabase/InMemorySecretStore.h"
#include "supabase/KeychainSecretStore.h"
#include "support/Wait.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>

using namespace helpdesk;
using helpdesk::test::Capture;

namespace {

void expectRoundTrip(SecretStore& store)
{
    QObject context;
    const QString key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Capture<std::optional<QByteArray>> missing;
    store.read(key, &context, missing.callback());
    ASSERT_TRUE(missing.wait(20'000));
    ASSERT_TRUE(missing.ok()) << missing.describe();
    EXPECT_FALSE(missing.result().value().has_value());

    Capture<void> written;
    store.write(key, QByteArrayLiteral("{\"refresh_token\":\"r\"}"), &context, written.callback());
    ASSERT_TRUE(written.wait(20'000));
    ASSERT_TRUE(written.ok()) << written.describe();

    Capture<std::optional<QByteArray>> read;
    store.read(key, &context, read.callback());
    ASSERT_TRUE(read.wait(20'000));
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.result().value().has_value());
    EXPECT_EQ(*read.result().value(), QByteArrayLiteral("{\"refresh_token\":\"r\"}"));

    Capture<void> removed;
    store.remove(key, &context, removed.callback());
    ASSERT_TRUE(removed.wait(20'000));
    ASSERT_TRUE(removed.ok());
    Capture<std::optional<QByteArray>> gone;
    store.read(key, &context, gone.callback());
    ASSERT_TRUE(gone.wait(20'000));
    EXPECT_FALSE(gone.result().value().has_value());
}

} // namespace

TEST(SecretStore, InMemoryStoreKeepsValuesForItsLifetime)
{
    InMemorySecretStore store;
    EXPECT_FALSE(store.isPersistent());
    expectRoundTrip(store);
}

TEST(SecretStore, InMemoryCallbacksRunLaterNotInsideTheCall)
{
    InMemorySecretStore store;
    QObject context;
    bool called = false;
    store.write(QStringLiteral("k"), "v", &context, [&](Result<void>) { called = true; });
    EXPECT_FALSE(called);
    ASSERT_TRUE(test::waitUntil([&] { return called; }));
}

TEST(SecretStore, KeychainStoreWorksOrWarnsAndKeepsSecretsInMemoryOnly)
{
    KeychainSecretStore store(QStringLiteral("helpdesk-unit-test"));
    QSignalSpy warnings(&store, &SecretStore::warning);
    expectRoundTrip(store);
    // Either a real keychain answered, or the store said clearly that nothing will persist.
    if (!store.isPersistent()) {
        ASSERT_EQ(warnings.count(), 1);
        EXPECT_TRUE(warnings.at(0).at(0).toString().contains(QStringLiteral("keychain")));
    } else {
        EXPECT_EQ(warnings.count(), 0);
    }
}

TEST(SecretStore, KeychainStoreNeverWritesTheSecretToAFile)
{
    // Home and the XDG folders point into an empty directory: whatever the store does (a real keychain
    // answers, or none exists and it keeps the value in memory), the secret must not appear in a file there.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QByteArray saved[] = {qgetenv("HOME"), qgetenv("XDG_CONFIG_HOME"), qgetenv("XDG_DATA_HOME"),
                                qgetenv("XDG_CACHE_HOME")};
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    const QByteArray secret = "refresh-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    {
        KeychainSecretStore store(QStringLiteral("helpdesk-unit-test-nofile"));
        QObject context;
        bool written = false;
        store.write(QStringLiteral("session"), secret, &context, [&](Result<void>) { written = true; });
        ASSERT_TRUE(test::waitUntil([&] { return written; }));
        bool read = false;
        QByteArray back;
        store.read(QStringLiteral("session"), &context, [&](Result<std::optional<QByteArray>> r) {
            read = true;
            if (r.ok() && r.value())
                back = *r.value();
        });
        ASSERT_TRUE(test::waitUntil([&] { return read; }));
        EXPECT_EQ(back, secret); // kept, in the keychain or in memory
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            EXPECT_FALSE(file.readAll().contains(secret)) << file.fileName().toStdString();
        }
        bool removed = false;
        store.remove(QStringLiteral("session"), &context, [&](Result<void>) { removed = true; });
        ASSERT_TRUE(test::waitUntil([&] { return removed; }));
    }
    const char* names[] = {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"};
    for (int i = 0; i < 4; ++i) {
        if (saved[i].isEmpty())
            qunsetenv(names[i]);
        else
            qputenv(names[i], saved[i]);
    }
}
