#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"

#include <QHash>
#include <QList>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace helpdesk::detail {

// Rows made on this machine and not yet answered by the server lack what the server fills in (number,
// timestamps, defaults): give those keys neutral values so the row types can be read.
inline void fillLocalDefaults(const MirrorTable& table, Json& row)
{
    for (const MirrorColumn& column : table.columns) {
        const std::string name = column.name.toStdString();
        auto it = row.find(name);
        if (it == row.end() || !it->is_null())
            continue;
        if (name == "number" || name == "version" || name == "size_bytes" || name == "sla_paused_minutes")
            *it = 0;
        else if (name == "created_at" || name == "updated_at")
            *it = "1970-01-01T00:00:00Z";
        else if (name == "requester_id" || name == "ticket_id" || name == "article_id")
            *it = "00000000-0000-0000-0000-000000000000";
        else if (name == "source")
            *it = "agent";
    }
}

// Reads rows by key as T, in the order of `ids` (ids not in the cache are skipped).
template <typename T>
Result<std::vector<T>> readTyped(MirrorStore& mirror, const QString& tableName, const QList<QUuid>& ids)
{
    const MirrorTable& table = *MirrorSchema::table(tableName);
    QStringList keys;
    keys.reserve(ids.size());
    for (const QUuid& id : ids)
        keys.append(id.toString(QUuid::WithoutBraces));
    auto rows = mirror.rows(table, keys);
    if (!rows.ok())
        return rows.error();
    QHash<QString, std::size_t> position;
    for (qsizetype i = 0; i < keys.size(); ++i)
        position.insert(keys[i], static_cast<std::size_t>(i));
    std::vector<std::pair<std::size_t, T>> found;
    for (Json& row : rows.value()) {
        fillLocalDefaults(table, row);
        auto parsed = parseJson<T>(row);
        if (!parsed.ok())
            return parsed.error();
        found.emplace_back(position.value(MirrorStore::rowKey(table, row)), std::move(parsed).value());
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<T> out;
    out.reserve(found.size());
    for (auto& [pos, value] : found)
        out.push_back(std::move(value));
    return out;
}

} // namespace helpdesk::detail
