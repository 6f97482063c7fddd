#pragma once

#include <QString>

namespace helpdesk {

// One run of a two-way diff: text both versions share, text only the newer one has, or text only the older one had.
struct DiffHunk
{
    enum class Kind
    {
        Equal,
        Inserted,
        Deleted
    };

    Kind kind = Kind::Equal;
    QString text;

    bool operator==(const DiffHunk&) const = default;
};

} // namespace helpdesk
