#include "supabase/FunctionsClient.h"

#include "support/FakeHttpTransport.h"
#include "support/Wait.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using helpdesk::test::Capture;
using helpdesk::test::FakeHttpTransport;

namespace {

SupabaseConfig config()
{
    SupabaseConfig c;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:54321"));
    c.anonKey = QStringLiteral("ANON");
    return c;
}

} // namespace

TEST(FunctionsClient, PostsJsonAndReadsJson)
{
    FakeHttpTransport transport;
    QObject context;
    FunctionsClient functions(config(), transport);
    EXPECT_EQ(functions.invokeRequest(QStringLiteral("ai-assist"), Json{{"action", "triage"}}).toText().toStdString(),
              "POST http://127.0.0.1:54321/functions/v1/ai-assist\n"
              "apikey: ANON\nAuthorization: Bearer ANON\nX-Client-Info: helpdesk-qt/0.1.0\n"
              "Content-Type: application/json\n\n{\"action\":\"triage\"}\n");
    Capture<Json> result;
    functions.invoke(QStringLiteral("ai-assist"), Json{{"action", "triage"}}, &context, result.callback());
    transport.respondNext(200, R"({"priority":"high"})");
    ASSERT_TRUE(result.wait());
    EXPECT_EQ(result.result().value()["priority"].get<std::string>(), "high");
}

TEST(FunctionsClient, HttpErrorsCarryTheFunctionsMessage)
{
    FakeHttpTransport transport;
    QObject context;
    FunctionsClient functions(config(), transport);
    Capture<Json> result;
    functions.invoke(QStringLiteral("ai-assist"), Json::object(), &context, result.callback());
    transport.respondNext(400, R"({"error":"unknown action","code":"bad_request"})");
    ASSERT_TRUE(result.wait());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.result().error().httpStatus, 400);
    EXPECT_EQ(result.result().error().message, "unknown action");
}

TEST(FunctionsClient, TextAnswersBecomeJsonStrings)
{
    FakeHttpTransport transport;
    QObject context;
    FunctionsClient functions(config(), transport);
    Capture<Json> result;
    functions.invoke(QStringLiteral("notify"), Json::object(), &context, result.callback());
    transport.respondNext(200, "done", {{"Content-Type", "text/plain"}});
    ASSERT_TRUE(result.wait());
    EXPECT_EQ(result.result().value().get<std::string>(), "done");
}
