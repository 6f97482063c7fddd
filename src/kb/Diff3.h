#pragma once

#include <QList>
#include <QStringList>

namespace helpdesk {

// diff3 over token sequences: the changes base→mine and base→theirs (SequenceDiff) are walked in base order;
// changes of the two sides whose base ranges overlap or touch (including insertions at the same place) form
// one chunk, which is a conflict unless both sides produced the same tokens. Everything else is taken from the
// side that changed it, so no change of either side is dropped.
class Diff3
{
public:
    struct Chunk
    {
        enum class Kind
        {
            Unchanged, // neither side changed these tokens
            Mine,      // only mine changed this range
            Theirs,    // only theirs changed this range
            Same,      // both changed it the same way
            Conflict,  // both changed it differently
        };
        Kind kind = Kind::Unchanged;
        QStringList base;
        QStringList mine;
        QStringList theirs;

        // The merged tokens for every kind but Conflict.
        const QStringList& merged() const;
        bool operator==(const Chunk&) const = default;
    };

    static QList<Chunk> merge(const QStringList& base, const QStringList& mine, const QStringList& theirs);
};

} // namespace helpdesk
