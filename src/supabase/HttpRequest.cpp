#include "supabase/HttpRequest.h"

namespace helpdesk {

namespace {

QByteArray find(const HttpHeaders& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& [key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpRequest::header(const QByteArray& name) const
{
    return find(headers, name);
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void HttpRequest::removeHeader(const QByteArray& name)
{
    headers.removeIf([&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QString HttpRequest::toText() const
{
    QString text =
        QString::fromLatin1(method) + QLatin1Char(' ') + QString::fromLatin1(url.toEncoded()) + QLatin1Char('\n');
    for (const auto& [key, value] : headers)
        text += QString::fromLatin1(key) + QLatin1String(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    if (!body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(body) + QLatin1Char('\n');
    return text;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    return find(headers, name);
}

} // namespace helpdesk
