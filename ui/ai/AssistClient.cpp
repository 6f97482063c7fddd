#include "AssistClient.h"

#include "ui/ServerConnection.h"

#include "supabase/RestClient.h"

#include <QCoreApplication>

namespace helpdesk {

namespace assistjson {

const Json &member(const Json &object, const char *key)
{
    static const Json null;
    if (!object.is_object()) {
        return null;
    }
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

QString string(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

double number(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    return value.is_number() ? value.get<double>() : 0.0;
}

} // namespace assistjson

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Result<AssistAnswer> readAnswer(const Json &body)
{
    if (!body.is_object() || !body.contains("result") || !body.at("result").is_object()) {
        return Error::parse(QStringLiteral("ai-assist answered without a result object"));
    }
    AssistAnswer answer;
    answer.action = assistjson::string(body, "action");
    answer.provider = assistjson::string(body, "provider");
    const Json &fallback = assistjson::member(body, "fallback");
    if (fallback.is_object()) {
        answer.fallbackFrom = assistjson::string(fallback, "from");
        answer.fallbackReason = assistjson::string(fallback, "reason");
        if (answer.fallbackFrom.isEmpty()) {
            answer.fallbackFrom = QStringLiteral("openai");
        }
    }
    answer.suggestionId = QUuid::fromString(assistjson::string(body, "suggestion_id"));
    answer.cached = assistjson::member(body, "cached").is_boolean() && body.at("cached").get<bool>();
    answer.result = body.at("result");
    return answer;
}

} // namespace

AssistClient::AssistClient(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_functions(ServerConnection::configFor(connection.profile()), m_transport, &connection.auth())
{
}

RequestHandle AssistClient::run(const Json &body, QObject *context, std::function<void(Result<AssistAnswer>)> callback)
{
    return m_functions.invoke(
        QStringLiteral("ai-assist"), body, context,
        [callback = std::move(callback)](Result<Json> reply) {
            if (!reply.ok()) {
                callback(reply.error());
                return;
            }
            callback(readAnswer(reply.value()));
        },
        kTimeout);
}

RequestHandle AssistClient::train(QObject *context, std::function<void(Result<Json>)> callback)
{
    return m_functions.invoke(
        QStringLiteral("ai-assist"), Json{{"action", "train"}}, context,
        [callback = std::move(callback)](Result<Json> reply) {
            if (!reply.ok()) {
                callback(reply.error());
                return;
            }
            const Json &model = assistjson::member(reply.value(), "model");
            if (!model.is_object()) {
                callback(Error::parse(QStringLiteral("ai-assist answered train without a model")));
                return;
            }
            callback(model);
        },
        std::chrono::milliseconds(120'000));
}

QString AssistClient::outcomeWire(AssistOutcome outcome)
{
    switch (outcome) {
    case AssistOutcome::Accepted:
        return QStringLiteral("accepted");
    case AssistOutcome::Edited:
        return QStringLiteral("edited");
    case AssistOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

RequestHandle AssistClient::recordOutcome(const QUuid &suggestionId, AssistOutcome outcome, const QString &finalText,
                                          QObject *context, std::function<void(Result<void>)> callback)
{
    Json body{{"action", "feedback"},
              {"suggestion_id", idText(suggestionId).toStdString()},
              {"outcome", outcomeWire(outcome).toStdString()}};
    if (outcome == AssistOutcome::Edited) {
        body["final_text"] = finalText.toStdString();
    }
    return m_functions.invoke(
        QStringLiteral("ai-assist"), body, context,
        [callback = std::move(callback)](Result<Json> reply) {
            if (!reply.ok()) {
                callback(reply.error());
                return;
            }
            callback(Result<void>());
        },
        kTimeout);
}

RequestHandle AssistClient::rateOwnAnswer(const QUuid &suggestionId, AssistOutcome outcome, QObject *context,
                                          std::function<void(Result<void>)> callback)
{
    auto query = m_connection.rest().from(QStringLiteral("ai_suggestions"));
    query.update(Json{{"outcome", outcomeWire(outcome).toStdString()}})
        .eq(QStringLiteral("id"), suggestionId)
        .select(QStringLiteral("id"));
    return m_connection.rest().execute(query, context, [callback = std::move(callback)](Result<RestResponse> reply) {
        if (!reply.ok()) {
            callback(reply.error());
            return;
        }
        if (!reply.value().data.is_array() || reply.value().data.empty()) {
            callback(Error::api(404, QStringLiteral("PGRST116"),
                                QStringLiteral("the answer to rate was not found")));
            return;
        }
        callback(Result<void>());
    });
}

RequestHandle AssistClient::recordDeflection(const QUuid &suggestionId, const QString &query, QObject *context,
                                             std::function<void(Result<void>)> callback)
{
    Json row{{"query", query.left(2000).toStdString()}};
    if (!suggestionId.isNull()) {
        row["suggestion_id"] = idText(suggestionId).toStdString();
    }
    auto insert = m_connection.rest().from(QStringLiteral("ai_deflections"));
    insert.insert(row).returning(ReturnPreference::Minimal);
    return m_connection.rest().execute(insert, context, [callback = std::move(callback)](Result<RestResponse> reply) {
        if (!reply.ok()) {
            callback(reply.error());
            return;
        }
        callback(Result<void>());
    });
}

QString AssistClient::providerText(const AssistAnswer &answer)
{
    const QString who = answer.provider == QLatin1String("openai")
                            ? tr("Suggested by the configured AI model")
                            : tr("Suggested by the built-in engine (no external AI service)");
    QString text = answer.cached ? tr("%1 · from cache").arg(who) : who;
    if (!answer.fallbackFrom.isEmpty()) {
        text += QLatin1Char('\n')
                + tr("The configured AI model did not answer (%1), so the built-in engine answered instead.")
                      .arg(answer.fallbackReason.isEmpty() ? tr("no reason given") : answer.fallbackReason);
    }
    return text;
}

bool AssistClient::isConnectionError(const Error &error)
{
    return error.kind == Error::Kind::Network;
}

QString AssistClient::errorText(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Network:
        return tr("The assistant needs a connection to the server. Try again when you are back online.");
    case Error::Kind::Timeout:
        return tr("The assistant took too long to answer. Please try again.");
    case Error::Kind::Cancelled:
        return tr("Cancelled.");
    default:
        break;
    }
    const QString &code = error.code;
    if (code == QLatin1String("not_found")) {
        return tr("This ticket is not available to you any more (deleted, or no longer visible).");
    }
    if (code == QLatin1String("forbidden_action")) {
        return tr("Your role may not use this part of the assistant.");
    }
    if (code == QLatin1String("not_signed_in")) {
        return tr("Your session has ended. Please sign in again.");
    }
    if (code == QLatin1String("not_enough_data")) {
        return tr("There are not enough labelled tickets to train on yet (at least 3 per category, team or tag).");
    }
    if (code == QLatin1String("invalid_request")) {
        return tr("The assistant could not read this request: %1").arg(error.message);
    }
    if (code == QLatin1String("internal_error") || error.httpStatus >= 500) {
        return tr("The assistant failed on the server. Please try again later.");
    }
    if (error.httpStatus == 404) {
        return tr("The server has no AI assistant (the ai-assist function is not deployed).");
    }
    return error.userMessage();
}

} // namespace helpdesk
