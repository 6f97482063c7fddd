#pragma once

// The local stack as the integration tests see it: its URL and keys (from `scripts/local-stack env`), a
// service-role REST client for arranging data "as another client", and fresh users.

#include "core/Json.h"
#include "core/Result.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/RestClient.h"
#include "supabase/SupabaseConfig.h"

#include <QHash>
#include <QProcess>
#include <QUuid>
#include <QtTest/QTest>

#include <optional>

namespace helpdesk::test {

struct LocalStackEnv
{
    QString url;
    QString anonKey;
    QString serviceKey;
    QString jwtSecret;

    static const LocalStackEnv& get()
    {
        static const LocalStackEnv env = load();
        return env;
    }

private:
    static LocalStackEnv load()
    {
        QHash<QString, QString> values;
        QProcess process;
        const QString root = qEnvironmentVariable("HELPDESK_SOURCE_DIR", QStringLiteral(HELPDESK_TEST_SOURCE_DIR));
        process.start(root + QStringLiteral("/scripts/local-stack"), {QStringLiteral("env")});
        process.waitForFinished(30000);
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            QByteArray l = line.trimmed();
            if (l.startsWith("export "))
                l = l.mid(7);
            const int eq = l.indexOf('=');
            if (eq > 0)
                values.insert(QString::fromUtf8(l.left(eq)), QString::fromUtf8(l.mid(eq + 1)));
        }
        LocalStackEnv env;
        env.url = values.value(QStringLiteral("SUPABASE_URL"), QStringLiteral("http://127.0.0.1:54321"));
        env.anonKey = values.value(QStringLiteral("SUPABASE_ANON_KEY"));
        env.serviceKey = values.value(QStringLiteral("SUPABASE_SERVICE_ROLE_KEY"));
        env.jwtSecret = values.value(QStringLiteral("SUPABASE_JWT_SECRET"));
        return env;
    }
};

inline SupabaseConfig configFor(const QString& url, const QString& key)
{
    SupabaseConfig config;
    config.url = QUrl(url);
    config.anonKey = key;
    config.timeout = std::chrono::milliseconds(15'000);
    return config;
}

// Runs a REST call and waits for its answer (tests only).
inline Result<RestResponse> call(RestClient& rest, const QueryBuilder& query, QObject* context)
{
    std::optional<Result<RestResponse>> answer;
    rest.execute(query, context, [&](Result<RestResponse> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 60'000))
        return Error::timeout(QStringLiteral("no answer from the local stack"));
    return std::move(*answer);
}

// The service role: bypasses RLS, for arranging data the way another client would.
class ServiceRole
{
public:
    ServiceRole()
        : m_rest(configFor(LocalStackEnv::get().url, LocalStackEnv::get().serviceKey), m_transport)
    {
    }

    Result<RestResponse> run(const QueryBuilder& query) { return call(m_rest, query, &m_context); }

    // Signs up a new user (auto-confirmed on the local stack) and gives them `role`.
    struct User
    {
        QUuid id;
        QString email;
        QString password;
    };
    Result<User> createUser(const QString& role)
    {
        User user;
        user.email = QStringLiteral("sync-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        user.password = QStringLiteral("correct-horse-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        HttpRequest request = configFor(LocalStackEnv::get().url, LocalStackEnv::get().serviceKey)
                                  .request("POST", QUrl(LocalStackEnv::get().url + QStringLiteral("/auth/v1/admin/users")));
        request.setHeader("Content-Type", "application/json");
        request.body = QByteArray::fromStdString(
            Json{{"email", user.email.toStdString()}, {"password", user.password.toStdString()}, {"email_confirm", true}}
                .dump());
        std::optional<Result<HttpResponse>> answer;
        m_transport.send(request, &m_context, [&](Result<HttpResponse> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000) || !answer->ok())
            return answer && !answer->ok() ? answer->error() : Error::timeout();
        if (answer->value().status >= 300)
            return Error::http(answer->value().status, QString::fromUtf8(answer->value().body));
        const Json body = Json::parse(answer->value().body.toStdString(), nullptr, false);
        if (!body.is_object() || !body.contains("id"))
            return Error::parse(QString::fromUtf8(answer->value().body));
        user.id = QUuid::fromString(QString::fromStdString(body["id"].get<std::string>()));
        if (role != QLatin1String("customer")) {
            QueryBuilder promote(QStringLiteral("profiles"));
            promote.update(Json{{"role", role.toStdString()}}).eq(QStringLiteral("id"), user.id);
            auto promoted = run(promote);
            if (!promoted.ok())
                return promoted.error();
        }
        return user;
    }

    // Inserts rows in batches of 1000 (returns nothing).
    Result<void> insertMany(const QString& table, const Json& rows)
    {
        for (std::size_t from = 0; from < rows.size(); from += 1000) {
            Json batch = Json::array();
            for (std::size_t i = from; i < std::min(rows.size(), from + 1000); ++i)
                batch.push_back(rows[i]);
            QueryBuilder insert(table);
            insert.insert(batch).returning(ReturnPreference::Minimal);
            auto done = run(insert);
            if (!done.ok())
                return done.error();
        }
        return {};
    }

private:
    QObject m_context;
    NetworkHttpTransport m_transport;
    RestClient m_rest;
};

} // namespace helpdesk::test
