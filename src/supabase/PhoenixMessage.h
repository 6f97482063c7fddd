#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace helpdesk {

// One Phoenix channel message (protocol reference §4.2). We speak serializer vsn 1.0.0: every frame is a
// self-describing JSON object {"topic","event","payload","ref","join_ref"}, so one JSON parse gives a
// message; vsn 2.0.0's positional arrays and binary broadcast frames buy nothing for postgres_changes
// (the server converts broadcasts to JSON for v1 peers). decode() accepts both shapes anyway.
struct PhoenixMessage
{
    std::optional<QString> joinRef;
    std::optional<QString> ref;
    QString topic;
    QString event;
    Json payload = Json::object();

    QByteArray encode() const; // vsn 1.0.0 JSON object
    static Result<PhoenixMessage> decode(const QByteArray& frame);

    // For phx_reply: payload.status ("ok"/"error") and payload.response.
    QString replyStatus() const;
    Json replyResponse() const;

    bool operator==(const PhoenixMessage&) const = default;
};

} // namespace helpdesk
