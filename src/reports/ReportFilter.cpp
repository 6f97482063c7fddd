#include "reports/ReportFilter.h"

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

} // namespace helpdesk
