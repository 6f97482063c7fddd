#include "core/Json.h"

#include <gtest/gtest.h>

using namespace helpdesk;

TEST(Json, QtTypesRoundTrip)
{
    const QString text = QStringLiteral("Grüße, 世界");
    Json j = text;
    EXPECT_EQ(j.get<QString>(), text);

    const QUuid id = QUuid::fromString(QStringLiteral("9f1c2a7e-4b1d-4c8e-9a55-0a1b2c3d4e5f"));
    Json jid = id;
    EXPECT_EQ(jid.get<std::string>(), "9f1c2a7e-4b1d-4c8e-9a55-0a1b2c3d4e5f");
    EXPECT_EQ(jid.get<QUuid>(), id);

    const QStringList tags{QStringLiteral("vip"), QStringLiteral("billing")};
    Json jt = tags;
    EXPECT_EQ(jt.dump(), R"(["vip","billing"])");
    EXPECT_EQ(jt.get<QStringList>(), tags);

    Json ts = Timestamp::fromMicros(1);
    EXPECT_EQ(ts.get<std::string>(), "1970-01-01T00:00:00.000001Z");
    EXPECT_EQ(Json("2026-11-21 10:15:30.5+00").get<Timestamp>().micros(), 1795256130'500000);
}

TEST(Json, WrongTypesAndBadValuesBecomeParseErrors)
{
    EXPECT_FALSE(parseJson<QString>(Json(5)).ok());
    EXPECT_FALSE(parseJson<QUuid>(Json("not-a-uuid")).ok());
    EXPECT_TRUE(parseJson<QUuid>(Json("00000000-0000-0000-0000-000000000000")).ok());
    EXPECT_FALSE(parseJson<QStringList>(Json::parse(R"(["a", 1])")).ok());
    EXPECT_FALSE(parseJson<Timestamp>(Json("yesterday")).ok());
    const auto r = parseJson<Timestamp>(Json(nullptr));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Parse);
}

TEST(Json, ParsesDocumentsWithoutThrowing)
{
    EXPECT_TRUE(parseJsonDocument(QByteArrayLiteral(R"({"a":1})")).ok());
    const auto bad = parseJsonDocument(QByteArrayLiteral("{not json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Parse);
    EXPECT_FALSE(parseJson<QString>(QByteArrayLiteral("{")).ok());
    EXPECT_EQ(parseJson<QString>(QByteArrayLiteral("\"x\"")).value(), "x");
}

TEST(Json, FieldHelpersNameTheKeyAndTreatNullAsAbsent)
{
    const Json row = Json::parse(R"({"a":"x","b":null,"c":3})");
    std::optional<QString> b = QStringLiteral("stale");
    readField(row, "b", b);
    EXPECT_FALSE(b.has_value());
    std::optional<QString> missing = QStringLiteral("stale");
    readField(row, "zz", missing);
    EXPECT_FALSE(missing.has_value());
    QString c;
    try {
        readField(row, "c", c);
        FAIL() << "expected JsonError";
    } catch (const JsonError& e) {
        EXPECT_NE(std::string(e.what()).find("\"c\""), std::string::npos) << e.what();
    }
    try {
        QString absent;
        readField(row, "nope", absent);
        FAIL() << "expected JsonError";
    } catch (const JsonError& e) {
        EXPECT_NE(std::string(e.what()).find("missing key \"nope\""), std::string::npos) << e.what();
    }
    Json out = Json::object();
    writeField(out, "b", std::optional<int>());
    writeField(out, "d", std::optional<int>(4));
    EXPECT_EQ(out.dump(), R"({"b":null,"d":4})");
}
