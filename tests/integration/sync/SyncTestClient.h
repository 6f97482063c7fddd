#pragma once

// One signed-in client of the local stack with its own cache and sync engine (what the app wires in app/).

#include "core/Clock.h"
#include "store/CacheDatabase.h"
#include "supabase/AuthClient.h"
#include "supabase/InMemorySecretStore.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/RealtimeClient.h"
#include "supabase/RestClient.h"
#include "sync/SyncEngine.h"

#include <QtTest/QTest>

#include <memory>

namespace helpdesk::test {

class SyncTestClient
{
public:
    struct Options
    {
        bool realtime = true;
        SyncEngine::Options engine;
    };

    SyncTestClient(const QString& url, const QString& anonKey, const QString& cachePath, Options options)
        : m_config(makeConfig(url, anonKey))
        , m_auth(m_config, m_transport, m_secrets, m_clock)
        , m_rest(m_config, m_transport, &m_auth)
        , m_options(options)
    {
        auto opened = CacheDatabase::open(cachePath);
        if (opened.ok())
            m_cache = std::move(opened.value());
        else
            m_openError = opened.error().toString();
        if (options.realtime) {
            RealtimeClient::Options rt;
            rt.reconnectBase = std::chrono::milliseconds(100);
            rt.reconnectMax = std::chrono::milliseconds(500);
            m_realtime = std::make_unique<RealtimeClient>(m_config, rt);
        }
    }

    ~SyncTestClient()
    {
        m_engine.reset();
        if (m_realtime)
            m_realtime->disconnectFromServer();
    }

    // Signs in, then creates the engine (not started).
    bool signIn(const QString& email, const QString& password)
    {
        std::optional<Result<Session>> answer;
        m_auth.signInWithPassword(email, password, &m_context, [&](Result<Session> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000) || !answer->ok())
            return false;
        createEngine();
        return true;
    }

    void createEngine()
    {
        if (m_cache)
            m_engine = std::make_unique<SyncEngine>(*m_cache, m_rest, m_realtime.get(), &m_auth, m_clock,
                                                    m_options.engine);
    }

    CacheDatabase* cache() { return m_cache.get(); }
    SyncEngine& engine() { return *m_engine; }
    AuthClient& auth() { return m_auth; }
    InMemorySecretStore& secrets() { return m_secrets; }
    RestClient& rest() { return m_rest; }
    RealtimeClient* realtime() { return m_realtime.get(); }
    QString openError() const { return m_openError; }
    QObject* context() { return &m_context; }

    // Starts the engine and waits until it is live (bootstrap done, channel joined).
    bool startAndWaitLive(int timeoutMs = 60'000)
    {
        m_engine->start();
        return QTest::qWaitFor([&] { return m_engine->state() == SyncEngine::State::Live; }, timeoutMs);
    }

private:
    static SupabaseConfig makeConfig(const QString& url, const QString& anonKey)
    {
        SupabaseConfig config;
        config.url = QUrl(url);
        config.anonKey = anonKey;
        config.timeout = std::chrono::milliseconds(10'000);
        return config;
    }

    QObject m_context;
    SupabaseConfig m_config;
    SystemClock m_clock;
    NetworkHttpTransport m_transport;
    InMemorySecretStore m_secrets;
    AuthClient m_auth;
    RestClient m_rest;
    Options m_options;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<RealtimeClient> m_realtime;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_openError;
};

} // namespace helpdesk::test
