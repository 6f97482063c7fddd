#pragma once

// A temporary local cache filled through the store's own API with server-shaped rows (what a sync would
// write), for model and view tests and the UI benchmarks.
#include "core/Profile.h"
#include "core/Ticket.h"
#include "store/CacheDatabase.h"
#include "store/MirrorSchema.h"
#include "store/MirrorStore.h"

#include <QTemporaryDir>

#include <memory>
#include <stdexcept>

namespace helpdesk::testing {

class CacheFixture
{
public:
    CacheFixture()
    {
        auto opened = CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened.ok()) {
            throw std::runtime_error(opened.error().toString().toStdString());
        }
        m_database = std::move(opened.value());
    }
    ~CacheFixture() { m_database->releaseThreadConnection(); }

    CacheDatabase &database() { return *m_database; }

    Profile addProfile(const QString &name, UserRole role)
    {
        Profile profile;
        profile.id = QUuid::createUuid();
        profile.fullName = name;
        profile.email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.com");
        profile.role = role;
        Json row;
        to_json(row, profile);
        apply(QStringLiteral("profiles"), Json::array({row}));
        return profile;
    }

    static Ticket makeTicket(qint64 number, const QString &title, const QUuid &requester, Timestamp updatedAt)
    {
        Ticket ticket;
        ticket.id = QUuid::createUuid();
        ticket.number = number;
        ticket.title = title;
        ticket.description = title;
        ticket.status = TicketStatus::Open;
        ticket.requesterId = requester;
        ticket.createdAt = updatedAt;
        ticket.updatedAt = updatedAt;
        return ticket;
    }

    void putTickets(const std::vector<Ticket> &tickets)
    {
        Json rows = Json::array();
        for (const Ticket &ticket : tickets) {
            Json row;
            to_json(row, ticket);
            rows.push_back(std::move(row));
        }
        apply(QStringLiteral("tickets"), rows);
    }

    void apply(const QString &tableName, const Json &rows)
    {
        MirrorStore store(*m_database);
        auto result = store.applyServerRows(*MirrorSchema::table(tableName), rows);
        if (!result.ok()) {
            throw std::runtime_error(result.error().toString().toStdString());
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_database;
};

} // namespace helpdesk::testing
