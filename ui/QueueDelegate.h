#pragma once

#include <QStyledItemDelegate>

namespace helpdesk {

class Theme;

// Paints queue cells: the SLA due time coloured as it nears breach, a status pill, a priority dot, and
// a short highlight on rows someone else just changed.
class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit QueueDelegate(const Theme &theme, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const Theme &m_theme;
};

} // namespace helpdesk
