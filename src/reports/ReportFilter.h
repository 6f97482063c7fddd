#pragma once

#include "core/Timestamp.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace helpdesk {

// The width of a report bucket; the wire names are the RPCs' p_bucket values.
enum class ReportBucket
{
    Day,
    Week, // ISO weeks, Monday 00:00 UTC
    Month,
};

QString reportBucketName(ReportBucket bucket);

// The date ranges a dashboard offers. Today, 7 and 30 days and the quarter (90 days) end with today (UTC), so
// they include the tickets of this morning; Custom is whatever from/to say.
enum class ReportRange
{
    Today,
    Last7Days,
    Last30Days,
    Quarter,
    Custom,
};

// What a dashboard asks for: tickets created (or solved) in [from, to), bucketed in UTC, optionally one team
// and one channel (the channel's wire name: desktop, email, web, api, chat).
struct ReportFilter
{
    Timestamp from;
    Timestamp to;
    ReportBucket bucket = ReportBucket::Day;
    std::optional<QUuid> team;
    std::optional<QString> channel;

    // A filter over [from, to) given as UTC date-times.
    static ReportFilter between(const QDateTime& from, const QDateTime& to, ReportBucket bucket = ReportBucket::Day);
    // [start of the range, start of tomorrow) in UTC as of now; Custom keeps from/to of the given filter.
    static ReportFilter forRange(ReportRange range, Timestamp now, ReportBucket bucket = ReportBucket::Day);
    bool isValid() const { return from < to; }

    friend bool operator==(const ReportFilter&, const ReportFilter&) = default;
};

} // namespace helpdesk
