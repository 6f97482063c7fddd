#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <utility>

namespace helpdesk::detail {

// Runs f later on context's thread (a queued call); dropped if context is destroyed before it runs.
template <typename F> void post(QObject* context, F&& f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

// Runs f on context's thread: now when already there, else queued; dropped if context is gone.
template <typename F> void deliver(const QPointer<QObject>& context, F&& f)
{
    if (!context)
        return;
    if (context->thread() == QThread::currentThread())
        std::forward<F>(f)();
    else
        QMetaObject::invokeMethod(context.data(), std::forward<F>(f), Qt::QueuedConnection);
}

} // namespace helpdesk::detail
