#include "core/Error.h"

#include <gtest/gtest.h>

using helpdesk::Error;

TEST(Error, NetworkAndTimeoutAreRetryable)
{
    EXPECT_TRUE(Error::network("refused").retryable());
    EXPECT_TRUE(Error::timeout().retryable());
    EXPECT_FALSE(Error::cancelled().retryable());
    EXPECT_FALSE(Error::parse("bad").retryable());
    EXPECT_FALSE(Error::conflict("stale").retryable());
    EXPECT_FALSE(Error::validation("empty title").retryable());
}

TEST(Error, ServerErrorsAndRateLimitsAreRetryableButRefusalsAreNot)
{
    EXPECT_TRUE(Error::http(503).retryable());
    EXPECT_TRUE(Error::http(429).retryable());
    EXPECT_TRUE(Error::http(408).retryable());
    EXPECT_FALSE(Error::http(501).retryable());
    EXPECT_FALSE(Error::http(400).retryable());
    EXPECT_FALSE(Error::api(409, "23505", "duplicate key").retryable());
    EXPECT_FALSE(Error::api(406, "PGRST116", "Cannot coerce").retryable());
    EXPECT_FALSE(Error::api(400, "invalid_credentials", "Invalid login credentials").retryable());
    EXPECT_TRUE(Error::api(500, "40001", "could not serialize access").retryable());
    EXPECT_TRUE(Error::api(400, "40P01", "deadlock detected").retryable());
    EXPECT_TRUE(Error::api(503, "PGRST000", "Database connection error").retryable());
}

TEST(Error, UserMessageExplainsTheMainCodesInPlainWords)
{
    EXPECT_EQ(Error::api(400, "invalid_credentials", "Invalid login credentials").userMessage(),
              "The email address or password is incorrect.");
    EXPECT_EQ(Error::api(422, "user_already_exists", "User already registered").userMessage(),
              "An account with this email address already exists.");
    EXPECT_EQ(Error::api(422, "weak_password", "Password should be at least 6 characters.").userMessage(),
              "The password is too weak. Choose a longer password.");
    EXPECT_EQ(Error::api(406, "PGRST116", "Cannot coerce the result to a single JSON object").userMessage(),
              "The item was not found, or you no longer have access to it.");
    EXPECT_EQ(Error::api(409, "23505", "duplicate key value violates unique constraint").userMessage(),
              "An item with the same value already exists.");
    EXPECT_EQ(Error::api(403, "42501", "new row violates row-level security policy").userMessage(),
              "You do not have permission to do this.");
    EXPECT_EQ(Error::api(401, "PGRST303", "JWT expired").userMessage(),
              "Your session has ended. Please sign in again.");
    EXPECT_EQ(Error::api(400, "refresh_token_not_found", "Invalid Refresh Token").userMessage(),
              "Your session has ended. Please sign in again.");
    EXPECT_EQ(Error::api(404, "NoSuchKey", "Object not found").userMessage(), "The file was not found.");
    EXPECT_EQ(Error::network("Connection refused").userMessage().left(32), "The server cannot be reached. Ch");
    EXPECT_EQ(Error::conflict("version mismatch").userMessage(),
              "Someone else changed this item at the same time. Review both versions before saving again.");
}

TEST(Error, UserMessageFallsBackOnTheStatusForUnknownCodes)
{
    EXPECT_EQ(Error::api(403, "something_new", "x").userMessage(), "You do not have permission to do this.");
    EXPECT_EQ(Error::http(502).userMessage(), "The server had a problem. Please try again later.");
    EXPECT_EQ(Error::http(418).userMessage(), "The server refused the request.");
}

TEST(Error, UserMessageShowsOwnDatabaseRaisesAsWritten)
{
    EXPECT_EQ(Error::api(400, "P0001", "A closed ticket cannot be reopened by a customer").userMessage(),
              "A closed ticket cannot be reopened by a customer");
}

TEST(Error, ValidationUsesItsOwnMessage)
{
    EXPECT_EQ(Error::validation("The title is empty.").userMessage(), "The title is empty.");
}

TEST(Error, ToStringCarriesEveryPart)
{
    const auto e = Error::api(409, "23505", "duplicate key", "Key (name)=(x) already exists.", "use another");
    EXPECT_EQ(e.toString(), "Api 409 23505: duplicate key (Key (name)=(x) already exists.) [use another]");
    EXPECT_EQ(e.kind, Error::Kind::Api);
    EXPECT_EQ(e.httpStatus, 409);
}
