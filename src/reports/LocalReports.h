#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "reports/ReportFilter.h"
#include "reports/ReportRows.h"

#include <vector>

namespace helpdesk {

class CacheDatabase;

// The dashboard reports computed from the local SQLite cache (the mirrored tickets, profiles and team_members),
// with the same semantics as the server RPCs (supabase/migrations/20261121020000_report_filters.sql and
// 20261121020100_report_backlog_response_times.sql): UTC buckets, soft-deleted tickets left out, the SLA
// outcome against `now` (the clock), percentile_cont medians and numeric rounding to one decimal.
// Synchronous, like the stores: call it from a worker or accept a short query on the calling thread.
class LocalReports
{
public:
    LocalReports(CacheDatabase& database, const Clock& clock);

    Result<std::vector<VolumePoint>> ticketVolume(const ReportFilter& filter);
    Result<std::vector<AgentPerformanceRow>> agentPerformance(const ReportFilter& filter);
    Result<std::vector<SlaCompliancePoint>> slaCompliance(const ReportFilter& filter);
    // Open work now (the filter's window and bucket are not used; team and channel are).
    Result<std::vector<BacklogRow>> backlog(const ReportFilter& filter);
    Result<ResponseTimes> responseTimes(const ReportFilter& filter);
    // report_csat: average rounded as numeric (exact, half away from zero), ordered by agent id.
    Result<std::vector<CsatRow>> csat(const ReportFilter& filter);

private:
    CacheDatabase& m_database;
    const Clock& m_clock;
};

} // namespace helpdesk
