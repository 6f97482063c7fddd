#pragma once

#include "kb/DiffHunk.h"

#include <QList>
#include <QString>

namespace helpdesk {

// A readable word-level diff between two versions of a text (an article body, a title). The texts are split
// with TextTokenizer::words, so the hunks rejoin losslessly: the Equal+Deleted hunks give `before`, the
// Equal+Inserted hunks give `after`. Changes separated only by spaces or punctuation, or by fewer words than
// they change, are shown as one change ("<del>quick brown</del><ins>slow red</ins>", not word by word).
class WordDiff
{
public:
    // A block of whole lines for long articles: unchanged lines around the changes, the changed lines with
    // their word-level hunks, and long unchanged stretches skipped (counts only, no hunks).
    struct LineGroup
    {
        enum class Kind
        {
            Unchanged,
            Changed,
            Skipped
        };

        Kind kind = Kind::Unchanged;
        qsizetype beforeFirstLine = 0; // 0-based line index in `before`
        qsizetype beforeLineCount = 0;
        qsizetype afterFirstLine = 0; // 0-based line index in `after`
        qsizetype afterLineCount = 0;
        QList<DiffHunk> hunks; // Unchanged: one Equal hunk; Changed: word-level hunks; Skipped: none

        bool operator==(const LineGroup&) const = default;
    };

    WordDiff(const QString& before, const QString& after);

    const QString& before() const { return m_before; }
    const QString& after() const { return m_after; }
    const QList<DiffHunk>& hunks() const { return m_hunks; }
    bool isIdentical() const;

    // Words (tokens with a letter or digit) added and removed, for a summary line ("+12 −3 words").
    int insertedWordCount() const { return m_insertedWords; }
    int deletedWordCount() const { return m_deletedWords; }

    // Lines compared first, then words inside each changed block. contextLines unchanged lines are kept on
    // each side of a change; longer unchanged stretches become one Skipped group. contextLines < 0 keeps all.
    QList<LineGroup> lineGroups(int contextLines = 3) const;

    // HTML for a QTextBrowser: text escaped, inside a pre-wrap block; insertions in <ins>, deletions in <del>.
    QString toHtml() const;
    // The same over lineGroups(contextLines); a Skipped group is rendered as one muted "N unchanged lines" row.
    QString toHtml(int contextLines) const;

    // The hunks for two texts without building a WordDiff.
    static QList<DiffHunk> diff(const QString& before, const QString& after);

private:
    QString m_before;
    QString m_after;
    QList<DiffHunk> m_hunks;
    int m_insertedWords = 0;
    int m_deletedWords = 0;
};

} // namespace helpdesk
