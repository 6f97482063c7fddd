#include "supabase/PhoenixMessage.h"

namespace helpdesk {

namespace {

Json optionalText(const std::optional<QString>& text)
{
    return text ? Json(text->toStdString()) : Json(nullptr);
}

std::optional<QString> readRef(const Json& j)
{
    if (j.is_string())
        return j.get<QString>();
    if (j.is_number_integer())
        return QString::number(j.get<qint64>());
    return std::nullopt;
}

} // namespace

QByteArray PhoenixMessage::encode() const
{
    Json j = Json::object();
    j["topic"] = topic.toStdString();
    j["event"] = event.toStdString();
    j["payload"] = payload;
    j["ref"] = optionalText(ref);
    j["join_ref"] = optionalText(joinRef);
    return QByteArray::fromStdString(j.dump());
}

Result<PhoenixMessage> PhoenixMessage::decode(const QByteArray& frame)
{
    const Json j = Json::parse(frame.constBegin(), frame.constEnd(), nullptr, false);
    PhoenixMessage m;
    if (j.is_object()) {
        const auto topic = j.find("topic");
        const auto event = j.find("event");
        if (topic == j.end() || !topic->is_string() || event == j.end() || !event->is_string())
            return Error::parse(QStringLiteral("Phoenix frame without topic or event"));
        m.topic = topic->get<QString>();
        m.event = event->get<QString>();
        m.payload = j.value("payload", Json::object());
        m.ref = readRef(j.value("ref", Json()));
        m.joinRef = readRef(j.value("join_ref", Json()));
        return m;
    }
    if (j.is_array() && j.size() == 5 && j[2].is_string() && j[3].is_string()) {
        m.joinRef = readRef(j[0]);
        m.ref = readRef(j[1]);
        m.topic = j[2].get<QString>();
        m.event = j[3].get<QString>();
        m.payload = j[4];
        return m;
    }
    return Error::parse(QStringLiteral("Not a Phoenix frame: %1").arg(QString::fromUtf8(frame.left(200))));
}

QString PhoenixMessage::replyStatus() const
{
    if (payload.is_object() && payload.contains("status") && payload["status"].is_string())
        return payload["status"].get<QString>();
    return {};
}

Json PhoenixMessage::replyResponse() const
{
    if (payload.is_object() && payload.contains("response"))
        return payload["response"];
    return Json::object();
}

} // namespace helpdesk
