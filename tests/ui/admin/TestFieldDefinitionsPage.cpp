// FieldDefinitionsPage over a real cache, offline: a field defined (key from the label, drop-down options)
// lands in the cache and outbox, the key is fixed once saved, the order can be changed, the preview shows
// the form agents get, and definitions that cannot be saved are explained.
#include "AdminFixture.h"
#include "ui/MessageBox.h"
#include "ui/admin/FieldDefinitionsPage.h"
#include "ui/fields/TicketFieldsForm.h"

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

template <typename T> T* child(QWidget& page, const char* name)
{
    return page.findChild<T*>(QString::fromLatin1(name));
}

void typeLabel(QWidget& page, const QString& label)
{
    auto* line = child<QLineEdit>(page, "fieldLabel");
    line->clear();
    QTest::keyClicks(line, label);
}

} // namespace

TEST(FieldDefinitionsPage, DefinesADropDownFieldOffline)
{
    OfflineAdmin admin;
    FieldDefinitionsPage page(*admin.workspace, admin.icons);
    EXPECT_FALSE(child<QLabel>(page, "fieldsEmptyList")->isHidden());
    page.newField();
    typeLabel(page, QStringLiteral("Customer plan"));
    EXPECT_EQ(child<QLineEdit>(page, "fieldKey")->text(), QStringLiteral("customer_plan")) << "key follows the label";
    auto* type = child<QComboBox>(page, "fieldType");
    type->setCurrentIndex(type->findData(QStringLiteral("select")));
    EXPECT_TRUE(child<QPlainTextEdit>(page, "fieldOptions")->isEnabled());
    child<QPlainTextEdit>(page, "fieldOptions")->setPlainText(QStringLiteral("Basic\nPro\n\nEnterprise"));
    child<QCheckBox>(page, "fieldRequired")->setChecked(true);
    ASSERT_TRUE(page.save()) << page.bannerText().toStdString();

    auto row =
        admin.row(QStringLiteral("ticket_field_definitions"), page.currentField().toString(QUuid::WithoutBraces));
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ((*row)["key"], Json("customer_plan"));
    EXPECT_EQ((*row)["field_type"], Json("select"));
    EXPECT_EQ((*row)["options"], Json::parse(R"(["Basic", "Pro", "Enterprise"])"));
    EXPECT_EQ((*row)["required"], Json(true));
    EXPECT_EQ((*row)["position"], Json(1));
    EXPECT_EQ(admin.pendingWrites(), 1);

    EXPECT_TRUE(child<QLineEdit>(page, "fieldKey")->isReadOnly()) << "the key is fixed once saved";
    auto* preview = child<TicketFieldsForm>(page, "fieldsPreview");
    ASSERT_NE(preview->editor(QStringLiteral("customer_plan")), nullptr);
    EXPECT_EQ(static_cast<QComboBox*>(preview->editor(QStringLiteral("customer_plan")))->count(), 4);
}

TEST(FieldDefinitionsPage, ExplainsDefinitionsThatCannotBeSaved)
{
    OfflineAdmin admin;
    FieldDefinitionsPage page(*admin.workspace, admin.icons);
    page.newField();
    EXPECT_FALSE(page.save());
    EXPECT_EQ(child<QLabel>(page, "fieldProblem")->text(), QStringLiteral("Give the field a label."));
    typeLabel(page, QStringLiteral("Size"));
    auto* type = child<QComboBox>(page, "fieldType");
    type->setCurrentIndex(type->findData(QStringLiteral("select")));
    EXPECT_FALSE(page.save());
    EXPECT_EQ(child<QLabel>(page, "fieldProblem")->text(),
              QStringLiteral("A drop-down field needs at least one option."));
    child<QPlainTextEdit>(page, "fieldOptions")->setPlainText(QStringLiteral("S\nS"));
    EXPECT_FALSE(page.save());
    EXPECT_EQ(child<QLabel>(page, "fieldProblem")->text(), QStringLiteral("The option \"S\" is listed twice."));
    child<QLineEdit>(page, "fieldKey")->setText(QStringLiteral("9lives"));
    child<QPlainTextEdit>(page, "fieldOptions")->setPlainText(QStringLiteral("S\nM"));
    EXPECT_FALSE(page.save());
    EXPECT_TRUE(child<QLabel>(page, "fieldProblem")->text().startsWith(QStringLiteral("The key must start")));
    EXPECT_EQ(admin.pendingWrites(), 0);
}

TEST(FieldDefinitionsPage, ReordersRetiresAndDeletes)
{
    OfflineAdmin admin;
    auto definition = [](const char* id, const char* key, const char* label, int position) {
        return Json{{"id", id},
                    {"key", key},
                    {"label", label},
                    {"field_type", "text"},
                    {"options", Json::array()},
                    {"required", false},
                    {"position", position},
                    {"is_active", true},
                    {"visible_to_customers", false}};
    };
    const QString a = QStringLiteral("f1000000-0000-4000-8000-000000000001");
    const QString b = QStringLiteral("f1000000-0000-4000-8000-000000000002");
    admin.put(QStringLiteral("ticket_field_definitions"),
              Json::array({definition("f1000000-0000-4000-8000-000000000001", "order_no", "Order number", 1),
                           definition("f1000000-0000-4000-8000-000000000002", "contract", "Contract", 2)}));
    FieldDefinitionsPage page(*admin.workspace, admin.icons);
    auto* list = child<QListWidget>(page, "fieldsList");
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("Order number")));

    ASSERT_TRUE(page.selectField(QUuid::fromString(b)));
    ASSERT_TRUE(page.move(-1));
    EXPECT_EQ((*admin.row(QStringLiteral("ticket_field_definitions"), b))["position"], Json(1));
    EXPECT_EQ((*admin.row(QStringLiteral("ticket_field_definitions"), a))["position"], Json(2));
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("Contract")));

    // Retire "Order number": kept, marked, gone from the preview.
    ASSERT_TRUE(page.selectField(QUuid::fromString(a)));
    child<QCheckBox>(page, "fieldActive")->setChecked(false);
    ASSERT_TRUE(page.save());
    EXPECT_EQ((*admin.row(QStringLiteral("ticket_field_definitions"), a))["is_active"], Json(false));
    EXPECT_TRUE(list->item(1)->text().endsWith(QStringLiteral("(not in use)")));
    EXPECT_EQ(child<TicketFieldsForm>(page, "fieldsPreview")->editor(QStringLiteral("order_no")), nullptr);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(page.deleteField());
    EXPECT_FALSE(admin.row(QStringLiteral("ticket_field_definitions"), a).has_value());
    EXPECT_EQ(list->count(), 1);
}
