// MacroPlan: a macro's body with its placeholders filled and its actions reduced to what changes.
#include "ui/ticket/MacroPlan.h"

#include <gtest/gtest.h>

using namespace helpdesk;

namespace {
Profile person(const char *name, const char *email)
{
    Profile p;
    p.id = QUuid::createUuid();
    p.fullName = QString::fromUtf8(name);
    p.email = QString::fromUtf8(email);
    return p;
}

Macro macro(const char *body, const char *actions)
{
    Macro m;
    m.id = QUuid::createUuid();
    m.title = QStringLiteral("Test macro");
    m.body = QString::fromUtf8(body);
    m.actions = Json::parse(actions);
    return m;
}
} // namespace

TEST(MacroPlan, FillsRequesterAgentAndTicketPlaceholders)
{
    Ticket ticket;
    ticket.number = 42;
    ticket.title = QStringLiteral("Printer on fire");
    const Profile agent = person("Avery Agent", "agent@example.com");
    const Profile requester = person("Casey Customer", "customer@example.com");
    const MacroPlan plan = MacroPlan::build(
        macro("Hi {{requester.first_name}}, about #{{ticket.number}} ({{ ticket.title }}).\n{{agent.first_name}} "
              "{{requester.email}} {{unknown.thing}}",
              "[]"),
        ticket, agent, requester);
    EXPECT_EQ(plan.body, QStringLiteral("Hi Casey, about #42 (Printer on fire).\nAvery customer@example.com "
                                        "{{unknown.thing}}"));
    EXPECT_TRUE(plan.changes.empty());
}

TEST(MacroPlan, ANamelessPersonIsGreetedByTheirEmailName)
{
    Profile nameless = person("", "jo.doe@example.com");
    EXPECT_EQ(MacroPlan::firstName(nameless), QStringLiteral("jo.doe"));
    const MacroPlan plan = MacroPlan::build(macro("Hi {{requester.first_name}}", "[]"), Ticket{},
                                            person("A B", "a@b"), std::nullopt);
    EXPECT_EQ(plan.body, QStringLiteral("Hi there"));
}

TEST(MacroPlan, ActionsBecomeOnlyTheChangesTheTicketNeeds)
{
    Ticket ticket;
    ticket.status = TicketStatus::Open;
    ticket.priority = TicketPriority::High;
    ticket.tags = {QStringLiteral("billing"), QStringLiteral("old")};
    const QUuid team = QUuid::createUuid();
    const std::string actions =
        R"([{"field": "status", "value": "pending"}, {"field": "priority", "value": "high"},
            {"field": "tags", "add": ["billing", "Refund"], "remove": ["old"]},
            {"field": "team_id", "value": ")" + team.toString(QUuid::WithoutBraces).toStdString() +
        R"("}, {"field": "assignee_id", "value": "me"}, {"field": "sla", "value": 3}])";
    const MacroPlan plan = MacroPlan::build(macro("", actions.c_str()),
        ticket, person("Avery Agent", "agent@example.com"), std::nullopt);
    EXPECT_EQ(plan.changes.value("status", std::string()), "pending");
    EXPECT_FALSE(plan.changes.contains("priority")) << "already high";
    ASSERT_TRUE(plan.changes.contains("tags"));
    EXPECT_EQ(plan.changes["tags"], Json::parse(R"(["billing", "refund"])"));
    EXPECT_EQ(plan.changes.value("team_id", std::string()), team.toString(QUuid::WithoutBraces).toStdString());
    EXPECT_TRUE(plan.changes.contains("assignee_id"));
    EXPECT_EQ(plan.skipped, QStringList{QStringLiteral("sla")});
    EXPECT_EQ(plan.summary.size(), 4);
}

TEST(MacroPlan, UnknownStatusValuesAreSkippedNotSent)
{
    Ticket ticket;
    const MacroPlan plan = MacroPlan::build(macro("", R"([{"field": "status", "value": "archived"}])"), ticket,
                                            person("A", "a@b"), std::nullopt);
    EXPECT_TRUE(plan.changes.empty());
    EXPECT_EQ(plan.skipped, QStringList{QStringLiteral("status")});
}
