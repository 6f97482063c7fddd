#pragma once

// The typed rows of the dashboard reports: one plain struct per RPC's row (the same fields, whether the figures
// came from the server or from the local cache). Optional fields are the RPCs' nullable columns.

#include "core/Timestamp.h"

#include <QString>
#include <QUuid>

#include <array>
#include <optional>

namespace helpdesk {

// report_ticket_volume: tickets created and solved in one bucket.
struct VolumePoint
{
    Timestamp bucketStart;
    qint64 created = 0;
    qint64 solved = 0;

    friend bool operator==(const VolumePoint&, const VolumePoint&) = default;
};

// report_agent_performance: one agent (or an admin with tickets) over tickets created in the window.
struct AgentPerformanceRow
{
    QUuid agentId;
    QString fullName;
    qint64 assigned = 0;
    qint64 solved = 0;
    std::optional<double> medianFirstResponseMinutes; // 1 decimal
    std::optional<double> medianResolutionMinutes;    // 1 decimal
    std::optional<double> slaMetPct;                  // 1 decimal; none without SLA tickets

    friend bool operator==(const AgentPerformanceRow&, const AgentPerformanceRow&) = default;
};

// report_sla_compliance: SLA tickets created in one bucket and how they did.
struct SlaCompliancePoint
{
    Timestamp bucketStart; // the bucket's first day, 00:00 UTC
    qint64 total = 0;
    qint64 met = 0;
    qint64 breached = 0;
    std::optional<double> compliancePct; // 1 decimal; none when total is 0
    qint64 firstResponseBreached = 0;
    qint64 resolutionBreached = 0;

    friend bool operator==(const SlaCompliancePoint&, const SlaCompliancePoint&) = default;
};

// report_backlog: open work by status, priority or channel.
struct BacklogRow
{
    QString dimension; // status, priority, channel
    QString key;       // the enum's wire name
    qint64 tickets = 0;
    qint64 overdue = 0;
    std::optional<Timestamp> oldestCreatedAt;

    friend bool operator==(const BacklogRow&, const BacklogRow&) = default;
};

// report_response_times: one metric (first response or resolution) in wall-clock minutes.
struct ResponseTimeMetric
{
    static constexpr int bucketCount = 8;
    qint64 measured = 0;
    std::optional<double> median; // 1 decimal
    std::optional<double> p90;    // 1 decimal
    std::array<qint64, bucketCount> histogram{};

    friend bool operator==(const ResponseTimeMetric&, const ResponseTimeMetric&) = default;
};

struct ResponseTimes
{
    ResponseTimeMetric firstResponse;
    ResponseTimeMetric resolution;

    // The histogram buckets [lower, upper) in minutes (the last has no upper bound), and their labels.
    static constexpr std::array<int, ResponseTimeMetric::bucketCount - 1> bounds{15, 60, 240, 480, 1440, 4320, 10080};
    static QString bucketLabel(int index);

    friend bool operator==(const ResponseTimes&, const ResponseTimes&) = default;
};

inline QString ResponseTimes::bucketLabel(int index)
{
    static const char* const labels[] = {"< 15 min", "15-60 min", "1-4 h", "4-8 h", "8-24 h", "1-3 d", "3-7 d", ">= 7 d"};
    if (index < 0 || index >= ResponseTimeMetric::bucketCount)
        return {};
    return QString::fromLatin1(labels[index]);
}

// report_csat: one agent's rated tickets created in the window (agents without ratings have no row).
struct CsatRow
{
    QUuid agentId;
    qint64 rated = 0;
    double average = 0;      // 1 decimal
    double satisfiedPct = 0; // share of 4s and 5s, 1 decimal

    friend bool operator==(const CsatRow&, const CsatRow&) = default;
};

// report_ai_acceptance: one AI action (triage, reply, summary, kb_answer, ...) over suggestions created in the
// window. Percentages are of the decided suggestions; none when nothing was decided.
struct AiAcceptanceRow
{
    QString action; // the ai_action wire name
    qint64 suggestions = 0;
    qint64 accepted = 0;
    qint64 edited = 0;
    qint64 rejected = 0;
    qint64 undecided = 0;
    std::optional<double> acceptedPct;
    std::optional<double> editedPct;
    std::optional<double> rejectedPct;

    friend bool operator==(const AiAcceptanceRow&, const AiAcceptanceRow&) = default;
};

} // namespace helpdesk
