#pragma once

#include "core/Result.h"

#include <QString>
#include <array>
#include <string_view>
#include <utility>

namespace helpdesk {

enum class TicketStatus
{
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed
};
enum class TicketPriority
{
    Low,
    Normal,
    High,
    Urgent
};
enum class TicketChannel
{
    Desktop,
    Email,
    Web,
    Api,
    Chat
};
enum class UserRole
{
    Customer,
    Agent,
    Admin
};
enum class MessageSource
{
    Customer,
    Agent,
    Ai,
    System,
    Email
};
enum class KbVisibility
{
    Public,
    Internal
};
enum class KbStatus
{
    Draft,
    Published,
    Archived
};

// The one place mapping each enum to its wire string (the Postgres enum label / text check value).
template <typename E> struct WireNames;

#define HELPDESK_WIRE_NAMES(Enum, ...)                                                                                 \
    template <> struct WireNames<Enum>                                                                                 \
    {                                                                                                                  \
        static constexpr std::string_view typeName = #Enum;                                                            \
        static constexpr auto values = std::to_array<std::pair<Enum, std::string_view>>({__VA_ARGS__});                \
    };

HELPDESK_WIRE_NAMES(TicketStatus, {TicketStatus::New, "new"}, {TicketStatus::Open, "open"},
                    {TicketStatus::Pending, "pending"}, {TicketStatus::OnHold, "on_hold"},
                    {TicketStatus::Solved, "solved"}, {TicketStatus::Closed, "closed"})
HELPDESK_WIRE_NAMES(TicketPriority, {TicketPriority::Low, "low"}, {TicketPriority::Normal, "normal"},
                    {TicketPriority::High, "high"}, {TicketPriority::Urgent, "urgent"})
HELPDESK_WIRE_NAMES(TicketChannel, {TicketChannel::Desktop, "desktop"}, {TicketChannel::Email, "email"},
                    {TicketChannel::Web, "web"}, {TicketChannel::Api, "api"}, {TicketChannel::Chat, "chat"})
HELPDESK_WIRE_NAMES(UserRole, {UserRole::Customer, "customer"}, {UserRole::Agent, "agent"}, {UserRole::Admin, "admin"})
HELPDESK_WIRE_NAMES(MessageSource, {MessageSource::Customer, "customer"}, {MessageSource::Agent, "agent"},
                    {MessageSource::Ai, "ai"}, {MessageSource::System, "system"}, {MessageSource::Email, "email"})
HELPDESK_WIRE_NAMES(KbVisibility, {KbVisibility::Public, "public"}, {KbVisibility::Internal, "internal"})
HELPDESK_WIRE_NAMES(KbStatus, {KbStatus::Draft, "draft"}, {KbStatus::Published, "published"},
                    {KbStatus::Archived, "archived"})

#undef HELPDESK_WIRE_NAMES

template <typename E>
concept WireEnum = std::is_enum_v<E> && requires
{
    WireNames<E>::values;
};

template <WireEnum E> constexpr std::string_view toWire(E value)
{
    for (const auto& [v, name] : WireNames<E>::values)
        if (v == value)
            return name;
    return {}; // unreachable for valid enumerators
}

template <WireEnum E> QString toWireString(E value)
{
    const std::string_view name = toWire(value);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

template <WireEnum E> Result<E> fromWire(std::string_view text)
{
    for (const auto& [v, name] : WireNames<E>::values)
        if (name == text)
            return v;
    const std::string_view type = WireNames<E>::typeName;
    return Error::parse(QStringLiteral("Unknown %1 value \"%2\"")
                            .arg(QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size())),
                                 QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))));
}

template <WireEnum E> Result<E> fromWire(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return fromWire<E>(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

template <WireEnum E> constexpr auto allValues()
{
    std::array<E, WireNames<E>::values.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = WireNames<E>::values[i].first;
    return out;
}

} // namespace helpdesk
