#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace helpdesk {

// Where the session's tokens are kept between runs. Asynchronous: callbacks run later on context's thread
// and are dropped if context is destroyed. Never a plain-text file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<std::optional<QByteArray>>)>; // nullopt: no such entry
    using WriteCallback = std::function<void(Result<void>)>;

    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& key, const QByteArray& value, QObject* context, WriteCallback callback) = 0;
    virtual void remove(const QString& key, QObject* context, WriteCallback callback) = 0;

    // False when secrets only live as long as the process (tests, or no keychain on this machine).
    virtual bool isPersistent() const = 0;

signals:
    // Something the user should know, e.g. "No keychain is available: you will have to sign in again
    // after restarting."
    void warning(const QString& message);
};

} // namespace helpdesk
