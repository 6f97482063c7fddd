#pragma once

#include "core/KbArticle.h"
#include "core/Result.h"
#include "kb/ArticleMerge.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

// An offline edit the server did not take because someone changed the article meanwhile: base (what both
// started from), theirs (the server's article now) and mine (the author's edits). Changes that do not overlap
// are merged already (ArticleMerge); each overlapping one is decided here: a field (title, address,
// visibility, status) takes mine or theirs, a passage of the body takes mine, theirs, both, or text written
// here. The merged article is then saved as one new version on top of theirs.
class KbMergeDialog : public QDialog
{
    Q_OBJECT
public:
    KbMergeDialog(const KbArticle &base, const KbArticle &mine, const KbArticle &theirs, QWidget *parent = nullptr);

    ArticleMerge &merge() { return m_merge; }
    // Decisions, the same as the controls (tests).
    void chooseField(ArticleMerge::Field field, ArticleMerge::Resolution resolution);
    void chooseBody(qsizetype index, ArticleMerge::Resolution resolution, const QString &custom = {});
    int unresolvedCount() const;
    QString mergedPreview() const;
    Result<KbArticle> merged() const { return m_merge.merged(); }

    // Saving is asked for (KbArea writes it); true when accepted.
    bool saveMerged();

signals:
    void mergeAccepted(const helpdesk::KbArticle &merged);
    void keepTheirsRequested();

private:
    QWidget *buildFieldConflicts();
    QWidget *buildBodyConflicts();
    void refresh();
    static QString fieldLabel(ArticleMerge::Field field);
    static QString fieldValue(ArticleMerge::Field field, const QString &wire);

    ArticleMerge m_merge;
    QList<QComboBox *> m_bodyChoices;
    QList<QPlainTextEdit *> m_bodyCustom;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace helpdesk
