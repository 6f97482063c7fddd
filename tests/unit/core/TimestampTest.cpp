#include "core/Timestamp.h"

#include <gtest/gtest.h>

using helpdesk::Timestamp;

namespace {

// 2026-11-21T10:15:30Z
constexpr std::int64_t kBaseSecs = 1795256130;

struct ParseCase
{
    const char* text;
    std::int64_t expectedMicros;
};

} // namespace

TEST(Timestamp, BaseConstantIsRight)
{
    // Cross-check with QDateTime so the table below rests on something independent.
    const QDateTime dt(QDate(2026, 11, 21), QTime(10, 15, 30), Qt::UTC);
    EXPECT_EQ(dt.toSecsSinceEpoch(), kBaseSecs);
}

TEST(Timestamp, ParsesEveryFormPostgresEmits)
{
    const std::int64_t base = kBaseSecs * 1'000'000;
    const ParseCase cases[] = {
        {"2026-11-21T10:15:30.123456+00:00", base + 123456},
        {"2026-11-21T10:15:30.123456Z", base + 123456},
        {"2026-11-21 10:15:30.123456+00", base + 123456},
        {"2026-11-21 10:15:30+00", base},
        {"2026-11-21T10:15:30Z", base},
        {"2026-11-21 11:15:30+01", base},
        {"2026-11-21 11:15:30+01:00", base},
        {"2026-11-21 11:15:30+0100", base},
        {"2026-11-21 05:45:30-04:30", base},
        {"2026-11-21 03:15:30-07", base},
        {"2026-11-21T10:15:30.1Z", base + 100000},
        {"2026-11-21T10:15:30.12Z", base + 120000},
        {"2026-11-21T10:15:30.123Z", base + 123000},
        {"2026-11-21T10:15:30.1234+00:00", base + 123400},
        {"2026-11-21T10:15:30.12345+00:00", base + 123450},
        {"2026-11-21T10:15:30.000001+00:00", base + 1},
        {"2026-11-21T10:15:30", base},            // no offset: UTC
        {"2026-11-21T10:15Z", base - 30'000'000}, // no seconds
        {"2026-11-22 00:15:30+14:00", base},      // date changes with the offset
        {"1970-01-01T00:00:00Z", 0},
        {"1969-12-31T23:59:59.999999Z", -1},
        {"2000-02-29T00:00:00Z", 951782400'000'000}, // leap day
        {"2026-11-21t10:15:30z", base},
        {"1970-01-01 00:00:00+05:30:15", -(5 * 3600 + 30 * 60 + 15) * std::int64_t(1'000'000)},
    };
    for (const auto& c : cases) {
        const auto r = Timestamp::parse(std::string_view(c.text));
        ASSERT_TRUE(r.ok()) << c.text << ": " << r.error().message.toStdString();
        EXPECT_EQ(r.value().micros(), c.expectedMicros) << c.text;
    }
}

TEST(Timestamp, RejectsMalformedText)
{
    const char* bad[] = {
        "",
        "2026-11-21",                   // no time
        "2026-13-01T00:00:00Z",         // month
        "2026-02-30T00:00:00Z",         // day
        "2025-02-29T00:00:00Z",         // not a leap year
        "2026-11-21T25:00:00Z",         // hour
        "2026-11-21T10:60:00Z",         // minute
        "2026-11-21T10:15:30.1234567Z", // 7 fraction digits
        "2026-11-21T10:15:30.Z",        // empty fraction
        "2026-11-21T10:15:30+1",        // one-digit offset
        "2026-11-21T10:15:30+01:0",     // short offset minutes
        "2026-11-21T10:15:30Z trailing",
        "26-11-21T10:15:30Z",
        "infinity",
        "2026/11/21 10:15:30",
    };
    for (const char* text : bad) {
        const auto r = Timestamp::parse(std::string_view(text));
        EXPECT_FALSE(r.ok()) << text;
        if (!r.ok()) {
            EXPECT_EQ(r.error().kind, helpdesk::Error::Kind::Parse);
        }
    }
}

TEST(Timestamp, FormatsAsIsoWithMicroseconds)
{
    EXPECT_EQ(Timestamp::fromMicros(kBaseSecs * 1'000'000 + 123456).toIsoString(), "2026-11-21T10:15:30.123456Z");
    EXPECT_EQ(Timestamp::fromMicros(kBaseSecs * 1'000'000 + 1).toIsoString(), "2026-11-21T10:15:30.000001Z");
    EXPECT_EQ(Timestamp().toIsoString(), "1970-01-01T00:00:00.000000Z");
    EXPECT_EQ(Timestamp::fromMicros(-1).toIsoString(), "1969-12-31T23:59:59.999999Z");
    EXPECT_EQ(Timestamp::fromSecs(951782400).toIso(), QStringLiteral("2000-02-29T00:00:00.000000Z"));
}

TEST(Timestamp, FormattedTextParsesBackToTheSameInstant)
{
    for (std::int64_t micros : {std::int64_t(0), std::int64_t(-1), std::int64_t(1), kBaseSecs * 1'000'000 + 999999,
                                std::int64_t(4102444800'000'000) /* 2100-01-01 */, std::int64_t(-2208988800'000'000)}) {
        const Timestamp t = Timestamp::fromMicros(micros);
        const auto back = Timestamp::parse(t.toIsoString());
        ASSERT_TRUE(back.ok()) << t.toIsoString();
        EXPECT_EQ(back.value(), t) << t.toIsoString();
    }
}

TEST(Timestamp, ConvertsToAndFromQDateTime)
{
    const QDateTime dt(QDate(2026, 11, 21), QTime(10, 15, 30, 250), Qt::UTC);
    const Timestamp t = Timestamp::fromDateTime(dt);
    EXPECT_EQ(t.micros(), kBaseSecs * 1'000'000 + 250'000);
    EXPECT_EQ(t.toDateTime(), dt);
    EXPECT_EQ(t.toDateTime().timeSpec(), Qt::UTC);
    // A QDateTime in another zone denotes the same instant.
    const QDateTime plusTwo = dt.toOffsetFromUtc(7200);
    EXPECT_EQ(Timestamp::fromDateTime(plusTwo), t);
    // Microseconds below a millisecond are truncated by QDateTime.
    EXPECT_EQ(Timestamp::fromMicros(kBaseSecs * 1'000'000 + 250'999).toDateTime(), dt);
    EXPECT_EQ(Timestamp::fromDateTime(QDateTime()), Timestamp());
}

TEST(Timestamp, ComparesAndDoesArithmetic)
{
    const Timestamp a = Timestamp::fromMicros(10);
    const Timestamp b = a.addMicros(5);
    EXPECT_LT(a, b);
    EXPECT_EQ(a.microsTo(b), 5);
    EXPECT_EQ(Timestamp::fromSecs(3).addSecs(2).secs(), 5);
    EXPECT_EQ(Timestamp::fromMicros(-1).secs(), -1);
    EXPECT_EQ(Timestamp::fromMicros(-1'000'000).secs(), -1);
}

TEST(Timestamp, ParsesQStringToo)
{
    const auto r = Timestamp::parse(QStringLiteral("2026-11-21 10:15:30.5+00"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value().micros(), kBaseSecs * 1'000'000 + 500000);
}
