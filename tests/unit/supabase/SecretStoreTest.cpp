#include "supabase/InMemorySecretStore.h"
#include "supabase/KeychainSecretStore.h"
#include "support/Wait.h"

#include <QSignalSpy>
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
