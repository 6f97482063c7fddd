#pragma once

// Shared checks for the row types: a PostgREST-shaped fixture parses, serializes back with exactly the
// same keys, and parses again to an equal value.

#include "core/Json.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace helpdesk::test {

inline std::set<std::string> keysOf(const Json& j)
{
    std::set<std::string> keys;
    for (const auto& item : j.items())
        keys.insert(item.key());
    return keys;
}

// ignoredKeys: columns the type deliberately does not map (generated tsvector "search").
template <typename T> T expectRoundTrip(const char* fixture, const std::set<std::string>& ignoredKeys = {})
{
    Json input = Json::parse(fixture);
    for (const auto& key : ignoredKeys) {
        EXPECT_TRUE(input.contains(key)) << "fixture should carry the ignored column " << key;
        input.erase(key);
    }
    {
        // The unmapped columns do not disturb parsing.
        const auto withExtras = parseJson<T>(Json::parse(fixture));
        EXPECT_TRUE(withExtras.ok()) << (withExtras.ok() ? "" : withExtras.error().message.toStdString());
    }
    const auto parsed = parseJson<T>(input);
    EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message.toStdString());
    if (!parsed.ok())
        return T{};
    const Json output = parsed.value();
    EXPECT_EQ(keysOf(output), keysOf(input)) << output.dump();
    const auto again = parseJson<T>(output);
    EXPECT_TRUE(again.ok());
    if (again.ok()) {
        EXPECT_TRUE(again.value() == parsed.value()) << output.dump();
    }
    // Non-timestamp scalars come back byte-identical.
    for (const auto& item : input.items()) {
        if (item.value().is_string() && item.key().size() > 3 &&
            (item.key().ends_with("_at") || item.key().ends_with("_due")))
            continue;
        EXPECT_EQ(output.at(item.key()), item.value()) << item.key();
    }
    return parsed.value();
}

// Removing a required key or breaking a value gives a Parse error naming the key.
template <typename T>
void expectParseErrorWhen(const char* fixture, const std::string& key, const Json& badValue, bool remove = false)
{
    Json input = Json::parse(fixture);
    if (remove)
        input.erase(key);
    else
        input[key] = badValue;
    const auto parsed = parseJson<T>(input);
    ASSERT_FALSE(parsed.ok()) << key;
    EXPECT_EQ(parsed.error().kind, Error::Kind::Parse);
    EXPECT_TRUE(parsed.error().message.contains(QString::fromStdString(key))) << parsed.error().message.toStdString();
}

} // namespace helpdesk::test
