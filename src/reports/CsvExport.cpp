#include "reports/CsvExport.h"

namespace helpdesk {

namespace {

bool isPlainNumber(const QString& value)
{
    bool ok = false;
    value.toDouble(&ok);
    return ok && !value.contains(QLatin1Char('e'), Qt::CaseInsensitive);
}

bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') ||
        first == QLatin1Char('\r'))
        return true;
    if (first == QLatin1Char('+') || first == QLatin1Char('-'))
        return !isPlainNumber(value);
    return false;
}

} // namespace

QString CsvExport::escapeField(const QString& value)
{
    QString field = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString CsvExport::formatRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped.append(escapeField(f));
    return escaped.join(QLatin1Char(','));
}

Result<void> CsvExport::write(QIODevice& device, const QStringList& header, const std::vector<QStringList>& rows,
                              const Progress& progress, qint64 progressStep)
{
    const auto writeLine = [&device](const QStringList& fields) -> bool {
        const QByteArray line = (formatRow(fields) + QStringLiteral("\r\n")).toUtf8();
        return device.write(line) == line.size();
    };
    const qint64 total = static_cast<qint64>(rows.size());
    if (!writeLine(header))
        return Error::validation(QStringLiteral("Could not write the CSV file: %1").arg(device.errorString()));
    qint64 done = 0;
    for (const QStringList& row : rows) {
        if (!writeLine(row))
            return Error::validation(QStringLiteral("Could not write the CSV file: %1").arg(device.errorString()));
        ++done;
        if (progress && progressStep > 0 && done % progressStep == 0 && done != total && !progress(done, total))
            return Error::validation(QStringLiteral("The export was cancelled"));
    }
    if (progress && !progress(done, total))
        return Error::validation(QStringLiteral("The export was cancelled"));
    return Result<void>::success();
}

} // namespace helpdesk
