#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QHBoxLayout;
class QLineEdit;
class QStringListModel;

namespace helpdesk {

class CacheDatabase;
class IconSet;

// The tags of a ticket as removable chips and a field to add one (Enter or comma), completing from the
// tags already used in the cache. Emits the whole new list on every add or remove.
class TagEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TagEditor(const IconSet &icons, QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    void setSuggestions(const QStringList &tags);
    QStringList suggestions() const;
    void setReadOnly(bool readOnly);

    // Adds (normalised: trimmed, lower case) / removes one tag; false when nothing changed.
    bool addTag(const QString &tag);
    bool removeTag(const QString &tag);

    // The tags used on cached tickets, most used first (at most `limit`).
    static QStringList knownTags(CacheDatabase &cache, int limit = 500);
    static QString normalise(const QString &tag);

signals:
    void tagsEdited(const QStringList &tags);
    // The field got focus the first time: the owner may load suggestions now.
    void suggestionsWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChips();
    void commitInput();

    const IconSet &m_icons;
    QStringList m_tags;
    bool m_readOnly = false;
    bool m_suggestionsAsked = false;
    QHBoxLayout *m_chips = nullptr;
    QLineEdit *m_input = nullptr;
    QStringListModel *m_completions = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace helpdesk
