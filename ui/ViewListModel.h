#pragma once

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace helpdesk {

class IconSet;

// One entry of the sidebar: a saved queue view ("My open tickets", a team ...) or a section header.
struct ViewEntry
{
    QString key;      // stable id: "mine", "unassigned", "team:<uuid>", "kb" ...; empty for headers
    QString title;
    QString iconName; // Lucide icon name
    int count = -1;   // -1: no count shown
    bool header = false;
};

// The sidebar's list of views with their live counts.
class ViewListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, CountRole, HeaderRole };

    explicit ViewListModel(const IconSet &icons, QObject *parent = nullptr);

    void setEntries(std::vector<ViewEntry> entries);
    const std::vector<ViewEntry> &entries() const { return m_entries; }
    // Updates one count (row-level dataChanged); unknown keys are ignored.
    void setCount(const QString &key, int count);
    int count(const QString &key) const;
    QModelIndex indexOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const IconSet &m_icons;
    std::vector<ViewEntry> m_entries;
};

} // namespace helpdesk
