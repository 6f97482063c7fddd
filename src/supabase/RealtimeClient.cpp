#include "supabase/RealtimeClient.h"

#include "supabase/RealtimeChannel.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcRealtime, "helpdesk.realtime")

namespace helpdesk {

namespace {
const QString kPhoenixTopic = QStringLiteral("phoenix");
}

RealtimeClient::RealtimeClient(SupabaseConfig config, QObject* parent)
    : RealtimeClient(std::move(config), Options(), parent)
{}

RealtimeClient::RealtimeClient(SupabaseConfig config, Options options, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(options)
{
    m_heartbeatTimer.setInterval(m_options.heartbeatInterval);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &RealtimeClient::sendHeartbeat);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RealtimeClient::openSocket);
    connect(&m_socket, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState s) {
        if (s == QAbstractSocket::UnconnectedState)
            onSocketClosed();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onTextMessage);
}

RealtimeClient::~RealtimeClient()
{
    m_wantConnected = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

QUrl RealtimeClient::socketUrl() const
{
    QUrl url = m_config.realtimeUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apikey"), m_config.anonKey);
    query.addQueryItem(QStringLiteral("vsn"), QStringLiteral("1.0.0"));
    url.setQuery(query);
    return url;
}

std::chrono::milliseconds RealtimeClient::backoffDelay(int attempt, std::chrono::milliseconds base,
                                                       std::chrono::milliseconds max, double random01)
{
    const double exp = std::pow(2.0, std::min(attempt, 30));
    const double capped = std::min(static_cast<double>(max.count()), static_cast<double>(base.count()) * exp);
    const double r = std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<qint64>(capped / 2 + r * capped / 2));
}

void RealtimeClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RealtimeClient::connectToServer()
{
    m_wantConnected = true;
    if (m_state != State::Disconnected)
        return;
    m_attempts = 0;
    openSocket();
}

void RealtimeClient::openSocket()
{
    if (!m_wantConnected)
        return;
    setState(State::Connecting);
    m_socket.open(socketUrl());
}

void RealtimeClient::disconnectFromServer()
{
    m_wantConnected = false;
    m_reconnectTimer.stop();
    m_heartbeatTimer.stop();
    for (RealtimeChannel* channel : std::as_const(m_channels))
        channel->onSocketClosed();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.close();
    m_socketOpen = false;
    setState(State::Disconnected);
}

void RealtimeClient::onConnected()
{
    m_socketOpen = true;
    m_attempts = 0;
    m_pendingHeartbeat.clear();
    m_heartbeatTimer.start();
    setState(State::Connected);
    for (RealtimeChannel* channel : std::as_const(m_channels))
        channel->onSocketOpened();
}

void RealtimeClient::onSocketClosed()
{
    m_socketOpen = false;
    m_heartbeatTimer.stop();
    m_pendingHeartbeat.clear();
    for (RealtimeChannel* channel : std::as_const(m_channels))
        channel->onSocketClosed();
    if (!m_wantConnected) {
        setState(State::Disconnected);
        return;
    }
    if (m_reconnectTimer.isActive())
        return;
    const auto delay = backoffDelay(m_attempts++, m_options.reconnectBase, m_options.reconnectMax,
                                    QRandomGenerator::global()->generateDouble());
    qCInfo(lcRealtime) << "Realtime connection lost (" << m_socket.errorString() << "); reconnecting in"
                       << delay.count() << "ms";
    setState(State::Connecting);
    m_reconnectTimer.start(delay);
}

QString RealtimeClient::makeRef()
{
    return QString::number(m_nextRef++);
}

QString RealtimeClient::push(PhoenixMessage message)
{
    if (!message.ref)
        message.ref = makeRef();
    if (m_socketOpen)
        m_socket.sendTextMessage(QString::fromUtf8(message.encode()));
    return *message.ref;
}

void RealtimeClient::sendHeartbeat()
{
    if (!m_socketOpen)
        return;
    if (!m_pendingHeartbeat.isEmpty()) {
        // The last heartbeat got no reply within an interval: the link is dead even if TCP has not noticed.
        qCInfo(lcRealtime) << "Heartbeat timeout; reconnecting";
        m_socket.abort();
        return;
    }
    PhoenixMessage hb;
    hb.topic = kPhoenixTopic;
    hb.event = QStringLiteral("heartbeat");
    m_pendingHeartbeat = push(hb);
}

void RealtimeClient::onTextMessage(const QString& text)
{
    auto decoded = PhoenixMessage::decode(text.toUtf8());
    if (!decoded.ok()) {
        qCWarning(lcRealtime) << decoded.error().toString();
        return;
    }
    const PhoenixMessage& message = decoded.value();
    emit messageReceived(message);
    if (message.topic == kPhoenixTopic) {
        if (message.event == QLatin1String("phx_reply") && message.ref == m_pendingHeartbeat)
            m_pendingHeartbeat.clear();
        return;
    }
    if (RealtimeChannel* channel = m_channels.value(message.topic))
        channel->handleMessage(message);
}

RealtimeChannel* RealtimeClient::channel(const QString& name)
{
    const QString topic = name.startsWith(QLatin1String("realtime:")) ? name : QStringLiteral("realtime:") + name;
    if (RealtimeChannel* existing = m_channels.value(topic))
        return existing;
    auto* channel = new RealtimeChannel(this, topic);
    m_channels.insert(topic, channel);
    return channel;
}

void RealtimeClient::removeChannel(RealtimeChannel* channel)
{
    if (!channel || m_channels.value(channel->topic()) != channel)
        return;
    channel->unsubscribe();
    m_channels.remove(channel->topic());
    channel->deleteLater();
}

void RealtimeClient::setAccessToken(const QString& token)
{
    if (token == m_accessToken)
        return;
    m_accessToken = token;
    for (RealtimeChannel* channel : std::as_const(m_channels))
        channel->pushAccessToken(accessToken());
}

QString RealtimeClient::accessToken() const
{
    return m_accessToken.isEmpty() ? m_config.anonKey : m_accessToken;
}

} // namespace helpdesk
