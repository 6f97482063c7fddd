#pragma once

#include "core/Result.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace helpdesk {

// Writes a table as CSV (RFC 4180: comma separated, CRLF line ends, fields holding a comma, quote, CR or LF
// quoted with quotes doubled), UTF-8. Cells that a spreadsheet would run as a formula (starting with = + - @,
// tab or CR) are prefixed with a single quote, unless they are plain numbers such as "-3" or "+1.5".
class CsvExport
{
public:
    // Called every progressStep rows and at the end with (rows written, total rows); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static QString escapeField(const QString& value);
    static QString formatRow(const QStringList& fields); // without the line end

    // Writes header then rows; Error{Validation} on cancel, a storage error when the device fails.
    static Result<void> write(QIODevice& device, const QStringList& header, const std::vector<QStringList>& rows,
                              const Progress& progress = {}, qint64 progressStep = 1000);
};

} // namespace helpdesk
