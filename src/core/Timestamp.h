#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace helpdesk {

// An instant with Postgres precision: microseconds since 1970-01-01T00:00:00Z. Keyset sync cursors
// compare updated_at at this precision, which QDateTime (milliseconds) would lose.
class Timestamp
{
public:
    constexpr Timestamp() = default; // the epoch
    static constexpr Timestamp fromMicros(std::int64_t micros) { return Timestamp(micros); }
    static constexpr Timestamp fromSecs(std::int64_t secs) { return Timestamp(secs * 1'000'000); }
    static Timestamp fromDateTime(const QDateTime& dateTime); // invalid → epoch

    // Parses Postgres/PostgREST timestamptz text: "2026-11-21T10:15:30.123456+00:00", "...Z",
    // "2026-11-21 10:15:30+01", with or without a fraction of 1-6 digits, offsets ±HH, ±HH:MM, ±HHMM,
    // ±HH:MM:SS. Text without an offset is read as UTC.
    static Result<Timestamp> parse(std::string_view text);
    static Result<Timestamp> parse(const QString& text);

    constexpr std::int64_t micros() const { return m_micros; }
    constexpr std::int64_t secs() const; // floor division

    // ISO-8601 in UTC with six fraction digits: "2026-11-21T10:15:30.123456Z".
    std::string toIsoString() const;
    QString toIso() const;
    QDateTime toDateTime() const; // UTC, truncated to milliseconds

    constexpr Timestamp addMicros(std::int64_t micros) const { return Timestamp(m_micros + micros); }
    constexpr Timestamp addSecs(std::int64_t secs) const { return Timestamp(m_micros + secs * 1'000'000); }
    constexpr std::int64_t microsTo(Timestamp other) const { return other.m_micros - m_micros; }

    friend constexpr auto operator<=>(const Timestamp&, const Timestamp&) = default;

private:
    constexpr explicit Timestamp(std::int64_t micros) : m_micros(micros) {}
    std::int64_t m_micros = 0;
};

constexpr std::int64_t Timestamp::secs() const
{
    return m_micros >= 0 ? m_micros / 1'000'000 : -((-m_micros + 999'999) / 1'000'000);
}

} // namespace helpdesk
