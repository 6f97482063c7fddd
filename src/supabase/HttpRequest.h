#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

namespace helpdesk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// A request as the clients build it, before it is handed to an HttpTransport. toText() renders it as a
// golden string (method, URL, headers in order, body) for snapshot tests.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    std::chrono::milliseconds timeout{30'000}; // no progress for this long → Error{Timeout}

    // Progress of the body transfer (bytes done, total or -1); called on the caller's context thread.
    std::function<void(qint64, qint64)> onUploadProgress;
    std::function<void(qint64, qint64)> onDownloadProgress;

    void setHeader(const QByteArray& name, const QByteArray& value); // replaces (case-insensitive)
    QByteArray header(const QByteArray& name) const;                 // empty when absent
    bool hasHeader(const QByteArray& name) const;
    void removeHeader(const QByteArray& name);

    QString toText() const;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace helpdesk
