#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace helpdesk {

// How a server column is kept in SQLite and turned back into JSON.
enum class ColumnType
{
    Text,      // text and Postgres enums (wire string)
    Uuid,      // uuid, kept as lower-case text
    Integer,   // integer, bigint, smallint
    Boolean,   // boolean, kept as 0/1
    Timestamp, // timestamptz, kept as microseconds since the epoch (exact keyset comparisons and sorting)
    JsonValue, // jsonb and text[]: kept as JSON text
};

struct MirrorColumn
{
    QString name;
    ColumnType type = ColumnType::Text;
};

// One server table mirrored in the cache: its columns (the same names as in supabase/migrations), its
// key, and how the sync engine pulls it.
struct MirrorTable
{
    QString name;                      // the same in Postgres (public schema) and in SQLite
    std::vector<MirrorColumn> columns; // the columns the client keeps (server-only columns are not pulled)
    QStringList keyColumns;            // primary key
    QString cursorColumn;              // updated_at, or created_at for append-only tables
    bool keyset = true;                // false: small table without a single key, pulled whole each time
    bool hasVersion = false;           // optimistic concurrency column `version`
    bool hasSoftDelete = false;        // `deleted_at`: a non-null value removes the row locally

    const MirrorColumn* column(const QString& columnName) const;
    bool hasColumn(const QString& columnName) const { return column(columnName) != nullptr; }
    QStringList columnNames() const;
    // The PostgREST select list (the kept columns only: no tsvector or server-only columns on the wire).
    QString selectList() const { return columnNames().join(QLatin1Char(',')); }
    bool singleKey() const { return keyColumns.size() == 1; }
};

// The server tables the client mirrors, in the order the sync engine bootstraps them (referenced tables
// first, so that a list can show names as soon as tickets arrive).
class MirrorSchema
{
public:
    static const std::vector<MirrorTable>& tables();
    static const MirrorTable* table(const QString& name);
};

} // namespace helpdesk
