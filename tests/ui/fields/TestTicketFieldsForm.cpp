// TicketFieldsForm offscreen: one editor per active definition, values shown from custom_fields, edits
// emitted as fieldChanged only when valid, inline messages otherwise, and nothing emitted while filling.
#include "ui/fields/TicketFieldsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace helpdesk;

namespace {

FieldDefinition def(const QString& key, FieldDefinition::Type type, QStringList options = {}, bool required = false,
                    bool active = true)
{
    FieldDefinition d;
    d.id = QUuid::createUuid();
    d.key = key;
    d.label = key.at(0).toUpper() + key.mid(1);
    d.type = type;
    d.options = std::move(options);
    d.required = required;
    d.active = active;
    return d;
}

std::vector<FieldDefinition> definitions()
{
    return {def(QStringLiteral("order"), FieldDefinition::Type::Text),
            def(QStringLiteral("seats"), FieldDefinition::Type::Number),
            def(QStringLiteral("renewal"), FieldDefinition::Type::Date),
            def(QStringLiteral("plan"), FieldDefinition::Type::Select, {QStringLiteral("Basic"), QStringLiteral("Pro")},
                true),
            def(QStringLiteral("vip"), FieldDefinition::Type::Checkbox),
            def(QStringLiteral("retired"), FieldDefinition::Type::Text, {}, false, false)};
}

void typeAndFinish(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

} // namespace

TEST(TicketFieldsForm, ShowsOneEditorPerActiveDefinitionWithTheTicketsValues)
{
    TicketFieldsForm form;
    QSignalSpy changed(&form, &TicketFieldsForm::fieldChanged);
    form.setDefinitions(definitions());
    form.setValues(Json{{"order", "A-17"},
                        {"seats", 12},
                        {"renewal", "2027-02-28"},
                        {"plan", "Pro"},
                        {"vip", true},
                        {"retired", "kept"}});

    EXPECT_EQ(form.findChild<QLineEdit*>(QStringLiteral("field_order"))->text(), QStringLiteral("A-17"));
    EXPECT_EQ(form.findChild<QLineEdit*>(QStringLiteral("field_seats"))->text(), QStringLiteral("12"));
    EXPECT_EQ(form.findChild<QDateEdit*>(QStringLiteral("field_renewal"))->date(), QDate(2027, 2, 28));
    EXPECT_EQ(form.findChild<QComboBox*>(QStringLiteral("field_plan"))->currentText(), QStringLiteral("Pro"));
    EXPECT_TRUE(form.findChild<QCheckBox*>(QStringLiteral("field_vip"))->isChecked());
    EXPECT_EQ(form.editor(QStringLiteral("retired")), nullptr);
    EXPECT_TRUE(changed.isEmpty()) << "filling the form is not an edit";
    EXPECT_EQ(form.values()["retired"], Json("kept")) << "values of retired fields are kept";
    EXPECT_FALSE(form.findChild<QLabel*>(QStringLiteral("fieldsEmpty"))->isVisibleTo(&form));
}

TEST(TicketFieldsForm, EmitsValidEditsWithTheirTypedValue)
{
    TicketFieldsForm form;
    form.setDefinitions(definitions());
    form.setValues(Json::object());
    form.show();
    QSignalSpy changed(&form, &TicketFieldsForm::fieldChanged);

    typeAndFinish(form.findChild<QLineEdit*>(QStringLiteral("field_seats")), QStringLiteral("42"));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("seats"));
    EXPECT_EQ(changed.at(0).at(1).toDouble(), 42.0);

    auto* plan = form.findChild<QComboBox*>(QStringLiteral("field_plan"));
    plan->setCurrentIndex(plan->findText(QStringLiteral("Basic")));
    emit plan->activated(plan->currentIndex());
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed.at(1).at(1).toString(), QStringLiteral("Basic"));

    form.findChild<QCheckBox*>(QStringLiteral("field_vip"))->click();
    ASSERT_EQ(changed.size(), 3);
    EXPECT_EQ(changed.at(2).at(1).toBool(), true);

    EXPECT_EQ(form.values(), (Json{{"seats", 42}, {"plan", "Basic"}, {"vip", true}}));
}

TEST(TicketFieldsForm, ShowsWhyAValueIsRefusedAndEmitsNothing)
{
    TicketFieldsForm form;
    form.setDefinitions(definitions());
    form.setValues(Json{{"plan", "Pro"}});
    form.show();
    QSignalSpy changed(&form, &TicketFieldsForm::fieldChanged);

    typeAndFinish(form.findChild<QLineEdit*>(QStringLiteral("field_seats")), QStringLiteral("twelve"));
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_EQ(form.problem(QStringLiteral("seats")), QStringLiteral("Seats needs a number, such as 12 or 3.5."));
    EXPECT_TRUE(form.findChild<QLabel*>(QStringLiteral("fieldMessage_seats"))->isVisible());

    auto* plan = form.findChild<QComboBox*>(QStringLiteral("field_plan"));
    plan->setCurrentIndex(0); // (none)
    emit plan->activated(0);
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_EQ(form.problem(QStringLiteral("plan")), QStringLiteral("Plan is required and cannot be cleared."));

    // Fixing the value clears the message and sends it.
    typeAndFinish(form.findChild<QLineEdit*>(QStringLiteral("field_seats")), QStringLiteral("12"));
    EXPECT_TRUE(form.problem(QStringLiteral("seats")).isEmpty());
    ASSERT_EQ(changed.size(), 1);
}

TEST(TicketFieldsForm, ValidateReportsEmptyRequiredFields)
{
    TicketFieldsForm form;
    form.setDefinitions(definitions());
    form.setValues(Json::object());
    EXPECT_FALSE(form.validate());
    EXPECT_EQ(form.problem(QStringLiteral("plan")), QStringLiteral("Plan is required."));
    form.setValues(Json{{"plan", "Basic"}});
    EXPECT_TRUE(form.validate());
}

TEST(TicketFieldsForm, ClearingAnOptionalFieldEmitsAnInvalidValue)
{
    TicketFieldsForm form;
    form.setDefinitions(definitions());
    form.setValues(Json{{"order", "A-1"}});
    form.show();
    QSignalSpy changed(&form, &TicketFieldsForm::fieldChanged);
    auto* order = form.findChild<QLineEdit*>(QStringLiteral("field_order"));
    order->setFocus();
    order->clear();
    QTest::keyClick(order, Qt::Key_Return);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_FALSE(changed.at(0).at(1).isValid());
}

TEST(TicketFieldsForm, ReadOnlyAndEmptyStates)
{
    TicketFieldsForm form;
    form.setDefinitions({});
    EXPECT_TRUE(form.isEmpty());
    EXPECT_TRUE(form.findChild<QLabel*>(QStringLiteral("fieldsEmpty"))->isVisibleTo(&form));
    form.setDefinitions(definitions());
    form.setReadOnly(true);
    EXPECT_FALSE(form.editor(QStringLiteral("order"))->isEnabled());
}

TEST(TicketFieldsForm, KeepsAnOptionNoLongerOfferedVisible)
{
    TicketFieldsForm form;
    form.setDefinitions(definitions());
    form.setValues(Json{{"plan", "Legacy"}});
    auto* plan = form.findChild<QComboBox*>(QStringLiteral("field_plan"));
    EXPECT_EQ(plan->currentData().toString(), QStringLiteral("Legacy"));
    EXPECT_TRUE(plan->currentText().contains(QStringLiteral("no longer offered")));
}
