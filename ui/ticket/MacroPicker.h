#pragma once

#include "core/Macro.h"

#include <QDialog>
#include <QUuid>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace helpdesk {

class CacheDatabase;

// Choosing a macro: type to filter (title and body), arrows to move, Enter to apply. Shows the body and
// the actions of the highlighted macro. Offers active macros for every team and for the given teams.
class MacroPicker : public QDialog
{
    Q_OBJECT
public:
    MacroPicker(CacheDatabase &cache, const QList<QUuid> &teams, QWidget *parent = nullptr);

    // The macros an agent of `teams` may use, by title (active, not deleted).
    static std::vector<Macro> available(CacheDatabase &cache, const QList<QUuid> &teams);
    // "Status: pending · Tags: +billing" for the preview.
    static QString describeActions(const Macro &macro);

    int visibleCount() const;
    void setFilterText(const QString &text);
    // Applies the highlighted macro (what Enter does).
    bool choose();

signals:
    void macroChosen(const helpdesk::Macro &macro);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void showPreview();

    std::vector<Macro> m_macros;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_actions = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace helpdesk
