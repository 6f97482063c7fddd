#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <optional>

namespace helpdesk {

// PostgREST's Content-Range response header: "0-24/3573", "0-14/*", "*/0", "*/*".
struct ContentRange
{
    std::optional<qint64> first; // absent for "*"
    std::optional<qint64> last;
    std::optional<qint64> total; // absent for "*" (not counted)

    static Result<ContentRange> parse(const QByteArray& header);
    bool operator==(const ContentRange&) const = default;
};

} // namespace helpdesk
