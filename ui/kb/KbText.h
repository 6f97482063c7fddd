#pragma once

#include "core/Enums.h"
#include "core/Timestamp.h"

#include <QCoreApplication>
#include <QString>

namespace helpdesk {

// The words the knowledge-base area shows for its enums and the Markdown it renders.
class KbText
{
    Q_DECLARE_TR_FUNCTIONS(helpdesk::KbText)
public:
    static QString status(KbStatus status);
    static QString visibility(KbVisibility visibility);
    // "Helpful for 7 of 9 readers", or that nobody voted yet.
    static QString score(qint64 helpful, qint64 unhelpful);
    // Tags as typed ("vpn, Network , vpn") → ["vpn", "network"].
    static QStringList parseTags(const QString& text);
    // Highlight marks (KbArticleStore::kMarkStart/kMarkEnd) as <b> in escaped HTML.
    static QString highlightedHtml(const QString& marked, const QString& highlightColor);
};

} // namespace helpdesk
