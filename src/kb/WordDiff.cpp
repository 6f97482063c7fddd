#include "kb/WordDiff.h"

#include "kb/SequenceDiff.h"
#include "kb/TextTokenizer.h"

#include <QCoreApplication>
#include <algorithm>

namespace helpdesk {

namespace {

bool isWordToken(const QString& token)
{
    return std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString joined(const QStringList& tokens, qsizetype from, qsizetype to)
{
    QString out;
    for (qsizetype i = from; i < to; ++i)
        out += tokens[i];
    return out;
}

void appendHunk(QList<DiffHunk>& hunks, DiffHunk::Kind kind, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!hunks.isEmpty() && hunks.last().kind == kind)
        hunks.last().text += text;
    else
        hunks.append(DiffHunk{kind, text});
}

QList<DiffHunk> tokenDiff(const QStringList& a, const QStringList& b)
{
    const QList<SequenceDiff::Hunk> merged = SequenceDiff::hunks(a, b);

    QList<DiffHunk> out;
    qsizetype i = 0;
    for (const SequenceDiff::Hunk& h : merged) {
        appendHunk(out, DiffHunk::Kind::Equal, joined(a, i, h.baseBegin));
        appendHunk(out, DiffHunk::Kind::Deleted, joined(a, h.baseBegin, h.baseEnd));
        appendHunk(out, DiffHunk::Kind::Inserted, joined(b, h.otherBegin, h.otherEnd));
        i = h.baseEnd;
    }
    appendHunk(out, DiffHunk::Kind::Equal, joined(a, i, a.size()));
    return out;
}

QString hunksToHtml(const QList<DiffHunk>& hunks)
{
    QString html;
    for (const DiffHunk& h : hunks) {
        const QString text = h.text.toHtmlEscaped();
        switch (h.kind) {
        case DiffHunk::Kind::Equal:
            html += text;
            break;
        case DiffHunk::Kind::Inserted:
            html += QStringLiteral("<ins style=\"background-color:#ccffd8; text-decoration:none\">") + text +
                    QStringLiteral("</ins>");
            break;
        case DiffHunk::Kind::Deleted:
            html += QStringLiteral("<del style=\"background-color:#ffd7d5; text-decoration:line-through\">") + text +
                    QStringLiteral("</del>");
            break;
        }
    }
    return html;
}

QString preWrap(const QString& inner)
{
    return QStringLiteral("<div style=\"white-space:pre-wrap\">") + inner + QStringLiteral("</div>");
}

} // namespace

WordDiff::WordDiff(const QString& before, const QString& after) : m_before(before), m_after(after)
{
    const QStringList a = TextTokenizer::words(before);
    const QStringList b = TextTokenizer::words(after);
    m_hunks = tokenDiff(a, b);
    for (const DiffHunk& h : m_hunks) {
        if (h.kind == DiffHunk::Kind::Equal)
            continue;
        const QStringList tokens = TextTokenizer::words(h.text);
        const int words = static_cast<int>(std::count_if(tokens.cbegin(), tokens.cend(), isWordToken));
        (h.kind == DiffHunk::Kind::Inserted ? m_insertedWords : m_deletedWords) += words;
    }
}

bool WordDiff::isIdentical() const
{
    return m_before == m_after;
}

QList<DiffHunk> WordDiff::diff(const QString& before, const QString& after)
{
    return tokenDiff(TextTokenizer::words(before), TextTokenizer::words(after));
}

QList<WordDiff::LineGroup> WordDiff::lineGroups(int contextLines) const
{
    const QStringList a = TextTokenizer::lines(m_before);
    const QStringList b = TextTokenizer::lines(m_after);
    const QList<SequenceDiff::Hunk> changes = SequenceDiff::hunks(a, b);

    QList<LineGroup> out;
    // An unchanged stretch a[from, to) (b starts at bFrom): keep context next to changes, skip the middle.
    auto addUnchanged = [&](qsizetype from, qsizetype to, qsizetype bFrom, bool changeBefore, bool changeAfter) {
        const qsizetype count = to - from;
        if (count <= 0)
            return;
        auto keep = [&](qsizetype first, qsizetype n) {
            if (n <= 0)
                return;
            const qsizetype bFirst = bFrom + (first - from);
            out.append(LineGroup{LineGroup::Kind::Unchanged,
                                 first,
                                 n,
                                 bFirst,
                                 n,
                                 {DiffHunk{DiffHunk::Kind::Equal, joined(a, first, first + n)}}});
        };
        if (contextLines < 0) {
            keep(from, count);
            return;
        }
        const qsizetype head = changeBefore ? std::min<qsizetype>(contextLines, count) : 0;
        const qsizetype tail = changeAfter ? std::min<qsizetype>(contextLines, count - head) : 0;
        const qsizetype skipped = count - head - tail;
        keep(from, head);
        if (skipped > 0)
            out.append(LineGroup{LineGroup::Kind::Skipped, from + head, skipped, bFrom + head, skipped, {}});
        keep(to - tail, tail);
    };

    qsizetype i = 0;
    qsizetype j = 0;
    for (qsizetype k = 0; k < changes.size(); ++k) {
        const SequenceDiff::Hunk& h = changes[k];
        addUnchanged(i, h.baseBegin, j, k > 0, true);
        LineGroup changed{
            LineGroup::Kind::Changed,  h.baseBegin,
            h.baseEnd - h.baseBegin,   h.otherBegin,
            h.otherEnd - h.otherBegin, diff(joined(a, h.baseBegin, h.baseEnd), joined(b, h.otherBegin, h.otherEnd))};
        out.append(std::move(changed));
        i = h.baseEnd;
        j = h.otherEnd;
    }
    addUnchanged(i, a.size(), j, !changes.isEmpty(), false);
    return out;
}

QString WordDiff::toHtml() const
{
    return preWrap(hunksToHtml(m_hunks));
}

QString WordDiff::toHtml(int contextLines) const
{
    QString inner;
    for (const LineGroup& group : lineGroups(contextLines)) {
        if (group.kind == LineGroup::Kind::Skipped) {
            const QString label = group.beforeLineCount == 1
                                      ? QCoreApplication::translate("helpdesk::WordDiff", "1 unchanged line")
                                      : QCoreApplication::translate("helpdesk::WordDiff", "%1 unchanged lines")
                                            .arg(group.beforeLineCount);
            inner += QStringLiteral("<span style=\"color:#808080\">\u22EF %1 \u22EF</span>\n").arg(label);
            continue;
        }
        inner += hunksToHtml(group.hunks);
    }
    return preWrap(inner);
}

} // namespace helpdesk
