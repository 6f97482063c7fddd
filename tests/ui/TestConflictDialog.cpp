#include "ui/ConflictDialog.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace helpdesk;

namespace {
ConflictRecord priorityConflict()
{
    ConflictRecord record;
    record.id = 7;
    record.kind = ConflictRecord::Kind::Conflict;
    record.table = QStringLiteral("tickets");
    record.rowKey = QStringLiteral("0b6f8b57-6a43-4a62-9d55-1b1f0f3e1f10");
    record.localChange = Json{{"priority", "urgent"}};
    record.serverRow = Json{{"priority", "low"}, {"status", "open"}, {"version", 4}};
    record.reason = QStringLiteral("Someone else changed this ticket.");
    return record;
}
} // namespace

TEST(ConflictDialog, ShowsBothVersionsOfTheChangedFields)
{
    ConflictDialog dialog(priorityConflict());
    EXPECT_EQ(dialog.comparedFields(), QStringList{QStringLiteral("priority: urgent → low")});
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("mine_priority"))->text(), QStringLiteral("urgent"));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("theirs_priority"))->text(), QStringLiteral("low"));
}

TEST(ConflictDialog, ReportsTheAgentsChoice)
{
    ConflictDialog dialog(priorityConflict());
    QSignalSpy chosen(&dialog, &ConflictDialog::chosen);
    dialog.findChild<QPushButton *>(QStringLiteral("applyMineButton"))->click();
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).value<ConflictRecord>().id, 7);
    EXPECT_EQ(static_cast<ConflictDialog::Choice>(chosen.at(0).at(1).toInt()), ConflictDialog::Choice::ApplyMine);

    ConflictDialog other(priorityConflict());
    QSignalSpy otherChosen(&other, &ConflictDialog::chosen);
    other.findChild<QPushButton *>(QStringLiteral("keepServerButton"))->click();
    ASSERT_EQ(otherChosen.count(), 1);
    EXPECT_EQ(static_cast<ConflictDialog::Choice>(otherChosen.at(0).at(1).toInt()), ConflictDialog::Choice::KeepServer);
}

TEST(ConflictDialog, ARejectedWriteOnlyExplains)
{
    ConflictRecord record = priorityConflict();
    record.kind = ConflictRecord::Kind::Rejected;
    record.reason = QStringLiteral("You do not have permission to do this.");
    ConflictDialog dialog(record);
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("applyMineButton")), nullptr);
    EXPECT_NE(dialog.findChild<QPushButton *>(QStringLiteral("keepServerButton")), nullptr);
}
