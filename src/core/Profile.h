#pragma once

#include "core/Json.h"

#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace helpdesk {

// A person: one per auth user, created by the sign-up trigger. role changes only through admin_set_role(). Row of
// public.profiles; JSON keys are the column names as PostgREST returns them.
struct Profile
{
    QUuid id;
    std::optional<QString> email;
    QString fullName;
    UserRole role = UserRole::Customer;
    std::optional<QString> avatarUrl;
    QString timezone = QStringLiteral("UTC"); // IANA name, "UTC" by default
    bool isActive = true;
    Timestamp createdAt;
    Timestamp updatedAt;

    bool operator==(const Profile&) const = default;
};

void to_json(Json& j, const Profile& value);
void from_json(const Json& j, Profile& value);

} // namespace helpdesk
