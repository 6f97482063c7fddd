#include "ui/fields/FieldDefinition.h"

#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace helpdesk {

namespace {

const QString kTable = QStringLiteral("ticket_field_definitions");

QString jsonString(const Json& value)
{
    return value.is_string() ? value.get<QString>() : QString();
}

} // namespace

QString FieldDefinition::typeToWire(Type type)
{
    switch (type) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Select:
        return QStringLiteral("select");
    case Type::Checkbox:
        return QStringLiteral("checkbox");
    }
    return QStringLiteral("text");
}

std::optional<FieldDefinition::Type> FieldDefinition::typeFromWire(const QString& wire)
{
    for (Type type : {Type::Text, Type::Number, Type::Date, Type::Select, Type::Checkbox})
        if (typeToWire(type) == wire)
            return type;
    return std::nullopt;
}

QString FieldDefinition::typeLabel(Type type)
{
    switch (type) {
    case Type::Text:
        return tr("Text");
    case Type::Number:
        return tr("Number");
    case Type::Date:
        return tr("Date");
    case Type::Select:
        return tr("Drop-down");
    case Type::Checkbox:
        return tr("Check box");
    }
    return QString();
}

bool FieldDefinition::isValidKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    return pattern.match(key).hasMatch();
}

QString FieldDefinition::keyFromLabel(const QString& label)
{
    QString key;
    for (QChar c : label.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key.append(c);
        else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) && !key.isEmpty() &&
                 !key.endsWith(QLatin1Char('_')))
            key.append(QLatin1Char('_'));
    }
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    while (!key.isEmpty() && !key.front().isLetter())
        key.remove(0, 1);
    return key.left(63);
}

QString FieldDefinition::definitionProblem() const
{
    if (label.trimmed().isEmpty())
        return tr("Give the field a label.");
    if (label.trimmed().size() > 200)
        return tr("The label is too long (at most 200 characters).");
    if (!isValidKey(key))
        return tr("The key must start with a lower-case letter and use only lower-case letters, digits and "
                  "underscores (at most 63).");
    if (type == Type::Select) {
        if (options.isEmpty())
            return tr("A drop-down field needs at least one option.");
        QSet<QString> seen;
        for (const QString& option : options) {
            if (option.trimmed().isEmpty())
                return tr("Options cannot be empty.");
            if (seen.contains(option))
                return tr("The option \"%1\" is listed twice.").arg(option);
            seen.insert(option);
        }
    }
    return QString();
}

Result<FieldDefinition> FieldDefinition::fromRow(const Json& row)
{
    if (!row.is_object())
        return Error::parse(QStringLiteral("a field definition is not an object"));
    FieldDefinition d;
    d.id = QUuid::fromString(jsonString(row.value("id", Json())));
    d.key = jsonString(row.value("key", Json()));
    d.label = jsonString(row.value("label", Json()));
    const QString wireType = jsonString(row.value("field_type", Json()));
    const auto type = typeFromWire(wireType);
    if (!type)
        return Error::parse(QStringLiteral("unknown custom field type \"%1\"").arg(wireType));
    d.type = *type;
    const Json options = row.value("options", Json::array());
    if (options.is_array())
        for (const Json& option : options)
            if (option.is_string())
                d.options.append(option.get<QString>());
    d.required = row.value("required", false);
    const Json position = row.value("position", Json(0));
    d.position = position.is_number_integer() ? position.get<int>() : 0;
    d.active = row.value("is_active", true);
    d.visibleToCustomers = row.value("visible_to_customers", false);
    return d;
}

Json FieldDefinition::toRow() const
{
    Json row = Json::object();
    row["id"] = id;
    row["key"] = key;
    row["label"] = label.trimmed();
    row["field_type"] = typeToWire(type);
    row["options"] = type == Type::Select ? options : QStringList();
    row["required"] = required;
    row["position"] = position;
    row["is_active"] = active;
    row["visible_to_customers"] = visibleToCustomers;
    return row;
}

Json FieldDefinition::toJsonValue(const QVariant& value) const
{
    if (!value.isValid() || value.isNull())
        return nullptr;
    switch (type) {
    case Type::Text:
    case Type::Select: {
        const QString text = value.toString();
        if (text.isEmpty())
            return nullptr;
        return text;
    }
    case Type::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return nullptr;
        if (number == std::floor(number) && std::abs(number) < 9.0e15)
            return static_cast<std::int64_t>(number);
        return number;
    }
    case Type::Date: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return nullptr;
        return date.toString(Qt::ISODate);
    }
    case Type::Checkbox:
        return value.toBool();
    }
    return nullptr;
}

QVariant FieldDefinition::fromJsonValue(const Json& value) const
{
    switch (type) {
    case Type::Text:
    case Type::Select:
        return value.is_string() ? QVariant(value.get<QString>()) : QVariant();
    case Type::Number:
        return value.is_number() ? QVariant(value.get<double>()) : QVariant();
    case Type::Date: {
        if (!value.is_string())
            return QVariant();
        const QDate date = QDate::fromString(value.get<QString>(), Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case Type::Checkbox:
        return value.is_boolean() ? QVariant(value.get<bool>()) : QVariant();
    }
    return QVariant();
}

QString FieldDefinition::problemWith(const Json& value) const
{
    const bool empty = value.is_null() || (value.is_string() && value.get<QString>().trimmed().isEmpty());
    if (empty)
        return required ? tr("%1 is required.").arg(label) : QString();
    switch (type) {
    case Type::Text:
        if (!value.is_string())
            return tr("%1 needs text.").arg(label);
        if (value.get<QString>().size() > 10000)
            return tr("%1 is too long (at most 10000 characters).").arg(label);
        return QString();
    case Type::Number:
        return value.is_number() ? QString() : tr("%1 needs a number.").arg(label);
    case Type::Date: {
        const QString text = jsonString(value);
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!iso.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
            return tr("%1 needs a date such as 2027-01-31.").arg(label);
        return QString();
    }
    case Type::Select:
        if (!value.is_string() || !options.contains(value.get<QString>()))
            return tr("%1 must be one of: %2.").arg(label, options.join(QStringLiteral(", ")));
        return QString();
    case Type::Checkbox:
        return value.is_boolean() ? QString() : tr("%1 needs yes or no.").arg(label);
    }
    return QString();
}

Result<std::vector<FieldDefinition>> FieldDefinition::loadAll(MirrorStore& store, bool includeInactive)
{
    const MirrorTable* table = MirrorSchema::table(kTable);
    if (!table)
        return Error::validation(QStringLiteral("the cache does not keep custom field definitions"));
    auto keys = store.rowKeys(*table);
    if (!keys.ok())
        return keys.error();
    auto rows = store.rows(*table, keys.value());
    if (!rows.ok())
        return rows.error();
    std::vector<FieldDefinition> definitions;
    for (const Json& row : rows.value()) {
        auto definition = fromRow(row);
        if (!definition.ok())
            continue; // a type this version does not know: not shown rather than shown wrongly
        if (definition->active || includeInactive)
            definitions.push_back(std::move(definition.value()));
    }
    std::sort(definitions.begin(), definitions.end(), [](const FieldDefinition& a, const FieldDefinition& b) {
        if (a.position != b.position)
            return a.position < b.position;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return definitions;
}

} // namespace helpdesk
