#pragma once

#include "core/Json.h"
#include "core/Result.h"
#include "supabase/AccessTokenSource.h"
#include "supabase/ContentRange.h"
#include "supabase/HttpTransport.h"
#include "supabase/QueryBuilder.h"
#include "supabase/SupabaseConfig.h"

#include <QObject>
#include <functional>
#include <optional>
#include <vector>

namespace helpdesk {

// A successful PostgREST answer.
struct RestResponse
{
    int status = 0;
    Json data;                                // parsed body; null for an empty body (204, return=minimal)
    std::optional<ContentRange> contentRange; // when the server sent one
    HttpHeaders headers;

    // The total from Content-Range ("…/N"), when counted.
    std::optional<qint64> count() const { return contentRange ? contentRange->total : std::nullopt; }

    // data as rows of T (an array; a single object is read as one row); any bad row → Error{Parse}.
    template <typename T> Result<std::vector<T>> rows() const
    {
        std::vector<T> out;
        if (data.is_null())
            return out;
        if (data.is_object()) {
            auto one = parseJson<T>(data);
            if (!one.ok())
                return one.error();
            out.push_back(std::move(one).value());
            return out;
        }
        if (!data.is_array())
            return Error::parse(QStringLiteral("Expected an array of rows"));
        out.reserve(data.size());
        for (const auto& row : data) {
            auto parsed = parseJson<T>(row);
            if (!parsed.ok())
                return parsed.error();
            out.push_back(std::move(parsed).value());
        }
        return out;
    }

    // data as one T (single-object responses, or an array of exactly one row).
    template <typename T> Result<T> single() const
    {
        if (data.is_array()) {
            if (data.size() != 1)
                return Error::api(406, QStringLiteral("PGRST116"),
                                  QStringLiteral("Cannot coerce the result to a single JSON object"),
                                  QStringLiteral("The result contains %1 rows").arg(data.size()));
            return parseJson<T>(data.front());
        }
        return parseJson<T>(data);
    }
};

using RestCallback = std::function<void(Result<RestResponse>)>;

// Sends QueryBuilder requests to /rest/v1. A 401 caused by an expired token (PGRST301/PGRST303) makes it ask
// the AccessTokenSource for a refreshed token once and repeat the request once.
class RestClient : public QObject
{
    Q_OBJECT

public:
    RestClient(SupabaseConfig config, HttpTransport& transport, AccessTokenSource* tokens = nullptr,
               QObject* parent = nullptr);

    QueryBuilder from(const QString& table) const { return QueryBuilder(table); }

    RequestHandle execute(const QueryBuilder& query, QObject* context, RestCallback callback);

    // Convenience: execute and read rows of T.
    template <typename T>
    RequestHandle fetch(const QueryBuilder& query, QObject* context,
                        std::function<void(Result<std::vector<T>>)> callback)
    {
        return execute(query, context, [callback = std::move(callback)](Result<RestResponse> r) {
            if (!r.ok())
                callback(r.error());
            else
                callback(r.value().template rows<T>());
        });
    }

    const SupabaseConfig& config() const { return m_config; }

    // Interprets an HTTP answer: 2xx → RestResponse (JSON body, Content-Range); otherwise the PostgREST error.
    static Result<RestResponse> interpret(const HttpResponse& response);

private:
    void send(const QueryBuilder& query, bool mayRetry, const std::shared_ptr<detail::RequestState>& state,
              QObject* context, RestCallback callback);

    SupabaseConfig m_config;
    HttpTransport& m_transport;
    AccessTokenSource* m_tokens;
};

} // namespace helpdesk
