#include "kb/Diff3.h"

#include "kb/SequenceDiff.h"

#include <algorithm>

namespace helpdesk {

const QStringList& Diff3::Chunk::merged() const
{
    switch (kind) {
    case Kind::Mine:
    case Kind::Same:
        return mine;
    case Kind::Theirs:
        return theirs;
    case Kind::Unchanged:
    case Kind::Conflict:
        break;
    }
    return base;
}

namespace {

// The tokens one side holds for base[lo, hi), given that side's hunks first..last (inclusive) inside the range;
// outside its hunks the side equals base.
QStringList sideTokens(const QStringList& base, const QStringList& side, const QList<SequenceDiff::Hunk>& hunks,
                       qsizetype first, qsizetype last, qsizetype lo, qsizetype hi)
{
    if (first > last)
        return base.mid(lo, hi - lo);
    const qsizetype begin = hunks[first].otherBegin - (hunks[first].baseBegin - lo);
    const qsizetype end = hunks[last].otherEnd + (hi - hunks[last].baseEnd);
    return side.mid(begin, end - begin);
}

} // namespace

QList<Diff3::Chunk> Diff3::merge(const QStringList& base, const QStringList& mine, const QStringList& theirs)
{
    const QList<SequenceDiff::Hunk> ours = SequenceDiff::hunks(base, mine);
    const QList<SequenceDiff::Hunk> others = SequenceDiff::hunks(base, theirs);

    QList<Chunk> out;
    auto emitUnchanged = [&](qsizetype from, qsizetype to) {
        if (to > from)
            out.append(Chunk{Chunk::Kind::Unchanged, base.mid(from, to - from), {}, {}});
    };

    qsizetype pos = 0;
    qsizetype a = 0;
    qsizetype b = 0;
    while (a < ours.size() || b < others.size()) {
        const bool startWithMine = b >= others.size() || (a < ours.size() && ours[a].baseBegin <= others[b].baseBegin);
        const SequenceDiff::Hunk& first = startWithMine ? ours[a] : others[b];
        const qsizetype lo = first.baseBegin;
        qsizetype hi = first.baseEnd;
        const qsizetype firstA = a;
        const qsizetype firstB = b;
        if (startWithMine)
            ++a;
        else
            ++b;
        // Pull in every hunk of either side that overlaps or touches the group; touching counts so that two
        // insertions at one place, or an insertion next to a replacement, are never ordered silently.
        for (bool grew = true; grew;) {
            grew = false;
            if (a < ours.size() && ours[a].baseBegin <= hi) {
                hi = std::max(hi, ours[a].baseEnd);
                ++a;
                grew = true;
            }
            if (b < others.size() && others[b].baseBegin <= hi) {
                hi = std::max(hi, others[b].baseEnd);
                ++b;
                grew = true;
            }
        }

        emitUnchanged(pos, lo);
        Chunk chunk;
        chunk.base = base.mid(lo, hi - lo);
        chunk.mine = sideTokens(base, mine, ours, firstA, a - 1, lo, hi);
        chunk.theirs = sideTokens(base, theirs, others, firstB, b - 1, lo, hi);
        const bool mineChanged = a > firstA;
        const bool theirsChanged = b > firstB;
        if (mineChanged && theirsChanged)
            chunk.kind = chunk.mine == chunk.theirs ? Chunk::Kind::Same : Chunk::Kind::Conflict;
        else
            chunk.kind = mineChanged ? Chunk::Kind::Mine : Chunk::Kind::Theirs;
        out.append(std::move(chunk));
        pos = hi;
    }
    emitUnchanged(pos, base.size());
    return out;
}

} // namespace helpdesk
