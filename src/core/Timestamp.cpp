#include "core/Timestamp.h"

#include <array>
#include <cstdio>

namespace helpdesk {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil
{
    std::int64_t year;
    unsigned month;
    unsigned day;
};

constexpr Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(std::int64_t y, unsigned m)
{
    static constexpr std::array<unsigned, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

class Scanner
{
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skip() { ++m_pos; }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Exactly n digits.
    bool digits(int n, int& out)
    {
        out = 0;
        for (int i = 0; i < n; ++i) {
            const char c = peek();
            if (c < '0' || c > '9')
                return false;
            out = out * 10 + (c - '0');
            ++m_pos;
        }
        return true;
    }
    bool isDigit() const { return peek() >= '0' && peek() <= '9'; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

Error bad(std::string_view text, const char* why)
{
    return Error::parse(
        QStringLiteral("Invalid timestamp \"%1\": %2")
            .arg(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())), QString::fromLatin1(why)));
}

} // namespace

Result<Timestamp> Timestamp::parse(std::string_view text)
{
    Scanner s(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!s.digits(4, year) || !s.accept('-') || !s.digits(2, month) || !s.accept('-') || !s.digits(2, day))
        return bad(text, "expected YYYY-MM-DD");
    if (month < 1 || month > 12 || day < 1 ||
        static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month)))
        return bad(text, "date out of range");
    if (!s.accept('T') && !s.accept(' ') && !s.accept('t'))
        return bad(text, "expected a time after the date");
    if (!s.digits(2, hour) || !s.accept(':') || !s.digits(2, minute))
        return bad(text, "expected HH:MM");
    if (s.accept(':') && !s.digits(2, second))
        return bad(text, "expected seconds");
    if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute != 0 || second != 0)))
        return bad(text, "time out of range");
    std::int64_t fraction = 0;
    if (s.accept('.')) {
        int n = 0;
        while (s.isDigit()) {
            if (n >= 6)
                return bad(text, "more than 6 fraction digits");
            fraction = fraction * 10 + (s.peek() - '0');
            s.skip();
            ++n;
        }
        if (n == 0)
            return bad(text, "empty fraction");
        for (; n < 6; ++n)
            fraction *= 10;
    }
    std::int64_t offsetSecs = 0;
    if (s.accept('Z') || s.accept('z')) {
        // UTC
    } else if (s.peek() == '+' || s.peek() == '-') {
        const int sign = s.peek() == '-' ? -1 : 1;
        s.skip();
        int oh = 0, om = 0, os = 0;
        if (!s.digits(2, oh))
            return bad(text, "expected offset hours");
        if (s.accept(':')) {
            if (!s.digits(2, om))
                return bad(text, "expected offset minutes");
            if (s.accept(':') && !s.digits(2, os))
                return bad(text, "expected offset seconds");
        } else if (s.isDigit() && !s.digits(2, om)) {
            return bad(text, "expected offset minutes");
        }
        if (oh > 15 || om > 59 || os > 59)
            return bad(text, "offset out of range");
        offsetSecs = sign * (oh * 3600 + om * 60 + os);
    }
    if (!s.atEnd())
        return bad(text, "unexpected trailing characters");
    if (second == 60)
        second = 59; // leap second: Postgres itself never emits it; clamp rather than fail
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetSecs;
    return Timestamp(secs * 1'000'000 + fraction);
}

Result<Timestamp> Timestamp::parse(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

Timestamp Timestamp::fromDateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return Timestamp(dateTime.toMSecsSinceEpoch() * 1000);
}

std::string Timestamp::toIsoString() const
{
    const std::int64_t s = secs();
    const std::int64_t fraction = m_micros - s * 1'000'000;
    std::int64_t days = s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
    const std::int64_t secOfDay = s - days * 86400;
    const Civil c = civilFromDays(days);
    std::array<char, 48> buf{};
    std::snprintf(buf.data(), buf.size(), "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%06lldZ",
                  static_cast<long long>(c.year), c.month, c.day, static_cast<long long>(secOfDay / 3600),
                  static_cast<long long>(secOfDay % 3600 / 60), static_cast<long long>(secOfDay % 60),
                  static_cast<long long>(fraction));
    return std::string(buf.data());
}

QString Timestamp::toIso() const
{
    return QString::fromStdString(toIsoString());
}

QDateTime Timestamp::toDateTime() const
{
    const std::int64_t ms = m_micros >= 0 ? m_micros / 1000 : -((-m_micros + 999) / 1000);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace helpdesk
