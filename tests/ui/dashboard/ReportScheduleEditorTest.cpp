// The scheduled-report editor and the schedule rows it writes, without a server: what it refuses and why (the
// same rules as the report_schedules checks), the row it sends and reads back, and the report rows the dashboards
// parse (report_ai_acceptance, report_csat) and the date range presets.

#include "ui/dashboard/ReportScheduleEditor.h"

#include "reports/ReportFilter.h"
#include "reports/ReportSchedule.h"
#include "reports/ServerReports.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>

namespace helpdesk {
namespace {

Timestamp at(const char* iso)
{
    return Timestamp::parse(std::string_view(iso)).value();
}

ReportSchedule valid()
{
    ReportSchedule s;
    s.name = QStringLiteral("Monday volume");
    s.recipients = {QStringLiteral("boss@example.com")};
    return s;
}

TEST(ReportSchedule, ProblemsNameWhatTheServerWouldRefuse)
{
    EXPECT_TRUE(valid().problems().isEmpty());
    ReportSchedule s = valid();
    s.name = QStringLiteral("   ");
    s.recipients = {};
    EXPECT_EQ(s.problems(), (QStringList{QStringLiteral("Give the schedule a name."),
                                         QStringLiteral("Add at least one recipient.")}));
    s = valid();
    s.recipients = {QStringLiteral("a@b"), QStringLiteral("ok@example.org"), QStringLiteral("x y@example.org")};
    EXPECT_EQ(s.problems(), QStringList{QStringLiteral("Not an e-mail address: a@b, x y@example.org")});
    s = valid();
    s.range = QStringLiteral("custom");
    EXPECT_EQ(s.problems(), QStringList{QStringLiteral("A custom range needs a start and an end date.")});
    s.from = at("2026-02-01T00:00:00Z");
    s.to = at("2026-01-01T00:00:00Z");
    EXPECT_EQ(s.problems(), QStringList{QStringLiteral("The end date must be after the start date.")});
    s.from = at("2023-01-01T00:00:00Z");
    s.to = at("2026-01-01T00:00:00Z");
    EXPECT_EQ(s.problems(), QStringList{QStringLiteral("A custom range may span at most two years.")});
    s = valid();
    s.weekday.reset();
    EXPECT_EQ(s.problems(), QStringList{QStringLiteral("Choose the weekday of a weekly report.")});
    s.frequency = QStringLiteral("daily"); // daily needs none
    EXPECT_TRUE(s.problems().isEmpty());
    s.hourUtc = 24;
    EXPECT_EQ(s.problems(), QStringList{QStringLiteral("The hour must be between 0 and 23.")});
}

TEST(ReportSchedule, RecipientsSplitOnCommasSemicolonsAndLinesWithoutDuplicates)
{
    EXPECT_EQ(ReportSchedule::splitRecipients(QStringLiteral(" a@x.org, b@x.org;\nc@x.org  A@x.org ")),
              (QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@x.org"), QStringLiteral("c@x.org")}));
}

TEST(ReportSchedule, RowRoundTripsWithFiltersAsTheServerStoresThem)
{
    ReportSchedule s = valid();
    s.id = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    s.dashboard = QStringLiteral("agent_performance");
    s.range = QStringLiteral("custom");
    s.from = at("2026-01-01T00:00:00Z");
    s.to = at("2026-02-01T00:00:00Z");
    s.team = QUuid::fromString(QStringLiteral("aaaaaaaa-2222-4333-8444-555555555555"));
    s.channel = QStringLiteral("chat");
    s.frequency = QStringLiteral("daily");
    s.weekday.reset();
    s.hourUtc = 18;
    s.format = QStringLiteral("csv");
    Json row = s.toRow();
    EXPECT_EQ(row.at("filters").at("range"), "custom");
    EXPECT_EQ(row.at("filters").at("team_id"), "aaaaaaaa-2222-4333-8444-555555555555");
    EXPECT_EQ(row.at("filters").at("channel"), "chat");
    EXPECT_TRUE(row.at("weekday").is_null());
    EXPECT_FALSE(row.contains("id")); // the server makes it
    row["id"] = "11111111-2222-4333-8444-555555555555";
    row["next_run_at"] = "2026-11-22T18:00:00+00:00";
    row["last_run_at"] = nullptr;
    auto back = ReportSchedule::fromRow(row);
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    ReportSchedule expected = s;
    expected.nextRunAt = at("2026-11-22T18:00:00Z");
    EXPECT_EQ(back.value(), expected);

    // A preset range carries no dates.
    EXPECT_FALSE(valid().toRow().at("filters").contains("from"));
    EXPECT_FALSE(ReportSchedule::fromRow(Json{{"id", "x"}}).ok());
}

TEST(ReportScheduleEditor, OffersSaveOnlyForAScheduleTheServerAccepts)
{
    ReportScheduleEditor editor(
        {{QUuid::fromString(QStringLiteral("aaaaaaaa-2222-4333-8444-555555555555")), QStringLiteral("Billing")}});
    auto* save = editor.findChild<QDialogButtonBox*>(QStringLiteral("scheduleButtons"))->button(QDialogButtonBox::Save);
    auto* problems = editor.findChild<QLabel*>(QStringLiteral("scheduleProblems"));
    EXPECT_FALSE(save->isEnabled()); // a new schedule has no name and no recipients yet
    EXPECT_TRUE(problems->text().contains(QStringLiteral("Give the schedule a name.")));

    editor.findChild<QLineEdit*>(QStringLiteral("scheduleName"))->setText(QStringLiteral("Billing weekly"));
    editor.findChild<QPlainTextEdit*>(QStringLiteral("scheduleRecipients"))
        ->setPlainText(QStringLiteral("lead@example.com; nope"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(problems->text(), QStringLiteral("Not an e-mail address: nope"));
    editor.findChild<QPlainTextEdit*>(QStringLiteral("scheduleRecipients"))
        ->setPlainText(QStringLiteral("lead@example.com; cfo@example.com"));
    EXPECT_TRUE(save->isEnabled());
    EXPECT_TRUE(problems->text().isEmpty());

    // Only a custom range takes dates, only a weekly one a weekday.
    auto* range = editor.findChild<QComboBox*>(QStringLiteral("scheduleRange"));
    auto* from = editor.findChild<QDateEdit*>(QStringLiteral("scheduleFrom"));
    EXPECT_FALSE(from->isEnabled());
    range->setCurrentIndex(range->findData(QStringLiteral("custom")));
    EXPECT_TRUE(from->isEnabled());
    from->setDate(QDate(2026, 3, 1));
    editor.findChild<QDateEdit*>(QStringLiteral("scheduleTo"))->setDate(QDate(2026, 2, 1));
    EXPECT_FALSE(save->isEnabled());
    editor.findChild<QDateEdit*>(QStringLiteral("scheduleTo"))->setDate(QDate(2026, 3, 31));
    auto* team = editor.findChild<QComboBox*>(QStringLiteral("scheduleTeam"));
    team->setCurrentIndex(1);
    auto* frequency = editor.findChild<QComboBox*>(QStringLiteral("scheduleFrequency"));
    frequency->setCurrentIndex(frequency->findData(QStringLiteral("daily")));
    EXPECT_FALSE(editor.findChild<QComboBox*>(QStringLiteral("scheduleWeekday"))->isEnabled());
    ASSERT_TRUE(save->isEnabled());

    const ReportSchedule s = editor.schedule();
    EXPECT_EQ(s.name, QStringLiteral("Billing weekly"));
    EXPECT_EQ(s.recipients, (QStringList{QStringLiteral("lead@example.com"), QStringLiteral("cfo@example.com")}));
    EXPECT_EQ(s.from, at("2026-03-01T00:00:00Z"));
    EXPECT_EQ(s.to, at("2026-04-01T00:00:00Z")); // the end day is included
    EXPECT_EQ(s.team, QUuid::fromString(QStringLiteral("aaaaaaaa-2222-4333-8444-555555555555")));
    EXPECT_FALSE(s.weekday.has_value());

    // Editing shows the stored schedule as it is.
    ReportScheduleEditor again({});
    again.setSchedule(s);
    EXPECT_EQ(again.schedule().name, s.name);
    EXPECT_EQ(again.schedule().from, s.from);
    EXPECT_EQ(again.schedule().to, s.to);
    EXPECT_EQ(again.schedule().frequency, QStringLiteral("daily"));
}

TEST(ReportRows, AiAcceptanceAndCsatRowsParseFromTheRpcs)
{
    auto ai = ServerReports::parseAiAcceptance(Json::parse(R"([{"action":"triage","suggestions":10,"accepted":3,
        "edited":1,"rejected":"2","undecided":4,"accepted_pct":50.0,"edited_pct":"16.7","rejected_pct":33.3},
        {"action":"summarize","suggestions":0,"accepted":0,"edited":0,"rejected":0,"undecided":0,
         "accepted_pct":null,"edited_pct":null,"rejected_pct":null}])"));
    ASSERT_TRUE(ai.ok()) << ai.error().toString().toStdString();
    ASSERT_EQ(ai.value().size(), 2u);
    EXPECT_EQ(ai.value()[0].rejected, 2);
    EXPECT_EQ(ai.value()[0].editedPct, 16.7);
    EXPECT_FALSE(ai.value()[1].acceptedPct.has_value());
    EXPECT_FALSE(ServerReports::parseAiAcceptance(Json::parse(R"([{"action":"triage"}])")).ok());

    auto csat = ServerReports::parseCsat(Json::parse(
        R"([{"agent_id":"aaaaaaaa-2222-4333-8444-555555555555","rated":"3","csat_avg":3.7,"satisfied_pct":"66.7"}])"));
    ASSERT_TRUE(csat.ok());
    EXPECT_EQ(csat.value().front().rated, 3);
    EXPECT_EQ(csat.value().front().average, 3.7);
    EXPECT_EQ(csat.value().front().satisfiedPct, 66.7);
}

TEST(ReportFilter, RangePresetsEndWithTodayInUtc)
{
    const Timestamp now = at("2026-11-22T23:30:00Z");
    EXPECT_EQ(ReportFilter::forRange(ReportRange::Today, now).from, at("2026-11-22T00:00:00Z"));
    EXPECT_EQ(ReportFilter::forRange(ReportRange::Today, now).to, at("2026-11-23T00:00:00Z"));
    EXPECT_EQ(ReportFilter::forRange(ReportRange::Last7Days, now).from, at("2026-11-16T00:00:00Z"));
    EXPECT_EQ(ReportFilter::forRange(ReportRange::Last30Days, now).from, at("2026-10-24T00:00:00Z"));
    EXPECT_EQ(ReportFilter::forRange(ReportRange::Quarter, now, ReportBucket::Week).from, at("2026-08-25T00:00:00Z"));
    EXPECT_EQ(ReportFilter::forRange(ReportRange::Quarter, now, ReportBucket::Week).bucket, ReportBucket::Week);
}

} // namespace
} // namespace helpdesk
