#pragma once

#include <QStyledItemDelegate>

namespace helpdesk {

// Draws a sidebar row: icon and title, the count right-aligned and muted, section headers small caps.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace helpdesk
