#include "kb/SequenceDiff.h"

#include <QHash>
#include <algorithm>
#include <vector>

// dtl is a third-party header library written without our warning set in mind.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <dtl/dtl.hpp>
#pragma GCC diagnostic pop

namespace helpdesk {

namespace {

// Above this many token pairs (about 2,000 by 2,000 tokens), check whether the texts are a rewrite first.
constexpr double kRewriteCheckAbove = 4'000'000.0;

bool isSignificant(const QString& token)
{
    return std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// prefix[i] = number of significant tokens in tokens[0, i).
std::vector<qsizetype> significantPrefix(const QStringList& tokens)
{
    std::vector<qsizetype> prefix(static_cast<std::size_t>(tokens.size()) + 1, 0);
    for (qsizetype i = 0; i < tokens.size(); ++i)
        prefix[static_cast<std::size_t>(i) + 1] =
            prefix[static_cast<std::size_t>(i)] + (isSignificant(tokens[i]) ? 1 : 0);
    return prefix;
}

QList<SequenceDiff::Hunk> semanticCleanup(const QStringList& base, const QStringList& other,
                                          const QList<SequenceDiff::Hunk>& hunks)
{
    if (hunks.size() < 2)
        return hunks;
    const std::vector<qsizetype> inBase = significantPrefix(base);
    const std::vector<qsizetype> inOther = significantPrefix(other);
    auto words = [](const std::vector<qsizetype>& prefix, qsizetype from, qsizetype to) {
        return prefix[static_cast<std::size_t>(to)] - prefix[static_cast<std::size_t>(from)];
    };
    auto weight = [&](const SequenceDiff::Hunk& h) {
        return std::max(words(inBase, h.baseBegin, h.baseEnd), words(inOther, h.otherBegin, h.otherEnd));
    };
    QList<SequenceDiff::Hunk> out;
    for (const SequenceDiff::Hunk& next : hunks) {
        out.append(next);
        while (out.size() >= 2) {
            SequenceDiff::Hunk& left = out[out.size() - 2];
            const SequenceDiff::Hunk& right = out.last();
            const qsizetype equal = words(inBase, left.baseEnd, right.baseBegin);
            if (equal != 0 && (equal > weight(left) || equal > weight(right)))
                break;
            left.baseEnd = right.baseEnd;
            left.otherEnd = right.otherEnd;
            out.removeLast();
        }
    }
    return out;
}

} // namespace

QList<SequenceDiff::Hunk> SequenceDiff::hunks(const QStringList& base, const QStringList& other, Cleanup cleanup)
{
    qsizetype prefix = 0;
    const qsizetype maxPrefix = std::min(base.size(), other.size());
    while (prefix < maxPrefix && base[prefix] == other[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < maxPrefix - prefix && base[base.size() - 1 - suffix] == other[other.size() - 1 - suffix])
        ++suffix;

    const qsizetype baseEnd = base.size() - suffix;
    const qsizetype otherEnd = other.size() - suffix;
    if (prefix == baseEnd && prefix == otherEnd)
        return {};
    if (prefix == baseEnd || prefix == otherEnd)
        return {Hunk{prefix, baseEnd, prefix, otherEnd}};

    // Tokens become small integers so dtl compares ints, not strings.
    QHash<QString, int> ids;
    auto intern = [&ids](const QString& token) {
        const auto it = ids.constFind(token);
        if (it != ids.constEnd())
            return it.value();
        const int id = static_cast<int>(ids.size());
        ids.insert(token, id);
        return id;
    };
    std::vector<int> a;
    std::vector<int> b;
    a.reserve(static_cast<std::size_t>(baseEnd - prefix));
    b.reserve(static_cast<std::size_t>(otherEnd - prefix));
    for (qsizetype i = prefix; i < baseEnd; ++i)
        a.push_back(intern(base[i]));
    for (qsizetype i = prefix; i < otherEnd; ++i)
        b.push_back(intern(other[i]));

    // A rewrite of a long text: the edit script costs O(N·D) with D about N, and after the clean-up it would be
    // one replacement anyway. When few words are shared, report that replacement at once.
    if (static_cast<double>(a.size()) * static_cast<double>(b.size()) > kRewriteCheckAbove) {
        QHash<int, qsizetype> remaining;
        qsizetype baseWords = 0;
        for (qsizetype i = prefix; i < baseEnd; ++i)
            if (isSignificant(base[i])) {
                ++remaining[a[static_cast<std::size_t>(i - prefix)]];
                ++baseWords;
            }
        qsizetype otherWords = 0;
        qsizetype shared = 0;
        for (qsizetype i = prefix; i < otherEnd; ++i)
            if (isSignificant(other[i])) {
                ++otherWords;
                auto it = remaining.find(b[static_cast<std::size_t>(i - prefix)]);
                if (it != remaining.end() && it.value() > 0) {
                    --it.value();
                    ++shared;
                }
            }
        if (shared * 2 < std::max(baseWords, otherWords))
            return {Hunk{prefix, baseEnd, prefix, otherEnd}};
    }

    dtl::Diff<int> diff(a, b);
    diff.compose();
    const auto script = diff.getSes().getSequence();

    QList<Hunk> out;
    qsizetype i = prefix; // position in base
    qsizetype j = prefix; // position in other
    bool open = false;
    Hunk current;
    for (const auto& [element, info] : script) {
        Q_UNUSED(element);
        if (info.type == dtl::SES_COMMON) {
            if (open) {
                current.baseEnd = i;
                current.otherEnd = j;
                out.append(current);
                open = false;
            }
            ++i;
            ++j;
            continue;
        }
        if (!open) {
            current = Hunk{i, i, j, j};
            open = true;
        }
        if (info.type == dtl::SES_DELETE)
            ++i;
        else
            ++j;
    }
    if (open) {
        current.baseEnd = i;
        current.otherEnd = j;
        out.append(current);
    }
    Q_ASSERT(i == baseEnd && j == otherEnd);
    return cleanup == Cleanup::Semantic ? semanticCleanup(base, other, out) : out;
}

} // namespace helpdesk
