// BusinessHoursEditor: weekly windows typed per day become the business_hours object the server's SLA
// arithmetic reads, and what cannot be read is said in words.
#include "ui/admin/BusinessHoursEditor.h"

#include <QCheckBox>
#include <QLineEdit>
#include <gtest/gtest.h>

using namespace helpdesk;

TEST(BusinessHoursEditor, ParsesOneDaysWindowsSorted)
{
    QString problem;
    EXPECT_EQ(BusinessHoursEditor::parseDay(QStringLiteral("13:00-17:00, 9:00 – 12:00"), &problem),
              Json::parse(R"([["09:00","12:00"],["13:00","17:00"]])"));
    EXPECT_TRUE(problem.isEmpty());
    EXPECT_EQ(BusinessHoursEditor::parseDay(QStringLiteral("00:00-24:00"), &problem),
              Json::parse(R"([["00:00","24:00"]])"));
    EXPECT_EQ(BusinessHoursEditor::parseDay(QString(), &problem), Json::array());
}

TEST(BusinessHoursEditor, SaysWhatIsWrongWithAWindow)
{
    QString problem;
    BusinessHoursEditor::parseDay(QStringLiteral("17:00-09:00"), &problem);
    EXPECT_EQ(problem, QStringLiteral("In \"17:00-09:00\" the end is not after the start."));
    BusinessHoursEditor::parseDay(QStringLiteral("09:00-12:00, 11:00-13:00"), &problem);
    EXPECT_EQ(problem, QStringLiteral("The windows 09:00-12:00 and 11:00-13:00 overlap."));
    BusinessHoursEditor::parseDay(QStringLiteral("9-5"), &problem);
    EXPECT_FALSE(problem.isEmpty());
    BusinessHoursEditor::parseDay(QStringLiteral("09:00-25:00"), &problem);
    EXPECT_EQ(problem, QStringLiteral("\"09:00-25:00\" has a time that does not exist; use 00:00 to 24:00."));
}

TEST(BusinessHoursEditor, RoundTripsTheStoredObject)
{
    BusinessHoursEditor editor;
    const Json hours = Json::parse(R"({"mon":[["09:00","17:00"]],"tue":[["09:00","12:00"],["13:00","17:00"]]})");
    editor.setHours(hours);
    EXPECT_FALSE(editor.aroundTheClock());
    EXPECT_EQ(editor.findChild<QLineEdit*>(QStringLiteral("hours_tue"))->text(),
              QStringLiteral("09:00-12:00, 13:00-17:00"));
    EXPECT_EQ(editor.hours(), hours);
    EXPECT_TRUE(editor.problem().isEmpty());

    editor.setHours(Json::object());
    EXPECT_TRUE(editor.aroundTheClock());
    EXPECT_EQ(editor.hours(), Json::object());
    EXPECT_FALSE(editor.findChild<QLineEdit*>(QStringLiteral("hours_mon"))->isEnabled());
}

TEST(BusinessHoursEditor, NamesTheDayWithTheProblemAndWantsAtLeastOneWindow)
{
    BusinessHoursEditor editor;
    editor.findChild<QCheckBox*>(QStringLiteral("hoursAllDay"))->setChecked(false);
    EXPECT_EQ(editor.problem(), QStringLiteral("Add business hours to at least one day, or choose around the clock."));
    editor.findChild<QLineEdit*>(QStringLiteral("hours_wed"))->setText(QStringLiteral("18:00-08:00"));
    EXPECT_EQ(editor.problem(), QStringLiteral("Wednesday: In \"18:00-08:00\" the end is not after the start."));
}
