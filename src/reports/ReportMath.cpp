#include "reports/ReportMath.h"

#include "reports/ReportRows.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace helpdesk {

namespace {

constexpr std::int64_t microsPerSec = 1'000'000;
constexpr std::int64_t microsPerDay = 86'400 * microsPerSec;
// Monday 2000-01-03 00:00 UTC: the origin of the RPCs' date_bin.
constexpr std::int64_t binOrigin = std::int64_t{946'857'600} * microsPerSec;

std::int64_t stepMicros(ReportBucket bucket)
{
    return bucket == ReportBucket::Week ? 7 * microsPerDay : microsPerDay;
}

std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    return ((a % b) + b) % b;
}

} // namespace

Timestamp ReportMath::bucketStart(Timestamp t, ReportBucket bucket)
{
    if (bucket == ReportBucket::Month) {
        const QDate date = QDateTime::fromSecsSinceEpoch(t.secs(), QTimeZone::utc()).date();
        const QDateTime first(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::utc());
        return Timestamp::fromSecs(first.toSecsSinceEpoch());
    }
    const std::int64_t step = stepMicros(bucket);
    return Timestamp::fromMicros(t.micros() - floorMod(t.micros() - binOrigin, step));
}

Timestamp ReportMath::nextBucket(Timestamp start, ReportBucket bucket)
{
    if (bucket == ReportBucket::Month) {
        const QDateTime next = QDateTime::fromSecsSinceEpoch(start.secs(), QTimeZone::utc()).addMonths(1);
        return Timestamp::fromSecs(next.toSecsSinceEpoch());
    }
    return start.addMicros(stepMicros(bucket));
}

std::vector<Timestamp> ReportMath::bucketSeries(Timestamp from, Timestamp to, ReportBucket bucket)
{
    std::vector<Timestamp> series;
    const Timestamp last = to.addMicros(-1);
    for (Timestamp b = bucketStart(from, bucket); b <= last; b = nextBucket(b, bucket))
        series.push_back(b);
    return series;
}

double ReportMath::minutesBetween(Timestamp earlier, Timestamp later)
{
    // timestamptz - timestamptz is an interval of days and time (justify_hours); date_part('epoch') adds them
    // back in double precision.
    const std::int64_t span = later.micros() - earlier.micros();
    const std::int64_t days = span / microsPerDay; // truncates toward zero, like TMODULO
    const std::int64_t time = span - days * microsPerDay;
    const double epoch = static_cast<double>(time) / 1000000.0 + 86400.0 * static_cast<double>(days);
    return epoch / 60;
}

std::optional<double> ReportMath::percentileCont(std::vector<double>& values, double fraction)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double position = fraction * static_cast<double>(values.size() - 1);
    const double firstRow = std::floor(position);
    const double secondRow = std::ceil(position);
    const double first = values[static_cast<std::size_t>(firstRow)];
    if (firstRow == secondRow)
        return first;
    const double second = values[static_cast<std::size_t>(secondRow)];
    const double proportion = position - firstRow;
    return first + proportion * (second - first);
}

double ReportMath::roundNumeric1(double value)
{
    if (!std::isfinite(value))
        return value;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    const std::string text(buffer);
    if (text.find('e') != std::string::npos) {
        // Exponent form: tiny magnitudes round to 0, huge ones have no fraction to round.
        return std::fabs(value) < 1 ? 0.0 : value;
    }
    const bool negative = text.front() == '-';
    const std::string digits = negative ? text.substr(1) : text;
    const std::size_t dot = digits.find('.');
    const std::string whole = digits.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? std::string() : digits.substr(dot + 1);
    std::int64_t tenths = std::strtoll(whole.c_str(), nullptr, 10) * 10;
    if (!fraction.empty())
        tenths += fraction[0] - '0';
    if (fraction.size() > 1 && fraction[1] >= '5')
        ++tenths;
    if (tenths == 0)
        return 0.0;
    const double magnitude = static_cast<double>(tenths) / 10.0;
    return negative ? -magnitude : magnitude;
}

std::optional<double> ReportMath::percent1(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    // 1000 * part / whole tenths, rounded half away from zero, exactly (numeric arithmetic on the server).
    const qint64 numerator = 1000 * part;
    const qint64 tenths = numerator >= 0 ? (2 * numerator + whole) / (2 * whole) : -((-2 * numerator + whole) / (2 * whole));
    return static_cast<double>(tenths) / 10.0;
}

int ReportMath::histogramBucket(double minutes)
{
    int bucket = 0;
    for (const int bound : ResponseTimes::bounds)
        if (minutes >= bound)
            ++bucket;
    return bucket;
}

QString ReportMath::sqlBucketExpression(const QString& column, ReportBucket bucket)
{
    if (bucket == ReportBucket::Month) {
        const QString secs = QStringLiteral("((%1 - (((%1 %% 1000000) + 1000000) %% 1000000)) / 1000000)")
                                 .replace(QStringLiteral("%%"), QStringLiteral("%"))
                                 .replace(QStringLiteral("%1"), column);
        return QStringLiteral("(CAST(strftime('%s', %1, 'unixepoch', 'start of month') AS INTEGER) * 1000000)")
            .replace(QStringLiteral("%1"), secs);
    }
    const QString step = QString::number(stepMicros(bucket));
    const QString origin = QString::number(binOrigin);
    return QStringLiteral("(%1 - ((((%1 - %2) % %3) + %3) % %3))")
        .replace(QStringLiteral("%1"), column)
        .replace(QStringLiteral("%2"), origin)
        .replace(QStringLiteral("%3"), step);
}

} // namespace helpdesk
