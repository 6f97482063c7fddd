#pragma once

// nlohmann/json glue for the Qt and core types used in rows: QString, QUuid, QStringList, Timestamp and the
// wire enums; plus readField/writeField helpers that turn missing keys and wrong types into a JsonError
// naming the key. parseJson<T>() converts every such failure into Error{Parse}.

#include "core/Enums.h"
#include "core/Result.h"
#include "core/Timestamp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

namespace helpdesk {

using Json = nlohmann::json;

// Thrown by from_json functions of this project; caught by parseJson().
class JsonError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Wire enums: serialized as their wire string; unknown strings throw JsonError (→ Error{Parse}).
template <WireEnum E> void to_json(Json& j, E value)
{
    j = std::string(toWire(value));
}

template <WireEnum E> void from_json(const Json& j, E& value)
{
    if (!j.is_string())
        throw JsonError(std::string("expected a string for ") + std::string(WireNames<E>::typeName));
    auto r = fromWire<E>(j.get_ref<const std::string&>());
    if (!r.ok())
        throw JsonError(r.error().message.toStdString());
    value = r.value();
}

template <typename T> void readField(const Json& j, const char* key, T& out)
{
    const auto it = j.find(key);
    if (it == j.end())
        throw JsonError(std::string("missing key \"") + key + "\"");
    try {
        it->get_to(out);
    } catch (const nlohmann::json::exception& e) {
        throw JsonError(std::string("key \"") + key + "\": " + e.what());
    } catch (const JsonError& e) {
        throw JsonError(std::string("key \"") + key + "\": " + e.what());
    }
}

// Optional keys: absent or null → nullopt.
template <typename T> void readField(const Json& j, const char* key, std::optional<T>& out)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        out.reset();
        return;
    }
    T value{};
    readField(j, key, value);
    out = std::move(value);
}

// A JSON column (json/jsonb): kept as is, null included.
inline void readField(const Json& j, const char* key, Json& out)
{
    const auto it = j.find(key);
    if (it == j.end())
        throw JsonError(std::string("missing key \"") + key + "\"");
    out = *it;
}

template <typename T> void writeField(Json& j, const char* key, const T& value)
{
    j[key] = value;
}

template <typename T> void writeField(Json& j, const char* key, const std::optional<T>& value)
{
    if (value)
        j[key] = *value;
    else
        j[key] = nullptr;
}

// Parses one value; any nlohmann or JsonError exception becomes Error{Parse}.
template <typename T> Result<T> parseJson(const Json& j)
{
    try {
        return j.get<T>();
    } catch (const std::exception& e) {
        return Error::parse(QString::fromUtf8(e.what()));
    }
}

// Parses text, then the value.
template <typename T> Result<T> parseJson(const QByteArray& text)
{
    Json j = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (j.is_discarded())
        return Error::parse(QStringLiteral("The body is not valid JSON"));
    return parseJson<T>(j);
}

// Parses bytes into a Json document (no exceptions).
Result<Json> parseJsonDocument(const QByteArray& text);

} // namespace helpdesk

NLOHMANN_JSON_NAMESPACE_BEGIN

template <> struct adl_serializer<QString>
{
    static void to_json(json& j, const QString& s) { j = s.toStdString(); }
    static void from_json(const json& j, QString& s)
    {
        if (!j.is_string())
            throw helpdesk::JsonError(std::string("expected a string, got ") + j.type_name());
        const auto& str = j.get_ref<const std::string&>();
        s = QString::fromUtf8(str.data(), static_cast<qsizetype>(str.size()));
    }
};

template <> struct adl_serializer<QUuid>
{
    static void to_json(json& j, const QUuid& id) { j = id.toString(QUuid::WithoutBraces).toStdString(); }
    static void from_json(const json& j, QUuid& id)
    {
        if (!j.is_string())
            throw helpdesk::JsonError(std::string("expected a uuid string, got ") + j.type_name());
        const auto& str = j.get_ref<const std::string&>();
        id = QUuid::fromString(QAnyStringView(QByteArrayView(str.data(), static_cast<qsizetype>(str.size()))));
        if (id.isNull() && str != "00000000-0000-0000-0000-000000000000")
            throw helpdesk::JsonError("invalid uuid \"" + str + "\"");
    }
};

template <> struct adl_serializer<QStringList>
{
    static void to_json(json& j, const QStringList& list)
    {
        j = json::array();
        for (const QString& s : list)
            j.push_back(s.toStdString());
    }
    static void from_json(const json& j, QStringList& list)
    {
        if (!j.is_array())
            throw helpdesk::JsonError(std::string("expected an array of strings, got ") + j.type_name());
        list.clear();
        list.reserve(static_cast<qsizetype>(j.size()));
        for (const auto& item : j)
            list.append(item.get<QString>());
    }
};

template <> struct adl_serializer<helpdesk::Timestamp>
{
    static void to_json(json& j, const helpdesk::Timestamp& t) { j = t.toIsoString(); }
    static void from_json(const json& j, helpdesk::Timestamp& t)
    {
        if (!j.is_string())
            throw helpdesk::JsonError(std::string("expected a timestamp string, got ") + j.type_name());
        auto r = helpdesk::Timestamp::parse(std::string_view(j.get_ref<const std::string&>()));
        if (!r.ok())
            throw helpdesk::JsonError(r.error().message.toStdString());
        t = r.value();
    }
};

NLOHMANN_JSON_NAMESPACE_END
