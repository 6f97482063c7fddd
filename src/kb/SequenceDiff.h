#pragma once

#include <QList>
#include <QStringList>

namespace helpdesk {

// The shortest edit script between two token sequences (Wu, Manber and Myers' O(NP) algorithm, from Debian's
// dtl), reported as change hunks: base[baseBegin, baseEnd) was replaced by other[otherBegin, otherEnd). Tokens
// between hunks are equal. Hunks are in order, disjoint and never touch each other. The common prefix and suffix
// are stripped before dtl runs, so typical edits of long texts stay cheap; a long middle that shares fewer than
// half its words with the other side (a rewrite) is reported as one replacement without running dtl.
class SequenceDiff
{
public:
    struct Hunk
    {
        qsizetype baseBegin = 0;
        qsizetype baseEnd = 0;
        qsizetype otherBegin = 0;
        qsizetype otherEnd = 0;

        bool operator==(const Hunk&) const = default;
    };

    // Semantic clean-up (as in diff-match-patch): an equal run between two hunks is folded into one hunk when
    // it holds no word (no letter or digit) or no more words than each neighbouring hunk changes. A shortest
    // edit script over words happily "substitutes" unrelated words to reuse shared spaces and full stops; the
    // clean-up turns that back into the change a person made, which keeps merges from aligning unrelated text.
    enum class Cleanup
    {
        None,
        Semantic
    };

    static QList<Hunk> hunks(const QStringList& base, const QStringList& other, Cleanup cleanup = Cleanup::Semantic);
};

} // namespace helpdesk
