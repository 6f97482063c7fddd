#include "core/Json.h"

namespace helpdesk {

Result<Json> parseJsonDocument(const QByteArray& text)
{
    Json j = Json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (j.is_discarded())
        return Error::parse(QStringLiteral("The body is not valid JSON"));
    return j;
}

} // namespace helpdesk
