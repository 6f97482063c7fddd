#include "supabase/FunctionsClient.h"
#include "support/LocalStack.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;

TEST(FunctionsClientIntegration, InvokesAFunctionAsTheSignedInUser)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    FunctionsClient functions(user.config, user.transport, &user.auth);
    Capture<Json> result;
    functions.invoke(QStringLiteral("hello"), Json{{"name", "Ada"}}, &user.context, result.callback());
    ASSERT_TRUE(result.wait(20'000));
    ASSERT_TRUE(result.ok()) << result.describe();
    const Json& j = result.result().value();
    EXPECT_EQ(j.value("greeting", std::string()), "Hello Ada!");
    EXPECT_EQ(j.value("user_id", std::string()), user.id.toString(QUuid::WithoutBraces).toStdString());
}

TEST(FunctionsClientIntegration, FunctionErrorsBecomeErrors)
{
    TestUser user; // signed out: the function answers 401 {"error":"not signed in"}
    FunctionsClient functions(user.config, user.transport, &user.auth);
    Capture<Json> result;
    functions.invoke(QStringLiteral("hello"), Json::object(), &user.context, result.callback());
    ASSERT_TRUE(result.wait(20'000));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.result().error().httpStatus, 401) << result.describe();
    EXPECT_EQ(result.result().error().message, "not signed in");
}

TEST(FunctionsClientIntegration, UnknownFunctionsAreNotFound)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    FunctionsClient functions(user.config, user.transport, &user.auth);
    Capture<Json> result;
    functions.invoke(QStringLiteral("no-such-function"), Json::object(), &user.context, result.callback());
    ASSERT_TRUE(result.wait(20'000));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.result().error().httpStatus, 404) << result.describe();
}
