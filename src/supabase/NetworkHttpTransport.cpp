#include "supabase/NetworkHttpTransport.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace helpdesk {

NetworkHttpTransport::NetworkHttpTransport(QNetworkAccessManager* manager)
    : m_manager(manager ? manager : new QNetworkAccessManager())
    , m_ownsManager(manager == nullptr)
{}

NetworkHttpTransport::~NetworkHttpTransport()
{
    if (m_ownsManager)
        delete m_manager;
}

RequestHandle NetworkHttpTransport::send(HttpRequest request, QObject* context, HttpCallback callback)
{
    auto state = std::make_shared<detail::RequestState>();
    QNetworkRequest nr(request.url);
    for (const auto& [name, value] : request.headers)
        nr.setRawHeader(name, value);
    nr.setTransferTimeout(static_cast<int>(request.timeout.count()));
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    QNetworkReply* reply =
        request.body.isEmpty() && (request.method == "GET" || request.method == "DELETE" || request.method == "HEAD")
            ? m_manager->sendCustomRequest(nr, request.method)
            : m_manager->sendCustomRequest(nr, request.method, request.body);

    if (request.onUploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, context, request.onUploadProgress);
    if (request.onDownloadProgress)
        QObject::connect(reply, &QNetworkReply::downloadProgress, context, request.onDownloadProgress);

    // QObject emits destroyed() before it drops its connections: the abort below would otherwise deliver the
    // callback into a context that is being destroyed.
    auto contextGone = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, state, contextGone, callback = std::move(callback)] {
        state->finished = true;
        if (*contextGone)
            return;
        state->onCancel = nullptr;
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        if (state->cancelled) {
            callback(Error::cancelled());
            return;
        }
        if (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError) {
            // OperationCanceledError without our cancel() is the transfer timeout firing.
            callback(Error::timeout(QStringLiteral("No answer from %1 within the timeout").arg(reply->url().host())));
            return;
        }
        if (!statusAttr.isValid()) {
            callback(Error::network(reply->errorString()));
            return;
        }
        HttpResponse response;
        response.status = statusAttr.toInt();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        callback(std::move(response));
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // If the context dies first, abort the transfer; the reply deletes itself when finished.
    QObject::connect(context, &QObject::destroyed, reply, [reply, contextGone] {
        *contextGone = true;
        if (reply->isRunning())
            reply->abort();
    });

    state->onCancel = [reply = QPointer<QNetworkReply>(reply)] {
        if (reply && reply->isRunning())
            reply->abort();
    };
    return RequestHandle(state);
}

} // namespace helpdesk
