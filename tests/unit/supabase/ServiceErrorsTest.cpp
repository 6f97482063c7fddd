#include "supabase/ServiceErrors.h"

#include <gtest/gtest.h>

using namespace helpdesk;

namespace {

HttpResponse response(int status, const QByteArray& body, HttpHeaders headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

} // namespace

TEST(ServiceErrors, ReadsPostgrestErrors)
{
    const Error e = postgrestError(response(
        406,
        R"({"code":"PGRST116","message":"Cannot coerce the result to a single JSON object","details":"The result contains 0 rows","hint":null})"));
    EXPECT_EQ(e.kind, Error::Kind::Api);
    EXPECT_EQ(e.httpStatus, 406);
    EXPECT_EQ(e.code, "PGRST116");
    EXPECT_EQ(e.details, "The result contains 0 rows");
    EXPECT_TRUE(e.hint.isEmpty());
    const Error dup = postgrestError(response(
        409,
        R"({"code":"23505","message":"duplicate key value violates unique constraint \"teams_name_key\"","details":"Key (name)=(Billing) already exists.","hint":null})"));
    EXPECT_EQ(dup.code, "23505");
    EXPECT_FALSE(dup.retryable());
}

TEST(ServiceErrors, NonJsonBodiesBecomeHttpErrors)
{
    const Error e = postgrestError(response(502, "<html>Bad Gateway</html>"));
    EXPECT_EQ(e.kind, Error::Kind::Http);
    EXPECT_EQ(e.httpStatus, 502);
    EXPECT_EQ(e.message, "<html>Bad Gateway</html>");
    EXPECT_TRUE(e.retryable());
}

TEST(ServiceErrors, ReadsAllThreeGoTrueShapes)
{
    const Error a = goTrueError(response(400, R"({"code":"invalid_credentials","message":"Invalid login credentials"})",
                                         {{"X-Supabase-Api-Version", "2024-01-01"}}));
    EXPECT_EQ(a.code, "invalid_credentials");
    EXPECT_EQ(a.message, "Invalid login credentials");
    EXPECT_EQ(a.httpStatus, 400);

    const Error b = goTrueError(response(
        422,
        R"({"code":422,"error_code":"weak_password","msg":"Password should be at least 6 characters.","weak_password":{"reasons":["length"]}})"));
    EXPECT_EQ(b.code, "weak_password");
    EXPECT_EQ(b.message, "Password should be at least 6 characters.");

    const Error c =
        goTrueError(response(400, R"({"error":"invalid_request","error_description":"refresh_token required"})"));
    EXPECT_EQ(c.code, "invalid_request");
    EXPECT_EQ(c.message, "refresh_token required");

    const Error header = goTrueError(response(403, R"({"message":"nope"})", {{"x-sb-error-code", "not_admin"}}));
    EXPECT_EQ(header.code, "not_admin");
}

TEST(ServiceErrors, ReadsStorageErrors)
{
    const Error e = storageError(
        response(404, R"({"statusCode":"404","code":"NoSuchKey","error":"NoSuchKey","message":"Object not found"})"));
    EXPECT_EQ(e.kind, Error::Kind::Api);
    EXPECT_EQ(e.code, "NoSuchKey");
    EXPECT_EQ(e.message, "Object not found");
    const Error old = storageError(
        response(400, R"({"statusCode":"400","error":"Duplicate","message":"The resource already exists"})"));
    EXPECT_EQ(old.code, "Duplicate");
}

TEST(ServiceErrors, ReadsFunctionErrorsAndRelayErrors)
{
    const Error e =
        functionsError(response(400, R"({"error":"action must be one of triage, reply","code":"bad_action"})"));
    EXPECT_EQ(e.kind, Error::Kind::Api);
    EXPECT_EQ(e.code, "bad_action");
    EXPECT_EQ(e.message, "action must be one of triage, reply");
    const Error relay = functionsError(response(502, "upstream gone", {{"x-relay-error", "true"}}));
    EXPECT_EQ(relay.kind, Error::Kind::Http);
    EXPECT_EQ(relay.code, "FunctionsRelayError");
    const Error jwt = functionsError(response(401, R"({"msg":"Invalid JWT"})"));
    EXPECT_EQ(jwt.message, "Invalid JWT");
    EXPECT_EQ(jwt.httpStatus, 401);
}
