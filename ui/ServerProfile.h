#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace helpdesk {

// Where to sign in: the local demo server, or a Supabase project given by its URL and anon key.
struct ServerProfile
{
    QUrl url;
    QString anonKey;
    bool localDemo = false;

    // http://127.0.0.1:54321 with the Supabase CLI's demo anon key (or $SUPABASE_URL/$SUPABASE_ANON_KEY).
    static ServerProfile localDemoServer();
    static ServerProfile load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Empty when usable; otherwise a sentence saying what is wrong with the URL or key.
    QString validationError() const;

    bool operator==(const ServerProfile &other) const = default;
};

} // namespace helpdesk
