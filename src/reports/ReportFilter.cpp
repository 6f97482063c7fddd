#include "reports/ReportFilter.h"

#include <QTimeZone>

namespace helpdesk {

QString reportBucketName(ReportBucket bucket)
{
    switch (bucket) {
    case ReportBucket::Day:
        return QStringLiteral("day");
    case ReportBucket::Week:
        return QStringLiteral("week");
    case ReportBucket::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

ReportFilter ReportFilter::between(const QDateTime& from, const QDateTime& to, ReportBucket bucket)
{
    ReportFilter f;
    f.from = Timestamp::fromDateTime(from.toUTC());
    f.to = Timestamp::fromDateTime(to.toUTC());
    f.bucket = bucket;
    return f;
}

ReportFilter ReportFilter::forRange(ReportRange range, Timestamp now, ReportBucket bucket)
{
    const QDate today = now.toDateTime().toUTC().date();
    int days = 1;
    switch (range) {
    case ReportRange::Today:
    case ReportRange::Custom:
        days = 1;
        break;
    case ReportRange::Last7Days:
        days = 7;
        break;
    case ReportRange::Last30Days:
        days = 30;
        break;
    case ReportRange::Quarter:
        days = 90;
        break;
    }
    return between(QDateTime(today.addDays(1 - days), QTime(0, 0), QTimeZone::utc()),
                   QDateTime(today.addDays(1), QTime(0, 0), QTimeZone::utc()), bucket);
}

} // namespace helpdesk
