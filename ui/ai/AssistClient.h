#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "supabase/FunctionsClient.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/RequestHandle.h"

#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace helpdesk {

class ServerConnection;

// One answer of the ai-assist edge function's content actions (supabase/functions/ai-assist/handler/README.md):
// who answered (provider, and why the configured one was not used), the ai_suggestions row it is stored as
// (the row the person's outcome is recorded on) and the action's result object.
struct AssistAnswer
{
    QString action;
    QString provider;       // "builtin" or "openai"
    QString fallbackFrom;   // empty unless the configured provider failed and builtin answered instead
    QString fallbackReason; // e.g. "openai: timeout after 15000 ms"
    QUuid suggestionId;
    bool cached = false;
    Json result = Json::object();
};

// What the person did with a suggestion (ai_suggestions.outcome).
enum class AssistOutcome
{
    Accepted,
    Edited,
    Rejected,
};

// The app's client of ai-assist: content actions, feedback on suggestions, the customer's deflections. Calls go
// through a FunctionsClient carrying the signed-in user's token, so the function reads everything as that user.
class AssistClient : public QObject
{
    Q_OBJECT
public:
    explicit AssistClient(ServerConnection &connection, QObject *parent = nullptr);

    // {action, ticket_id?, query?, force_refresh?, ...}: the answer, or the function's error.
    RequestHandle run(const Json &body, QObject *context, std::function<void(Result<AssistAnswer>)> callback);

    // Admins: retrain the builtin triage classifiers on the workspace's labelled tickets; answers the stored model's
    // description ({name, kind, trained_at, metrics}).
    RequestHandle train(QObject *context, std::function<void(Result<Json>)> callback);

    // Agents and admins: the function's feedback action (edited needs finalText).
    RequestHandle recordOutcome(const QUuid &suggestionId, AssistOutcome outcome, const QString &finalText,
                                QObject *context, std::function<void(Result<void>)> callback);
    // Customers: rate their own answer (PATCH ai_suggestions; RLS lets them touch only their own answers).
    RequestHandle rateOwnAnswer(const QUuid &suggestionId, AssistOutcome outcome, QObject *context,
                                std::function<void(Result<void>)> callback);
    // Customers: "this solved my problem" — a row in ai_deflections for their answer.
    RequestHandle recordDeflection(const QUuid &suggestionId, const QString &query, QObject *context,
                                   std::function<void(Result<void>)> callback);

    static QString outcomeWire(AssistOutcome outcome);
    // "Answered by the built-in engine" / "... by the configured model" plus the fall-back note, for a label.
    static QString providerText(const AssistAnswer &answer);
    // A sentence for a person about a failed AI call.
    static QString errorText(const Error &error);
    // True when the failure means "no connection to the server" (shown as the offline state).
    static bool isConnectionError(const Error &error);

    // AI answers may take longer than ordinary REST calls (an external model, training data).
    static constexpr std::chrono::milliseconds kTimeout{60'000};

private:
    ServerConnection &m_connection;
    NetworkHttpTransport m_transport;
    FunctionsClient m_functions;
};

// Small readers for the result objects (missing or mistyped keys read as empty).
namespace assistjson {
QString string(const Json &object, const char *key);
double number(const Json &object, const char *key);
const Json &member(const Json &object, const char *key);
} // namespace assistjson

} // namespace helpdesk
