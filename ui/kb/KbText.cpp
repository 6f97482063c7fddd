#include "kb/KbText.h"

#include "store/KbArticleStore.h"

namespace helpdesk {

QString KbText::status(KbStatus status)
{
    switch (status) {
    case KbStatus::Draft:
        return tr("Draft");
    case KbStatus::Published:
        return tr("Published");
    case KbStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString KbText::visibility(KbVisibility visibility)
{
    switch (visibility) {
    case KbVisibility::Public:
        return tr("Public");
    case KbVisibility::Internal:
        return tr("Internal");
    }
    return {};
}

QString KbText::score(qint64 helpful, qint64 unhelpful)
{
    const qint64 votes = helpful + unhelpful;
    if (votes == 0) {
        return tr("No votes yet");
    }
    if (votes == 1) {
        return helpful == 1 ? tr("Helpful for the one reader who voted") : tr("Not helpful for the one reader who voted");
    }
    return tr("Helpful for %1 of %2 readers").arg(helpful).arg(votes);
}

QStringList KbText::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag)) {
            tags.append(tag);
        }
    }
    return tags;
}

QString KbText::highlightedHtml(const QString& marked, const QString& highlightColor)
{
    QString html = marked.toHtmlEscaped();
    html.replace(KbArticleStore::kMarkStart, QStringLiteral("<b style='background:%1'>").arg(highlightColor));
    html.replace(KbArticleStore::kMarkEnd, QStringLiteral("</b>"));
    return html;
}

} // namespace helpdesk
