#pragma once

#include "core/Timestamp.h"
#include "reports/ReportFilter.h"

#include <optional>
#include <vector>

namespace helpdesk {

// The arithmetic the report RPCs do in Postgres, reproduced exactly so that local figures equal the server's.
class ReportMath
{
public:
    // The first instant of the UTC bucket holding t: days and weeks as date_bin from Monday 2000-01-03 00:00 UTC,
    // months as date_trunc('month', t, 'UTC').
    static Timestamp bucketStart(Timestamp t, ReportBucket bucket);
    static Timestamp nextBucket(Timestamp bucketStart, ReportBucket bucket);
    // generate_series(date_trunc(bucket, from, 'UTC'), to - 1 µs, '1 bucket').
    static std::vector<Timestamp> bucketSeries(Timestamp from, Timestamp to, ReportBucket bucket);

    // date_part('epoch', later - earlier) / 60 with Postgres's interval arithmetic (justify_hours, then
    // time / 1e6 + 86400 * days).
    static double minutesBetween(Timestamp earlier, Timestamp later);
    // percentile_cont(fraction) over values (sorted in place); none when empty.
    static std::optional<double> percentileCont(std::vector<double>& values, double fraction);
    // round(value::numeric, 1): the double as numeric (15 significant digits), then half away from zero.
    static double roundNumeric1(double value);
    // round(100.0 * part / whole, 1); none when whole is 0.
    static std::optional<double> percent1(qint64 part, qint64 whole);
    // width_bucket(value, ResponseTimes::bounds): 0 below 15, 7 at 10080 and above.
    static int histogramBucket(double minutes);

    // The SQLite expression of bucketStart() over an integer microseconds column.
    static QString sqlBucketExpression(const QString& column, ReportBucket bucket);
};

} // namespace helpdesk
