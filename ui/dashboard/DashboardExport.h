#pragma once

#include "core/Result.h"
#include "reports/CsvExport.h"
#include "ui/dashboard/DashboardView.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace helpdesk {

// Writes what a DashboardView shows: a PDF (A4 landscape; every page headed by the filters and the source, the
// charts painted as vectors two by two, then the agent table) and each table as a CSV file. Errors are
// sentences a person understands (the file that could not be written and why).
class DashboardExport
{
public:
    // Called after each step with (steps done, total steps); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // The pages written.
    static Result<int> writePdf(const DashboardView& view, const QString& path, const Progress& progress = {});
    static Result<void> writeCsv(const ReportTable& table, const QString& path,
                                 const CsvExport::Progress& progress = {});
    // One <prefix><table name>.csv per table in directory; the files written.
    static Result<QStringList> writeCsvFiles(const std::vector<ReportTable>& tables, const QString& directory,
                                             const QString& prefix, const CsvExport::Progress& progress = {});
    // The PDF's title (also its document title): "Helpdesk dashboard — <filters>".
    static QString title(const DashboardView& view);
};

} // namespace helpdesk
