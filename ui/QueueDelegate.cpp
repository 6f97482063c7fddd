#include "QueueDelegate.h"

#include "QueueRow.h"
#include "Theme.h"
#include "TicketQueueModel.h"

#include <QApplication>
#include <QPainter>

namespace helpdesk {

QueueDelegate::QueueDelegate(const Theme &theme, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_theme(theme)
{
}

void QueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    if (!selected && index.data(TicketQueueModel::HighlightRole).toBool()) {
        painter->fillRect(opt.rect, m_theme.highlightFlash());
    }
    switch (index.column()) {
    case TicketQueueModel::SlaDueColumn: {
        const auto state = static_cast<SlaState>(index.data(TicketQueueModel::SlaStateRole).toInt());
        if (!selected) {
            switch (state) {
            case SlaState::Breached:
                opt.palette.setColor(QPalette::Text, m_theme.danger());
                opt.font.setBold(true);
                break;
            case SlaState::NearingBreach:
                opt.palette.setColor(QPalette::Text, m_theme.warning());
                break;
            case SlaState::Paused:
            case SlaState::None:
                opt.palette.setColor(QPalette::Text, m_theme.mutedText());
                break;
            case SlaState::OnTrack:
                opt.palette.setColor(QPalette::Text, m_theme.success());
                break;
            }
        }
        break;
    }
    case TicketQueueModel::PriorityColumn: {
        const auto priority = static_cast<TicketPriority>(index.data(TicketQueueModel::PriorityRole).toInt());
        if (priority == TicketPriority::Urgent || priority == TicketPriority::High) {
            const QString text = opt.text;
            opt.text.clear();
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
            const QColor dot = priority == TicketPriority::Urgent ? m_theme.danger() : m_theme.warning();
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(dot);
            const QRect r = opt.rect;
            painter->drawEllipse(QPoint(r.left() + 9, r.center().y() + 1), 3, 3);
            painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            painter->setFont(opt.font);
            painter->drawText(r.adjusted(18, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
            painter->restore();
            return;
        }
        break;
    }
    case TicketQueueModel::NumberColumn:
    case TicketQueueModel::UpdatedColumn:
        if (!selected) {
            opt.palette.setColor(QPalette::Text, m_theme.mutedText());
        }
        break;
    default:
        break;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

} // namespace helpdesk
