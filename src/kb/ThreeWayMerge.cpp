#include "kb/ThreeWayMerge.h"

#include "kb/Diff3.h"
#include "kb/TextTokenizer.h"

#include <algorithm>

namespace helpdesk {

namespace {

QString joined(const QStringList& tokens)
{
    return tokens.join(QString());
}

bool hasWordCharacter(const QStringList& tokens)
{
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const QString& token) {
        return std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    });
}

// Word-level conflicts separated only by spaces or punctuation read as one conflict; folding the chunks between
// them into it keeps each side's version of those chunks, so nothing is lost.
QList<Diff3::Chunk> coalesceConflicts(const QList<Diff3::Chunk>& chunks)
{
    QList<Diff3::Chunk> out;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (chunks[i].kind != Diff3::Chunk::Kind::Conflict || out.isEmpty()) {
            out.append(chunks[i]);
            continue;
        }
        // Find the previous conflict in `out` reachable through word-free chunks only.
        qsizetype k = out.size() - 1;
        while (k >= 0 && out[k].kind != Diff3::Chunk::Kind::Conflict && !hasWordCharacter(out[k].base) &&
               !hasWordCharacter(out[k].mine) && !hasWordCharacter(out[k].theirs) && !hasWordCharacter(out[k].merged()))
            --k;
        if (k < 0 || out[k].kind != Diff3::Chunk::Kind::Conflict) {
            out.append(chunks[i]);
            continue;
        }
        Diff3::Chunk folded = out[k];
        for (qsizetype m = k + 1; m < out.size(); ++m) {
            const Diff3::Chunk& between = out[m];
            const bool unchanged = between.kind == Diff3::Chunk::Kind::Unchanged;
            folded.base += between.base;
            folded.mine += unchanged ? between.base : between.mine;
            folded.theirs += unchanged ? between.base : between.theirs;
        }
        folded.base += chunks[i].base;
        folded.mine += chunks[i].mine;
        folded.theirs += chunks[i].theirs;
        out.resize(k);
        out.append(std::move(folded));
    }
    return out;
}

} // namespace

QString ThreeWayMerge::Conflict::resolvedText() const
{
    switch (resolution) {
    case Resolution::Unresolved:
        return {};
    case Resolution::TakeMine:
        return mine;
    case Resolution::TakeTheirs:
        return theirs;
    case Resolution::Custom:
        return customText;
    case Resolution::TakeBoth:
        if (!mine.isEmpty() && !theirs.isEmpty() && !mine.back().isSpace() && !theirs.front().isSpace())
            return mine + QLatin1Char(' ') + theirs;
        return mine + theirs;
    }
    return {};
}

ThreeWayMerge::ThreeWayMerge(const QString& base, const QString& mine, const QString& theirs)
{
    const QList<Diff3::Chunk> lineChunks =
        Diff3::merge(TextTokenizer::lines(base), TextTokenizer::lines(mine), TextTokenizer::lines(theirs));
    for (const Diff3::Chunk& block : lineChunks) {
        if (block.kind != Diff3::Chunk::Kind::Conflict) {
            appendMerged(joined(block.merged()));
            continue;
        }
        // Both sides changed these lines: merge their words.
        const QList<Diff3::Chunk> wordChunks = coalesceConflicts(
            Diff3::merge(TextTokenizer::words(joined(block.base)), TextTokenizer::words(joined(block.mine)),
                         TextTokenizer::words(joined(block.theirs))));
        // A block both sides rewrote, where no word of base survives on both sides, reads best as one conflict
        // of whole lines (a rewritten paragraph against a deleted or differently rewritten one).
        const bool conflicted = std::any_of(wordChunks.cbegin(), wordChunks.cend(), [](const Diff3::Chunk& c) {
            return c.kind == Diff3::Chunk::Kind::Conflict;
        });
        const bool sharedWords = std::any_of(wordChunks.cbegin(), wordChunks.cend(), [](const Diff3::Chunk& c) {
            return c.kind == Diff3::Chunk::Kind::Unchanged && hasWordCharacter(c.base);
        });
        if (conflicted && !sharedWords) {
            appendConflict(Conflict{joined(block.base), joined(block.mine), joined(block.theirs), {}, {}});
            continue;
        }
        for (const Diff3::Chunk& words : wordChunks) {
            if (words.kind == Diff3::Chunk::Kind::Conflict)
                appendConflict(Conflict{joined(words.base), joined(words.mine), joined(words.theirs), {}, {}});
            else
                appendMerged(joined(words.merged()));
        }
    }
}

void ThreeWayMerge::appendMerged(const QString& text)
{
    if (text.isEmpty())
        return;
    if (!m_chunks.isEmpty() && !m_chunks.last().isConflict())
        m_chunks.last().text += text;
    else
        m_chunks.append(Chunk{text, -1});
}

void ThreeWayMerge::appendConflict(Conflict conflict)
{
    m_chunks.append(Chunk{QString(), m_conflicts.size()});
    m_conflicts.append(std::move(conflict));
}

qsizetype ThreeWayMerge::unresolvedCount() const
{
    return std::count_if(m_conflicts.cbegin(), m_conflicts.cend(), [](const Conflict& c) { return !c.isResolved(); });
}

void ThreeWayMerge::resolve(qsizetype index, Resolution resolution)
{
    Q_ASSERT(index >= 0 && index < m_conflicts.size());
    Q_ASSERT(resolution != Resolution::Custom);
    if (index < 0 || index >= m_conflicts.size() || resolution == Resolution::Custom)
        return;
    m_conflicts[index].resolution = resolution;
    m_conflicts[index].customText.clear();
}

void ThreeWayMerge::resolveWith(qsizetype index, const QString& customText)
{
    Q_ASSERT(index >= 0 && index < m_conflicts.size());
    if (index < 0 || index >= m_conflicts.size())
        return;
    m_conflicts[index].resolution = Resolution::Custom;
    m_conflicts[index].customText = customText;
}

void ThreeWayMerge::resolveAll(Resolution resolution)
{
    for (qsizetype i = 0; i < m_conflicts.size(); ++i)
        resolve(i, resolution);
}

Result<QString> ThreeWayMerge::text() const
{
    const qsizetype open = unresolvedCount();
    if (open > 0)
        return Error::conflict(
            QStringLiteral("%1 of %2 merge conflicts are unresolved").arg(open).arg(m_conflicts.size()));
    QString out;
    for (const Chunk& chunk : m_chunks)
        out += chunk.isConflict() ? m_conflicts[chunk.conflictIndex].resolvedText() : chunk.text;
    return out;
}

QString ThreeWayMerge::textWithMarkers(const QString& mineLabel, const QString& theirsLabel) const
{
    auto line = [](const QString& text) {
        return text.isEmpty() || text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r'))
                   ? text
                   : text + QLatin1Char('\n');
    };
    QString out;
    for (const Chunk& chunk : m_chunks) {
        if (!chunk.isConflict()) {
            out += chunk.text;
            continue;
        }
        const Conflict& c = m_conflicts[chunk.conflictIndex];
        if (c.isResolved()) {
            out += c.resolvedText();
            continue;
        }
        if (!out.isEmpty() && line(out) != out) // markers start on a line of their own
            out += QLatin1Char('\n');
        out += QStringLiteral("<<<<<<< ") + mineLabel + QLatin1Char('\n') + line(c.mine) + QStringLiteral("=======\n") +
               line(c.theirs) + QStringLiteral(">>>>>>> ") + theirsLabel + QLatin1Char('\n');
    }
    return out;
}

} // namespace helpdesk
