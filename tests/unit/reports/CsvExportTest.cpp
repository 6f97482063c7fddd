#include "reports/CsvExport.h"

#include <QBuffer>

#include <gtest/gtest.h>

namespace helpdesk {
namespace {

TEST(CsvExport, LeavesPlainFieldsAlone)
{
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("Alice")), QStringLiteral("Alice"));
    EXPECT_EQ(CsvExport::escapeField(QString()), QString());
}

TEST(CsvExport, QuotesFieldsWithCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
}

TEST(CsvExport, DefusesFormulas)
{
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("=SUM(A1:A2)")), QStringLiteral("'=SUM(A1:A2)"));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("+1+cmd|' /C calc'!A0")), QStringLiteral("'+1+cmd|' /C calc'!A0"));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
}

TEST(CsvExport, KeepsSignedNumbersAsNumbers)
{
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("-3")), QStringLiteral("-3"));
    EXPECT_EQ(CsvExport::escapeField(QStringLiteral("+1.5")), QStringLiteral("+1.5"));
}

TEST(CsvExport, WritesHeaderAndRowsWithCrlf)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = CsvExport::write(buffer, {QStringLiteral("agent"), QStringLiteral("solved")},
                                          {{QStringLiteral("Doe, Jane"), QStringLiteral("3")}});
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(buffer.data(), QByteArray("agent,solved\r\n\"Doe, Jane\",3\r\n"));
}

TEST(CsvExport, ReportsProgressAndCanBeCancelled)
{
    std::vector<QStringList> rows(2500, QStringList{QStringLiteral("x")});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::vector<std::pair<qint64, qint64>> calls;
    const auto written = CsvExport::write(buffer, {QStringLiteral("h")}, rows, [&](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return true;
    });
    ASSERT_TRUE(written.ok());
    ASSERT_EQ(calls.size(), 3u);
    EXPECT_EQ(calls[0], std::make_pair(qint64{1000}, qint64{2500}));
    EXPECT_EQ(calls[2], std::make_pair(qint64{2500}, qint64{2500}));

    QBuffer second;
    second.open(QIODevice::WriteOnly);
    const auto cancelled = CsvExport::write(second, {QStringLiteral("h")}, rows, [](qint64, qint64) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(second.data().count('\n'), 1001);
}

} // namespace
} // namespace helpdesk
