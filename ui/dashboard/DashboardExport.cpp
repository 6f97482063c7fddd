#include "ui/dashboard/DashboardExport.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace helpdesk {

namespace {

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error::validation(QCoreApplication::translate("helpdesk::DashboardExport", "Could not write %1: %2")
                                 .arg(QDir::toNativeSeparators(path), reason));
}

// Each page: the title, the filters and the source, a rule; returns the top of the page's content.
qreal paintHeader(QPainter& painter, const QRectF& page, const DashboardView& view, int pageNumber)
{
    const QColor text(0x11, 0x18, 0x27);
    QFont font = painter.font();
    font.setPointSizeF(14);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(text);
    const qreal line = painter.fontMetrics().height();
    painter.drawText(QRectF(page.left(), page.top(), page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("helpdesk::DashboardExport", "Helpdesk dashboard"));
    font.setPointSizeF(8);
    font.setBold(false);
    painter.setFont(font);
    const qreal small = painter.fontMetrics().height();
    painter.drawText(QRectF(page.left(), page.top(), page.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("helpdesk::DashboardExport", "Page %1").arg(pageNumber));
    font.setPointSizeF(10);
    painter.setFont(font);
    const qreal body = painter.fontMetrics().height();
    qreal y = page.top() + line + body * 0.3;
    painter.drawText(QRectF(page.left(), y, page.width(), body), Qt::AlignLeft | Qt::AlignVCenter,
                     view.filterSummary());
    y += body;
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x4b, 0x55, 0x63));
    painter.drawText(QRectF(page.left(), y, page.width(), small), Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("helpdesk::DashboardExport", "%1 · generated %2 UTC")
                         .arg(QCoreApplication::translate("helpdesk::DashboardExport", "Figures from: %1")
                                  .arg(ReportSource::originLabel(view.origin())),
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    y += small + body * 0.3;
    painter.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 0));
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    return y + body * 0.5;
}

} // namespace

QString DashboardExport::title(const DashboardView& view)
{
    return QCoreApplication::translate("helpdesk::DashboardExport", "Helpdesk dashboard — %1")
        .arg(view.filterSummary());
}

Result<int> DashboardExport::writePdf(const DashboardView& view, const QString& path, const Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());

    const QList<QChartView*> charts = view.chartViews();
    const ReportTable* agents = nullptr;
    const std::vector<ReportTable> tables = view.tables();
    for (const ReportTable& t : tables)
        if (t.name == QLatin1String("agents"))
            agents = &t;
    const int steps = static_cast<int>(charts.size()) + 1;

    int pages = 1;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title(view));
        writer.setCreator(QStringLiteral("Helpdesk"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter;
        if (!painter.begin(&writer))
            return cannotWrite(
                path, QCoreApplication::translate("helpdesk::DashboardExport", "the PDF could not be started"));
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        qreal top = paintHeader(painter, page, view, pages);

        // Two charts side by side, two rows a page.
        const qreal gap = page.width() * 0.02;
        const qreal cellWidth = (page.width() - gap) / 2;
        int slot = 0;
        int done = 0;
        for (QChartView* chartView : charts) {
            if (slot == 4) {
                writer.newPage();
                ++pages;
                top = paintHeader(painter, page, view, pages);
                slot = 0;
            }
            const qreal cellHeight = (page.bottom() - top - gap) / 2;
            const QRectF target(page.left() + (slot % 2) * (cellWidth + gap), top + (slot / 2) * (cellHeight + gap),
                                cellWidth, cellHeight);
            // The scene, not a pixmap: bars, lines, axes and text stay vectors in the PDF.
            chartView->render(&painter, target, chartView->viewport()->rect(), Qt::KeepAspectRatio);
            // The sentence an empty or failed chart shows over itself is a widget, not part of the scene.
            if (const auto* state = chartView->findChild<QLabel*>(QStringLiteral("stateLabel"));
                state && state->isVisibleTo(chartView)) {
                QFont font = painter.font();
                font.setPointSizeF(10);
                painter.setFont(font);
                painter.setPen(QColor(0x4b, 0x55, 0x63));
                painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, state->text());
            }
            ++slot;
            ++done;
            if (progress && !progress(done, steps)) {
                painter.end();
                file.cancelWriting();
                return Error::validation(
                    QCoreApplication::translate("helpdesk::DashboardExport", "The export was cancelled."));
            }
        }

        // The agent table on pages of its own.
        if (agents && !agents->rows.empty()) {
            writer.newPage();
            ++pages;
            top = paintHeader(painter, page, view, pages);
            QFont font = painter.font();
            font.setPointSizeF(9);
            painter.setFont(font);
            const qreal rowHeight = painter.fontMetrics().height() * 1.4;
            const int columns = static_cast<int>(agents->header.size());
            const qreal firstWidth = page.width() * 0.3;
            const qreal otherWidth = columns > 1 ? (page.width() - firstWidth) / (columns - 1) : 0;
            const auto paintRow = [&](const QStringList& cells, qreal y, bool bold) {
                QFont f = painter.font();
                f.setBold(bold);
                painter.setFont(f);
                painter.setPen(QColor(0x11, 0x18, 0x27));
                qreal x = page.left();
                for (int c = 0; c < columns && c < cells.size(); ++c) {
                    const qreal w = c == 0 ? firstWidth : otherWidth;
                    painter.drawText(QRectF(x + 4, y, w - 8, rowHeight),
                                     (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::TextWordWrap,
                                     cells.at(c));
                    x += w;
                }
                painter.setPen(QPen(QColor(0xe5, 0xe7, 0xeb), 0));
                painter.drawLine(QPointF(page.left(), y + rowHeight), QPointF(page.right(), y + rowHeight));
            };
            qreal y = top;
            paintRow(agents->header, y, true);
            y += rowHeight;
            for (const QStringList& row : agents->rows) {
                if (y + rowHeight > page.bottom()) {
                    writer.newPage();
                    ++pages;
                    y = paintHeader(painter, page, view, pages);
                    paintRow(agents->header, y, true);
                    y += rowHeight;
                }
                paintRow(row, y, false);
                y += rowHeight;
            }
        }
        painter.end();
    }
    if (progress)
        progress(steps, steps);
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return pages;
}

Result<void> DashboardExport::writeCsv(const ReportTable& table, const QString& path,
                                       const CsvExport::Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    auto written = CsvExport::write(file, table.header, table.rows, progress);
    if (!written.ok()) {
        file.cancelWriting();
        return written.error().message.contains(QLatin1String("cancelled"))
                   ? Error::validation(
                         QCoreApplication::translate("helpdesk::DashboardExport", "The export was cancelled."))
                   : cannotWrite(path, file.errorString());
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Result<QStringList> DashboardExport::writeCsvFiles(const std::vector<ReportTable>& tables, const QString& directory,
                                                   const QString& prefix, const CsvExport::Progress& progress)
{
    QStringList written;
    qint64 total = 0;
    for (const ReportTable& t : tables)
        total += static_cast<qint64>(t.rows.size());
    qint64 before = 0;
    for (const ReportTable& t : tables) {
        const QString path = QDir(directory).filePath(prefix + t.name + QStringLiteral(".csv"));
        const auto overall = [&](qint64 done, qint64) { return !progress || progress(before + done, total); };
        auto r = writeCsv(t, path, overall);
        if (!r.ok())
            return r.error();
        before += static_cast<qint64>(t.rows.size());
        written << path;
    }
    return written;
}

} // namespace helpdesk
