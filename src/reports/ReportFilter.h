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
    bool isValid() const { return from < to; }
};

} // namespace helpdesk
