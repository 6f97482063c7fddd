#include "SidebarDelegate.h"

#include "ViewListModel.h"

#include <QApplication>
#include <QPainter>

namespace helpdesk {

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool header = index.data(ViewListModel::HeaderRole).toBool();
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 1, -4, -1);
    if (header) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        painter->setFont(font);
        QColor muted = palette.color(QPalette::PlaceholderText);
        painter->setPen(muted);
        painter->drawText(r.adjusted(8, 0, -8, -2), Qt::AlignLeft | Qt::AlignBottom,
                          index.data(Qt::DisplayRole).toString().toUpper());
        painter->restore();
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (selected || hovered) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? 40 : 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(r, 6, 6);
    }
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int iconSize = 16;
    QRect iconRect(r.left() + 8, r.center().y() - iconSize / 2 + 1, iconSize, iconSize);
    icon.paint(painter, iconRect);

    const int count = index.data(ViewListModel::CountRole).toInt();
    QString countText = count >= 0 ? QLocale().toString(count) : QString();
    QFont font = option.font;
    if (selected) {
        font.setBold(true);
    }
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int countWidth = countText.isEmpty() ? 0 : fm.horizontalAdvance(countText) + 8;
    QRect textRect = r.adjusted(iconSize + 16, 0, -countWidth - 8, 0);
    painter->setPen(palette.color(QPalette::WindowText));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
    if (!countText.isEmpty()) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(r.adjusted(0, 0, -8, 0), Qt::AlignVCenter | Qt::AlignRight, countText);
    }
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    const bool header = index.data(ViewListModel::HeaderRole).toBool();
    return {180, header ? line + 14 : line + 12};
}

} // namespace helpdesk
