// FieldDefinition: wire mapping, the client-side checks that mirror the server's, and reading the
// definitions back from a real SQLite cache in the order admins gave them.
#include "store/MirrorStore.h"
#include "ui/CacheFixture.h"
#include "ui/fields/FieldDefinition.h"

#include <QDate>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::testing;

namespace {

Json definitionRow(const QString& key, const QString& label, const QString& type, int position, bool active = true,
                   QStringList options = {})
{
    Json row = Json::object();
    row["id"] = QUuid::createUuid();
    row["key"] = key;
    row["label"] = label;
    row["field_type"] = type;
    row["options"] = options;
    row["required"] = false;
    row["position"] = position;
    row["is_active"] = active;
    row["visible_to_customers"] = false;
    row["created_at"] = "2026-11-22T02:00:00Z";
    row["updated_at"] = "2026-11-22T02:00:00Z";
    return row;
}

FieldDefinition make(FieldDefinition::Type type, QStringList options = {}, bool required = false)
{
    FieldDefinition d;
    d.key = QStringLiteral("f");
    d.label = QStringLiteral("Field");
    d.type = type;
    d.options = std::move(options);
    d.required = required;
    return d;
}

} // namespace

TEST(FieldDefinition, LoadsActiveDefinitionsFromTheCacheInPositionOrder)
{
    CacheFixture cache;
    cache.apply(
        QStringLiteral("ticket_field_definitions"),
        Json::array(
            {definitionRow(QStringLiteral("plan"), QStringLiteral("Plan"), QStringLiteral("select"), 2, true,
                           {QStringLiteral("Basic"), QStringLiteral("Pro")}),
             definitionRow(QStringLiteral("order_no"), QStringLiteral("Order number"), QStringLiteral("text"), 1),
             definitionRow(QStringLiteral("old"), QStringLiteral("Old"), QStringLiteral("text"), 0, false)}));
    MirrorStore store(cache.database());

    auto active = FieldDefinition::loadAll(store);
    ASSERT_TRUE(active.ok()) << active.error().toString().toStdString();
    ASSERT_EQ(active->size(), 2u);
    EXPECT_EQ(active->at(0).key, QStringLiteral("order_no"));
    EXPECT_EQ(active->at(1).key, QStringLiteral("plan"));
    EXPECT_EQ(active->at(1).type, FieldDefinition::Type::Select);
    EXPECT_EQ(active->at(1).options, (QStringList{QStringLiteral("Basic"), QStringLiteral("Pro")}));

    auto all = FieldDefinition::loadAll(store, true);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ(all->at(0).key, QStringLiteral("old"));
    EXPECT_FALSE(all->at(0).active);
}

TEST(FieldDefinition, RowRoundTripKeepsEveryColumn)
{
    FieldDefinition d = make(FieldDefinition::Type::Select, {QStringLiteral("EU"), QStringLiteral("US")}, true);
    d.id = QUuid::createUuid();
    d.position = 7;
    d.visibleToCustomers = true;
    auto back = FieldDefinition::fromRow(d.toRow());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->id, d.id);
    EXPECT_EQ(back->key, d.key);
    EXPECT_EQ(back->type, d.type);
    EXPECT_EQ(back->options, d.options);
    EXPECT_TRUE(back->required);
    EXPECT_EQ(back->position, 7);
    EXPECT_TRUE(back->visibleToCustomers);
    EXPECT_FALSE(FieldDefinition::fromRow(Json{{"field_type", "colour"}}).ok());
}

TEST(FieldDefinition, ChecksValuesTheWayTheServerDoes)
{
    EXPECT_TRUE(make(FieldDefinition::Type::Number).problemWith(Json(12)).isEmpty());
    EXPECT_FALSE(make(FieldDefinition::Type::Number).problemWith(Json("12")).isEmpty());
    EXPECT_TRUE(make(FieldDefinition::Type::Date).problemWith(Json("2027-02-28")).isEmpty());
    EXPECT_FALSE(make(FieldDefinition::Type::Date).problemWith(Json("2027-02-30")).isEmpty());
    EXPECT_FALSE(make(FieldDefinition::Type::Date).problemWith(Json("28.02.2027")).isEmpty());
    const FieldDefinition select = make(FieldDefinition::Type::Select, {QStringLiteral("Basic")});
    EXPECT_TRUE(select.problemWith(Json("Basic")).isEmpty());
    EXPECT_EQ(select.problemWith(Json("Gold")), QStringLiteral("Field must be one of: Basic."));
    EXPECT_FALSE(make(FieldDefinition::Type::Checkbox).problemWith(Json("yes")).isEmpty());
    EXPECT_TRUE(make(FieldDefinition::Type::Text).problemWith(Json()).isEmpty());
    EXPECT_EQ(make(FieldDefinition::Type::Text, {}, true).problemWith(Json()), QStringLiteral("Field is required."));
}

TEST(FieldDefinition, ConvertsWidgetValuesToStoredJson)
{
    EXPECT_EQ(make(FieldDefinition::Type::Number).toJsonValue(12.0), Json(12));
    EXPECT_EQ(make(FieldDefinition::Type::Number).toJsonValue(3.5), Json(3.5));
    EXPECT_EQ(make(FieldDefinition::Type::Date).toJsonValue(QDate(2027, 1, 31)), Json("2027-01-31"));
    EXPECT_EQ(make(FieldDefinition::Type::Text).toJsonValue(QString()), Json());
    EXPECT_EQ(make(FieldDefinition::Type::Checkbox).toJsonValue(false), Json(false));
    EXPECT_EQ(make(FieldDefinition::Type::Date).fromJsonValue(Json("2027-01-31")).toDate(), QDate(2027, 1, 31));
    EXPECT_FALSE(make(FieldDefinition::Type::Number).fromJsonValue(Json("x")).isValid());
}

TEST(FieldDefinition, ExplainsWhatMakesADefinitionUnsaveable)
{
    FieldDefinition d = make(FieldDefinition::Type::Select);
    EXPECT_EQ(d.definitionProblem(), QStringLiteral("A drop-down field needs at least one option."));
    d.options = {QStringLiteral("A"), QStringLiteral("A")};
    EXPECT_EQ(d.definitionProblem(), QStringLiteral("The option \"A\" is listed twice."));
    d.options = {QStringLiteral("A")};
    EXPECT_TRUE(d.definitionProblem().isEmpty());
    d.key = QStringLiteral("Bad Key");
    EXPECT_FALSE(d.definitionProblem().isEmpty());
    EXPECT_EQ(FieldDefinition::keyFromLabel(QStringLiteral("Order number (ERP)")), QStringLiteral("order_number_erp"));
    EXPECT_EQ(FieldDefinition::keyFromLabel(QStringLiteral("3rd-party Réf")), QStringLiteral("rd_party_ref"));
}
