#pragma once

#include "core/Json.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <optional>
#include <vector>

namespace helpdesk {

class MirrorStore;

// One custom ticket field as an admin defined it (public.ticket_field_definitions). The values live in
// tickets.custom_fields under `key`; the server rejects values that do not match the definition.
struct FieldDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FieldDefinition)

public:
    enum class Type
    {
        Text,     // JSON string
        Number,   // JSON number
        Date,     // JSON string "YYYY-MM-DD"
        Select,   // JSON string, one of options
        Checkbox, // JSON boolean
    };

    QUuid id;
    QString key; // lower-case letters, digits and '_', starting with a letter
    QString label;
    Type type = Type::Text;
    QStringList options; // Select only
    bool required = false;
    int position = 0;
    bool active = true;
    bool visibleToCustomers = false;

    static QString typeToWire(Type type);
    static std::optional<Type> typeFromWire(const QString& wire);
    static bool isValidKey(const QString& key);
    // The type's name for people ("Drop-down", ...).
    static QString typeLabel(Type type);
    // A key derived from a label ("Order number" -> "order_number"), for new definitions.
    static QString keyFromLabel(const QString& label);
    // Why the definition itself cannot be saved (label, key, options), in words; empty if fine.
    QString definitionProblem() const;

    // A cached row (ticket_field_definitions) → definition; rows with an unknown type are an error.
    static Result<FieldDefinition> fromRow(const Json& row);
    // The writable columns (id included) as a row for SyncEngine::insertRow/updateRow.
    Json toRow() const;

    // The JSON value stored in custom_fields for a widget value (QString, double, QDate, bool); null
    // QVariant → JSON null (field cleared).
    Json toJsonValue(const QVariant& value) const;
    // The widget value for a stored JSON value (invalid QVariant for null, missing or mismatched values).
    QVariant fromJsonValue(const Json& value) const;
    // Why `value` (JSON, as stored) is not acceptable for this field, in words for a person; empty if fine.
    // Mirrors the server's check (public.validate_custom_fields) so the form can say it before sending.
    QString problemWith(const Json& value) const;

    // The active definitions in the cache, ordered by position then label (inactive too on request).
    static Result<std::vector<FieldDefinition>> loadAll(MirrorStore& store, bool includeInactive = false);
};

} // namespace helpdesk
