#include "ServerProfile.h"

#include <QCoreApplication>
#include <QSettings>

namespace helpdesk {

namespace {
// The Supabase CLI's well-known local anon key (iss supabase-demo, role anon), which supabase/local signs
// with the same default secret.
constexpr const char *kDemoAnonKey =
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9."
    "CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0";
} // namespace

ServerProfile ServerProfile::localDemoServer()
{
    ServerProfile profile;
    profile.localDemo = true;
    const QString url = qEnvironmentVariable("SUPABASE_URL");
    profile.url = QUrl(url.isEmpty() ? QStringLiteral("http://127.0.0.1:54321") : url);
    const QString key = qEnvironmentVariable("SUPABASE_ANON_KEY");
    profile.anonKey = key.isEmpty() ? QString::fromLatin1(kDemoAnonKey) : key;
    return profile;
}

ServerProfile ServerProfile::load(const QSettings &settings)
{
    if (settings.value(QStringLiteral("server/localDemo"), true).toBool()) {
        return localDemoServer();
    }
    ServerProfile profile;
    profile.url = QUrl(settings.value(QStringLiteral("server/url")).toString());
    profile.anonKey = settings.value(QStringLiteral("server/anonKey")).toString();
    return profile;
}

void ServerProfile::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("server/localDemo"), localDemo);
    settings.setValue(QStringLiteral("server/url"), localDemo ? QString() : url.toString());
    // The anon key is public by design (it ships in every Supabase client); the session tokens are not
    // stored here but in the keychain.
    settings.setValue(QStringLiteral("server/anonKey"), localDemo ? QString() : anonKey);
}

QString ServerProfile::validationError() const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return QCoreApplication::translate("helpdesk::ServerProfile",
                                           "Enter the project URL, like https://abcd.supabase.co.");
    }
    if (anonKey.trimmed().isEmpty()) {
        return QCoreApplication::translate("helpdesk::ServerProfile",
                                           "Enter the project's anon key (Project Settings → API).");
    }
    if (anonKey.count(QLatin1Char('.')) != 2 && !anonKey.startsWith(QLatin1String("sb_publishable_"))) {
        return QCoreApplication::translate("helpdesk::ServerProfile",
                                           "That anon key does not look like a Supabase key.");
    }
    return {};
}

} // namespace helpdesk
