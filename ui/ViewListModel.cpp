#include "ViewListModel.h"

#include "IconSet.h"

namespace helpdesk {

ViewListModel::ViewListModel(const IconSet &icons, QObject *parent)
    : QAbstractListModel(parent)
    , m_icons(icons)
{
}

void ViewListModel::setEntries(std::vector<ViewEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void ViewListModel::setCount(const QString &key, int count)
{
    const QModelIndex index = indexOfKey(key);
    if (!index.isValid() || m_entries[static_cast<size_t>(index.row())].count == count) {
        return;
    }
    m_entries[static_cast<size_t>(index.row())].count = count;
    emit dataChanged(index, index, {CountRole, Qt::DisplayRole, Qt::AccessibleTextRole});
}

int ViewListModel::count(const QString &key) const
{
    const QModelIndex index = indexOfKey(key);
    return index.isValid() ? m_entries[static_cast<size_t>(index.row())].count : -1;
}

QModelIndex ViewListModel::indexOfKey(const QString &key) const
{
    if (key.isEmpty()) {
        return {};
    }
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key) {
            return index(static_cast<int>(i));
        }
    }
    return {};
}

int ViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ViewEntry &entry = m_entries[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::AccessibleTextRole:
        return entry.count >= 0 ? tr("%1, %2 tickets").arg(entry.title).arg(entry.count) : entry.title;
    case Qt::DecorationRole:
        return entry.iconName.isEmpty() ? QVariant() : QVariant(m_icons.icon(entry.iconName));
    case KeyRole:
        return entry.key;
    case CountRole:
        return entry.count;
    case HeaderRole:
        return entry.header;
    default:
        return {};
    }
}

Qt::ItemFlags ViewListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    if (m_entries[static_cast<size_t>(index.row())].header) {
        return Qt::ItemIsEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace helpdesk
