#pragma once

// The hand-built ticket set behind the report tests (the expected numbers in LocalReportsTest are worked out by
// hand from it; the integration test loads the same tickets into Postgres). Window: Monday 2003-03-03 00:00 UTC
// to Thursday 2003-03-06 00:00 UTC; `now` for the SLA clocks: 2003-03-10 00:00 UTC.
//
//  #  created      assignee team chan  prio   status   1st resp  solved       SLA (fr due / res due / paused)
//  1  03-03 09:00  alice    A    email normal solved   +30 min   03-03 11:00  10:00 / 03-04 09:00      met
//  2  03-03 10:00  alice    A    email normal solved   +60 min   03-04 10:00  10:30 / 03-05 10:00      fr late
//  3  03-04 08:00  bob      A    web   high   open     +15 min   -            09:00 / 03-04 16:00      res late
//  4  03-04 12:00  alice    B    chat  normal solved   +45 min   03-05 12:00  no SLA
//  5  03-05 06:00  -        A    email urgent new      -         -            07:00 / 03-05 14:00 / paused 07:30  fr late
//  6  03-02 23:00  bob      A    email normal solved   -         03-03 01:00  no SLA (created before the window)
//  7  03-04 13:00  alice    A    email normal open (deleted)
//  8  03-05 20:00  bob      A    email normal pending  +30 min   -            21:00 / 03-20 00:00      met
//  9  03-05 09:00  bob      A    email normal solved   +10 min   03-05 09:40  10:00 / 03-05 17:00      met

#include "core/Json.h"

#include <string>
#include <vector>

namespace helpdesk::test {

struct ReportDataset
{
    std::string teamA;
    std::string teamB;
    std::string alice;
    std::string bob;
    std::string requester;
    std::string slaPolicy;
    std::string idPrefix = "00000000-0000-4000-8000-0000000000"; // + two digits

    std::string ticketId(int n) const
    {
        return idPrefix + (n < 10 ? "0" : "") + std::to_string(n);
    }

    static Json ts(const char* dayTime) // "03-03 09:00" → 2003-03-03T09:00:00Z
    {
        if (!dayTime)
            return nullptr;
        std::string s(dayTime);
        return "2003-" + s.substr(0, 5) + "T" + s.substr(6) + ":00Z";
    }

    Json ticket(int n, const char* created, const std::string& assignee, const std::string& team, const char* channel,
                const char* priority, const char* status, const char* responded, const char* solved, bool sla,
                const char* responseDue, const char* resolutionDue, const char* paused = nullptr,
                bool deleted = false) const
    {
        Json j{{"id", ticketId(n)},
               {"number", 900000 + n},
               {"title", "Report ticket " + std::to_string(n)},
               {"description", "For the report tests"},
               {"status", status},
               {"priority", priority},
               {"channel", channel},
               {"tags", Json::array()},
               {"custom_fields", Json::object()},
               {"requester_id", requester},
               {"assignee_id", assignee.empty() ? Json(nullptr) : Json(assignee)},
               {"team_id", team},
               {"sla_policy_id", sla ? Json(slaPolicy) : Json(nullptr)},
               {"first_response_due_at", ts(responseDue)},
               {"resolution_due_at", ts(resolutionDue)},
               {"first_responded_at", ts(responded)},
               {"solved_at", ts(solved)},
               {"closed_at", nullptr},
               {"sla_paused_at", ts(paused)},
               {"sla_paused_minutes", 0},
               {"assigned_at", assignee.empty() ? Json(nullptr) : ts(created)},
               {"csat_score", nullptr},
               {"version", 1},
               {"created_at", ts(created)},
               {"updated_at", ts(created)},
               {"deleted_at", deleted ? ts("03-09 00:00") : Json(nullptr)}};
        return j;
    }

    Json tickets() const
    {
        Json rows = Json::array();
        rows.push_back(ticket(1, "03-03 09:00", alice, teamA, "email", "normal", "solved", "03-03 09:30", "03-03 11:00",
                              true, "03-03 10:00", "03-04 09:00"));
        rows.push_back(ticket(2, "03-03 10:00", alice, teamA, "email", "normal", "solved", "03-03 11:00", "03-04 10:00",
                              true, "03-03 10:30", "03-05 10:00"));
        rows.push_back(ticket(3, "03-04 08:00", bob, teamA, "web", "high", "open", "03-04 08:15", nullptr, true,
                              "03-04 09:00", "03-04 16:00"));
        rows.push_back(ticket(4, "03-04 12:00", alice, teamB, "chat", "normal", "solved", "03-04 12:45", "03-05 12:00",
                              false, nullptr, nullptr));
        rows.push_back(ticket(5, "03-05 06:00", "", teamA, "email", "urgent", "new", nullptr, nullptr, true,
                              "03-05 07:00", "03-05 14:00", "03-05 07:30"));
        rows.push_back(ticket(6, "03-02 23:00", bob, teamA, "email", "normal", "solved", nullptr, "03-03 01:00", false,
                              nullptr, nullptr));
        rows.push_back(ticket(7, "03-04 13:00", alice, teamA, "email", "normal", "open", nullptr, nullptr, false,
                              nullptr, nullptr, nullptr, true));
        rows.push_back(ticket(8, "03-05 20:00", bob, teamA, "email", "normal", "pending", "03-05 20:30", nullptr, true,
                              "03-05 21:00", "03-20 00:00"));
        rows.push_back(ticket(9, "03-05 09:00", bob, teamA, "email", "normal", "solved", "03-05 09:10", "03-05 09:40",
                              true, "03-05 10:00", "03-05 17:00"));
        return rows;
    }
};

} // namespace helpdesk::test
