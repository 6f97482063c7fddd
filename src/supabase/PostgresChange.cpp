#include "supabase/PostgresChange.h"

namespace helpdesk {

QString changeEventWire(ChangeEvent event)
{
    switch (event) {
    case ChangeEvent::All:
        return QStringLiteral("*");
    case ChangeEvent::Insert:
        return QStringLiteral("INSERT");
    case ChangeEvent::Update:
        return QStringLiteral("UPDATE");
    case ChangeEvent::Delete:
        return QStringLiteral("DELETE");
    }
    return QStringLiteral("*");
}

Result<ChangeEvent> changeEventFromWire(const QString& text)
{
    if (text == QLatin1String("*"))
        return ChangeEvent::All;
    if (text == QLatin1String("INSERT"))
        return ChangeEvent::Insert;
    if (text == QLatin1String("UPDATE"))
        return ChangeEvent::Update;
    if (text == QLatin1String("DELETE"))
        return ChangeEvent::Delete;
    return Error::parse(QStringLiteral("Unknown change event \"%1\"").arg(text));
}

Json PostgresChangeFilter::toJson() const
{
    Json j = {{"event", changeEventWire(event).toStdString()}, {"schema", schema.toStdString()}};
    if (!table.isEmpty())
        j["table"] = table.toStdString();
    if (!filter.isEmpty())
        j["filter"] = filter.toStdString();
    return j;
}

Result<PostgresChange> PostgresChange::fromPayload(const Json& payload)
{
    if (!payload.is_object() || !payload.contains("data") || !payload["data"].is_object())
        return Error::parse(QStringLiteral("postgres_changes payload without data"));
    const Json& data = payload["data"];
    PostgresChange c;
    try {
        readField(data, "schema", c.schema);
        readField(data, "table", c.table);
        QString type;
        readField(data, "type", type);
        auto event = changeEventFromWire(type);
        if (!event.ok() || event.value() == ChangeEvent::All)
            return Error::parse(QStringLiteral("postgres_changes with type \"%1\"").arg(type));
        c.eventType = event.value();
        readField(data, "commit_timestamp", c.commitTimestamp);
    } catch (const std::exception& e) {
        return Error::parse(QString::fromUtf8(e.what()));
    }
    if (data.contains("record") && data["record"].is_object())
        c.newRecord = data["record"];
    if (data.contains("old_record") && data["old_record"].is_object())
        c.oldRecord = data["old_record"];
    if (data.contains("columns") && data["columns"].is_array())
        c.columns = data["columns"];
    c.errors = data.value("errors", Json());
    if (payload.contains("ids") && payload["ids"].is_array())
        for (const auto& id : payload["ids"])
            if (id.is_number_integer())
                c.bindingIds << id.get<qint64>();
    return c;
}

} // namespace helpdesk
