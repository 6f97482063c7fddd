#include "supabase/ContentRange.h"

namespace helpdesk {

namespace {

std::optional<qint64> number(const QByteArray& text, bool& ok)
{
    bool parsed = false;
    const qint64 v = text.toLongLong(&parsed);
    if (!parsed || v < 0)
        ok = false;
    return v;
}

} // namespace

Result<ContentRange> ContentRange::parse(const QByteArray& header)
{
    QByteArray text = header.trimmed();
    if (text.startsWith("items "))
        text = text.mid(6).trimmed();
    const qsizetype slash = text.indexOf('/');
    if (slash < 0)
        return Error::parse(QStringLiteral("Invalid Content-Range \"%1\"").arg(QString::fromLatin1(header)));
    const QByteArray range = text.left(slash);
    const QByteArray total = text.mid(slash + 1);
    ContentRange out;
    bool ok = true;
    if (range != "*") {
        const qsizetype dash = range.indexOf('-');
        if (dash <= 0) {
            ok = false;
        } else {
            out.first = number(range.left(dash), ok);
            out.last = number(range.mid(dash + 1), ok);
            if (ok && *out.last < *out.first)
                ok = false;
        }
    }
    if (total != "*")
        out.total = number(total, ok);
    if (!ok)
        return Error::parse(QStringLiteral("Invalid Content-Range \"%1\"").arg(QString::fromLatin1(header)));
    return out;
}

} // namespace helpdesk
