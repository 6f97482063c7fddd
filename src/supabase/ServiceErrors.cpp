#include "supabase/ServiceErrors.h"

#include "core/Json.h"

namespace helpdesk {

namespace {

QString stringAt(const Json& j, const char* key)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (it->is_string())
        return it->get<QString>();
    return QString::fromStdString(it->dump());
}

QString bodyText(const HttpResponse& r)
{
    QString text = QString::fromUtf8(r.body.left(500)).trimmed();
    return text.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status) : text;
}

Json parseObject(const HttpResponse& r)
{
    Json j = Json::parse(r.body.constBegin(), r.body.constEnd(), nullptr, false);
    return j.is_object() ? j : Json();
}

QString firstOf(const Json& j, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const auto it = j.find(key);
        if (it != j.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
            return it->get<QString>();
    }
    return {};
}

} // namespace

Error postgrestError(const HttpResponse& r)
{
    const Json j = parseObject(r);
    if (j.is_null() || !j.contains("message"))
        return Error::http(r.status, bodyText(r));
    return Error::api(r.status, stringAt(j, "code"), stringAt(j, "message"), stringAt(j, "details"),
                      stringAt(j, "hint"));
}

Error goTrueError(const HttpResponse& r)
{
    const Json j = parseObject(r);
    if (j.is_null())
        return Error::http(r.status, bodyText(r));
    const QString message = firstOf(j, {"msg", "message", "error_description", "error"});
    QString code;
    const auto codeIt = j.find("code");
    if (codeIt != j.end() && codeIt->is_string())
        code = codeIt->get<QString>(); // shape A
    else
        code = firstOf(j, {"error_code"}); // shape B
    if (code.isEmpty() && j.contains("error_description"))
        code = firstOf(j, {"error"}); // shape C: OAuth "invalid_request", "invalid_grant"
    if (code.isEmpty())
        code = QString::fromUtf8(r.header("x-sb-error-code"));
    if (message.isEmpty() && code.isEmpty())
        return Error::http(r.status, bodyText(r));
    return Error::api(r.status, code, message.isEmpty() ? code : message);
}

Error storageError(const HttpResponse& r)
{
    const Json j = parseObject(r);
    if (j.is_null())
        return Error::http(r.status, bodyText(r));
    QString code = firstOf(j, {"code", "error"});
    const QString message = firstOf(j, {"message", "error_description", "error"});
    if (message.isEmpty() && code.isEmpty())
        return Error::http(r.status, bodyText(r));
    int status = r.status;
    if (status == 0) {
        bool ok = false;
        status = stringAt(j, "statusCode").toInt(&ok);
    }
    return Error::api(status, code, message);
}

Error functionsError(const HttpResponse& r)
{
    const Json j = parseObject(r);
    if (j.is_null()) {
        Error e = Error::http(r.status, bodyText(r));
        if (r.header("x-relay-error") == "true")
            e.code = QStringLiteral("FunctionsRelayError");
        return e;
    }
    QString message = firstOf(j, {"error", "message", "msg"});
    if (message.isEmpty() && j.contains("error") && j["error"].is_object())
        message = firstOf(j["error"], {"message"});
    QString code = firstOf(j, {"code", "error_code"});
    if (code.isEmpty() && r.header("x-relay-error") == "true")
        code = QStringLiteral("FunctionsRelayError");
    if (message.isEmpty())
        return Error::http(r.status, bodyText(r));
    return Error::api(r.status, code, message, stringAt(j, "details"), stringAt(j, "hint"));
}

} // namespace helpdesk
