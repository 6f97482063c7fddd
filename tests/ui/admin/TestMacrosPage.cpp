// MacrosPage over a real cache, offline: a macro written with its actions (status, priority, tags, team,
// assignee) is stored as the macros.actions JSON the ticket view applies; an existing macro's actions are
// shown, unknown ones kept; deletion is a soft delete; validation in words.
#include "AdminFixture.h"
#include "ui/MessageBox.h"
#include "ui/admin/MacrosPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

const QString kTeam = QStringLiteral("7e000000-0000-4000-8000-000000000001");
const QString kMacro = QStringLiteral("3a000000-0000-4000-8000-000000000001");

void seed(OfflineAdmin& admin)
{
    admin.put(QStringLiteral("teams"),
              Json::array({Json{{"id", kTeam.toStdString()}, {"name", "Billing"}, {"description", ""}}}));
    admin.put(QStringLiteral("macros"),
              Json::array({Json{{"id", kMacro.toStdString()},
                                {"title", "Refund issued"},
                                {"body", "Hi {{requester.first_name}}, your refund is on its way."},
                                {"actions", Json::parse(R"([{"field": "status", "value": "solved"},
                                                           {"field": "tags", "add": ["billing", "refund"]},
                                                           {"field": "sla_override", "value": 5}])")},
                                {"team_id", kTeam.toStdString()},
                                {"is_active", true},
                                {"deleted_at", nullptr}}}));
}

template <typename T> T* child(QWidget& page, const char* name)
{
    return page.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

TEST(MacrosPage, ShowsAnExistingMacroWithItsActions)
{
    OfflineAdmin admin;
    seed(admin);
    MacrosPage page(*admin.workspace, admin.icons);
    ASSERT_TRUE(page.selectMacro(QUuid::fromString(kMacro)));
    EXPECT_EQ(child<QLineEdit>(page, "macroTitle")->text(), QStringLiteral("Refund issued"));
    EXPECT_EQ(child<QComboBox>(page, "macroTeam")->currentText(), QStringLiteral("Billing"));
    EXPECT_EQ(child<QComboBox>(page, "macroStatus")->currentData().toString(), QStringLiteral("solved"));
    EXPECT_EQ(child<QLineEdit>(page, "macroAddTags")->text(), QStringLiteral("billing, refund"));
    // The editor's actions, plus the one it does not know, unchanged.
    EXPECT_EQ(page.actions(), Json::parse(R"([{"field": "status", "value": "solved"},
                                              {"field": "tags", "add": ["billing", "refund"]},
                                              {"field": "sla_override", "value": 5}])"));
}

TEST(MacrosPage, WritesANewMacroWithEveryKindOfAction)
{
    OfflineAdmin admin;
    seed(admin);
    const Profile agent = admin.addPerson(QStringLiteral("Avery Agent"), UserRole::Agent);
    MacrosPage page(*admin.workspace, admin.icons);
    page.newMacro();
    child<QLineEdit>(page, "macroTitle")->setText(QStringLiteral("Escalate"));
    child<QPlainTextEdit>(page, "macroBody")->setPlainText(QStringLiteral("Escalated to engineering."));
    auto choose = [&](const char* name, const QString& data) {
        auto* combo = child<QComboBox>(page, name);
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << name;
        combo->setCurrentIndex(index);
    };
    choose("macroStatus", QStringLiteral("on_hold"));
    choose("macroPriority", QStringLiteral("high"));
    choose("macroSetTeam", kTeam);
    choose("macroSetAssignee", agent.id.toString(QUuid::WithoutBraces));
    child<QLineEdit>(page, "macroAddTags")->setText(QStringLiteral("Escalated, engineering"));
    child<QLineEdit>(page, "macroRemoveTags")->setText(QStringLiteral("needs-info"));
    ASSERT_TRUE(page.save()) << page.bannerText().toStdString();

    auto row = admin.row(QStringLiteral("macros"), page.currentMacro().toString(QUuid::WithoutBraces));
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ((*row)["title"], Json("Escalate"));
    EXPECT_EQ((*row)["team_id"], Json()) << "available to every team";
    const Json expected =
        Json::parse(QStringLiteral(R"([{"field": "status", "value": "on_hold"}, {"field": "priority", "value": "high"},
                          {"field": "tags", "add": ["escalated", "engineering"], "remove": ["needs-info"]},
                          {"field": "team_id", "value": "%1"}, {"field": "assignee_id", "value": "%2"}])")
                        .arg(kTeam, agent.id.toString(QUuid::WithoutBraces))
                        .toStdString());
    EXPECT_EQ((*row)["actions"], expected);
    EXPECT_EQ(admin.pendingWrites(), 1);
    EXPECT_EQ(child<QListWidget>(page, "macrosList")->count(), 2);
}

TEST(MacrosPage, ExplainsWhatPreventsSaving)
{
    OfflineAdmin admin;
    MacrosPage page(*admin.workspace, admin.icons);
    EXPECT_EQ(child<QLabel>(page, "macrosEmpty")->text(),
              QStringLiteral("No macros yet. Press Ctrl+N to write the first one."));
    page.newMacro();
    EXPECT_FALSE(page.save());
    EXPECT_EQ(child<QLabel>(page, "macroProblem")->text(),
              QStringLiteral("A macro needs a title agents can find it by."));
    child<QLineEdit>(page, "macroTitle")->setText(QStringLiteral("Nothing"));
    EXPECT_FALSE(page.save());
    EXPECT_EQ(child<QLabel>(page, "macroProblem")->text(),
              QStringLiteral("This macro would do nothing: write a reply or choose at least one action."));
    child<QLineEdit>(page, "macroAddTags")->setText(QStringLiteral("vip"));
    child<QLineEdit>(page, "macroRemoveTags")->setText(QStringLiteral("VIP"));
    EXPECT_FALSE(page.save());
    EXPECT_EQ(child<QLabel>(page, "macroProblem")->text(),
              QStringLiteral("The tag \"vip\" is both added and removed."));
    EXPECT_EQ(admin.pendingWrites(), 0);
}

TEST(MacrosPage, DeletesSoftlyAndFilters)
{
    OfflineAdmin admin;
    seed(admin);
    MacrosPage page(*admin.workspace, admin.icons);
    child<QLineEdit>(page, "macrosSearch")->setText(QStringLiteral("password"));
    EXPECT_EQ(child<QListWidget>(page, "macrosList")->count(), 0);
    EXPECT_EQ(child<QLabel>(page, "macrosEmpty")->text(), QStringLiteral("No macro matches \"password\"."));
    child<QLineEdit>(page, "macrosSearch")->setText(QStringLiteral("refund"));
    EXPECT_EQ(child<QListWidget>(page, "macrosList")->count(), 1);

    ASSERT_TRUE(page.selectMacro(QUuid::fromString(kMacro)));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page.deleteMacro());
    EXPECT_EQ(child<QListWidget>(page, "macrosList")->count(), 0);
    const auto row = admin.row(QStringLiteral("macros"), kMacro);
    // Soft delete: the write carries deleted_at (the cache may keep or drop the row; the list hides it).
    if (row) {
        EXPECT_FALSE((*row)["deleted_at"].is_null());
    }
    EXPECT_EQ(admin.pendingWrites(), 1);
}
