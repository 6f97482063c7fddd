#pragma once

#include "core/KbArticle.h"
#include "core/Result.h"
#include "kb/ThreeWayMerge.h"

#include <QList>
#include <QString>
#include <optional>

namespace helpdesk {

// Three-way merge of a knowledge-base article edited offline (mine) against the server's newer row (theirs),
// both descended from base, in the spirit of KeePassXC's Merger: nothing either side changed is dropped without
// a decision. Per field: a change on one side is taken; the same change on both sides is taken once; different
// changes to title, slug, visibility or status are a field conflict. The body is merged with ThreeWayMerge
// (its conflicts are resolved through body()). Tags merge as a set: additions and removals of both sides apply.
// Deletion (deleted_at) is a field too: one side deleting the article while the other edited it is a Deleted
// conflict (values "deleted" / "kept"): TakeMine or TakeTheirs decides whether the edited article stays.
// The merged article keeps theirs' identity, version and server-set columns, so it is the update to send with
// version=eq.<theirs.version>.
class ArticleMerge
{
public:
    enum class Field
    {
        Title,
        Slug,
        Body,
        Tags,
        Visibility,
        Status,
        Deleted
    };
    using Resolution = ThreeWayMerge::Resolution;

    // A conflict on a single-valued field; values as text (visibility and status as their wire names).
    struct FieldConflict
    {
        Field field = Field::Title;
        QString base;
        QString mine;
        QString theirs;
        Resolution resolution = Resolution::Unresolved;
        QString customText;

        bool isResolved() const { return resolution != Resolution::Unresolved; }
        bool operator==(const FieldConflict&) const = default;
    };

    ArticleMerge(const KbArticle& base, const KbArticle& mine, const KbArticle& theirs);

    // Conflicting fields, in Field order (Body when the body merge has conflicts), resolved or not.
    QList<Field> conflictingFields() const;
    bool hasConflicts() const { return !conflictingFields().isEmpty(); }
    bool isResolved() const;

    const QList<FieldConflict>& fieldConflicts() const { return m_conflicts; }
    std::optional<FieldConflict> fieldConflict(Field field) const;

    ThreeWayMerge& body() { return m_body; }
    const ThreeWayMerge& body() const { return m_body; }

    // TakeMine or TakeTheirs for a conflicting single-valued field (Unresolved undoes a choice). TakeBoth and
    // fields without a conflict are refused; Body and Tags are refused (use body(); tags never conflict).
    Result<void> resolve(Field field, Resolution resolution);
    // Custom value: free text for title and slug, a wire name for visibility and status (Deleted takes none).
    Result<void> resolveWith(Field field, const QString& value);

    // The merged article, or a Conflict error while any field or body conflict is unresolved.
    Result<KbArticle> merged() const;

    static QString fieldName(Field field);

private:
    FieldConflict* findConflict(Field field);

    KbArticle m_base;
    KbArticle m_mine;
    KbArticle m_theirs;
    KbArticle m_merged; // every field without a conflict already merged
    ThreeWayMerge m_body;
    QList<FieldConflict> m_conflicts;
};

} // namespace helpdesk
