#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace helpdesk {

// Three-way merge of Markdown text (an article body edited offline against the server's newer version).
// Lines are merged first; where both sides changed the same lines, the words inside that block are merged, so
// two people editing different sentences of one paragraph merge cleanly. Changes of both sides that overlap or
// touch (including insertions at the same place) become conflicts, never a silent choice: with no conflicts,
// every change of mine and every change of theirs is in text(). A conflict is resolved by taking mine, theirs,
// both, or custom text; text() then gives the final body. Typical edits of long articles merge in about a
// millisecond; a rewrite of a 10,000-word article can take a few hundred: run such merges off the UI thread.
class ThreeWayMerge
{
public:
    enum class Resolution
    {
        Unresolved,
        TakeMine,
        TakeTheirs,
        TakeBoth,
        Custom
    };

    struct Conflict
    {
        QString base;
        QString mine;
        QString theirs;
        Resolution resolution = Resolution::Unresolved;
        QString customText; // used when resolution is Custom

        bool isResolved() const { return resolution != Resolution::Unresolved; }
        // The text this conflict contributes once resolved (empty while unresolved). TakeBoth is mine then
        // theirs, with one space between them when both meet at word characters.
        QString resolvedText() const;
        bool operator==(const Conflict&) const = default;
    };

    // The merged text in order: runs of merged text and conflicts (conflictIndex into conflicts()).
    struct Chunk
    {
        QString text;                 // merged text; empty for a conflict chunk
        qsizetype conflictIndex = -1; // >= 0 for a conflict

        bool isConflict() const { return conflictIndex >= 0; }
        bool operator==(const Chunk&) const = default;
    };

    ThreeWayMerge(const QString& base, const QString& mine, const QString& theirs);

    const QList<Chunk>& chunks() const { return m_chunks; }
    const QList<Conflict>& conflicts() const { return m_conflicts; }
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }
    qsizetype unresolvedCount() const;
    bool isResolved() const { return unresolvedCount() == 0; }

    // Resolve conflict `index` (TakeMine, TakeTheirs, TakeBoth, or Unresolved to undo); Custom needs resolveWith.
    void resolve(qsizetype index, Resolution resolution);
    void resolveWith(qsizetype index, const QString& customText);
    void resolveAll(Resolution resolution);

    // The final text, or a Conflict error naming how many conflicts are still unresolved.
    Result<QString> text() const;
    // The text with every unresolved conflict shown as git-style markers, for a read-only preview or an export.
    QString textWithMarkers(const QString& mineLabel = QStringLiteral("mine"),
                            const QString& theirsLabel = QStringLiteral("theirs")) const;

private:
    void appendMerged(const QString& text);
    void appendConflict(Conflict conflict);

    QList<Chunk> m_chunks;
    QList<Conflict> m_conflicts;
};

} // namespace helpdesk
