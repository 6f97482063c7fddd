#include "ui/IconSet.h"
#include "ui/ViewListModel.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace helpdesk;

TEST(ViewListModel, PassesTheModelTesterAndUpdatesOneCountAtATime)
{
    IconSet icons;
    ViewListModel model(icons);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries({{QString(), QStringLiteral("Views"), QString(), -1, true},
                      {QStringLiteral("mine"), QStringLiteral("My open tickets"), QStringLiteral("inbox"), 3, false},
                      {QStringLiteral("unassigned"), QStringLiteral("Unassigned"), QStringLiteral("user-x"), 0, false}});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_FALSE(model.flags(model.index(0)).testFlag(Qt::ItemIsSelectable));
    EXPECT_TRUE(model.flags(model.index(1)).testFlag(Qt::ItemIsSelectable));
    EXPECT_FALSE(model.index(1).data(Qt::DecorationRole).value<QIcon>().isNull());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCount(QStringLiteral("unassigned"), 7);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 2);
    EXPECT_EQ(model.count(QStringLiteral("unassigned")), 7);
    model.setCount(QStringLiteral("unassigned"), 7);
    model.setCount(QStringLiteral("nope"), 1);
    EXPECT_EQ(changed.count(), 1);
}
