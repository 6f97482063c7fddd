#include "kb/ArticleMerge.h"

#include "core/Enums.h"

#include <algorithm>

namespace helpdesk {

namespace {

// Three-way for one value: nullopt when both sides changed it differently.
template <typename T> std::optional<T> mergeValue(const T& base, const T& mine, const T& theirs)
{
    if (mine == theirs || mine == base)
        return theirs;
    if (theirs == base)
        return mine;
    return std::nullopt;
}

// Tags as a set, keeping theirs' order: theirs, minus what mine removed, plus what mine added (in mine's order).
QStringList mergeTags(const QStringList& base, const QStringList& mine, const QStringList& theirs)
{
    QStringList out;
    for (const QString& tag : theirs) {
        const bool mineRemoved = base.contains(tag) && !mine.contains(tag);
        if (!mineRemoved && !out.contains(tag))
            out.append(tag);
    }
    for (const QString& tag : mine) {
        const bool mineAdded = !base.contains(tag);
        if (mineAdded && !out.contains(tag))
            out.append(tag);
    }
    return out;
}

} // namespace

ArticleMerge::ArticleMerge(const KbArticle& base, const KbArticle& mine, const KbArticle& theirs)
    : m_base(base)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_merged(theirs)
    , m_body(base.body, mine.body, theirs.body)
{
    auto textField = [this](Field field, const QString& b, const QString& m, const QString& t, QString& target) {
        if (const auto value = mergeValue(b, m, t))
            target = *value;
        else
            m_conflicts.append(FieldConflict{field, b, m, t, Resolution::Unresolved, {}});
    };
    textField(Field::Title, base.title, mine.title, theirs.title, m_merged.title);
    textField(Field::Slug, base.slug, mine.slug, theirs.slug, m_merged.slug);
    if (const auto value = mergeValue(base.visibility, mine.visibility, theirs.visibility))
        m_merged.visibility = *value;
    else
        m_conflicts.append(FieldConflict{Field::Visibility,
                                         toWireString(base.visibility),
                                         toWireString(mine.visibility),
                                         toWireString(theirs.visibility),
                                         Resolution::Unresolved,
                                         {}});
    if (const auto value = mergeValue(base.status, mine.status, theirs.status))
        m_merged.status = *value;
    else
        m_conflicts.append(FieldConflict{Field::Status,
                                         toWireString(base.status),
                                         toWireString(mine.status),
                                         toWireString(theirs.status),
                                         Resolution::Unresolved,
                                         {}});
    m_merged.tags = mergeTags(base.tags, mine.tags, theirs.tags);

    // Deletion against an edit of the other side is a decision, never a silent outcome.
    auto edited = [&base](const KbArticle& side) {
        return side.title != base.title || side.slug != base.slug || side.body != base.body || side.tags != base.tags ||
               side.visibility != base.visibility || side.status != base.status;
    };
    const bool baseDeleted = base.deletedAt.has_value();
    const bool mineChangedDeletion = mine.deletedAt.has_value() != baseDeleted;
    const bool theirsChangedDeletion = theirs.deletedAt.has_value() != baseDeleted;
    auto state = [](const KbArticle& side) {
        return side.deletedAt.has_value() ? QStringLiteral("deleted") : QStringLiteral("kept");
    };
    const bool mineDeletesTheirsEdited =
        mineChangedDeletion && mine.deletedAt && !theirsChangedDeletion && edited(theirs);
    const bool theirsDeletesMineEdited =
        theirsChangedDeletion && theirs.deletedAt && !mineChangedDeletion && edited(mine);
    if (mineDeletesTheirsEdited || theirsDeletesMineEdited)
        m_conflicts.append(
            FieldConflict{Field::Deleted, state(base), state(mine), state(theirs), Resolution::Unresolved, {}});
    else
        m_merged.deletedAt = mineChangedDeletion ? mine.deletedAt : theirs.deletedAt;
}

QList<ArticleMerge::Field> ArticleMerge::conflictingFields() const
{
    QList<Field> out;
    for (const FieldConflict& c : m_conflicts)
        out.append(c.field);
    if (m_body.hasConflicts())
        out.append(Field::Body);
    std::sort(out.begin(), out.end());
    return out;
}

bool ArticleMerge::isResolved() const
{
    return m_body.isResolved() &&
           std::all_of(m_conflicts.cbegin(), m_conflicts.cend(), [](const FieldConflict& c) { return c.isResolved(); });
}

std::optional<ArticleMerge::FieldConflict> ArticleMerge::fieldConflict(Field field) const
{
    for (const FieldConflict& c : m_conflicts)
        if (c.field == field)
            return c;
    return std::nullopt;
}

ArticleMerge::FieldConflict* ArticleMerge::findConflict(Field field)
{
    for (FieldConflict& c : m_conflicts)
        if (c.field == field)
            return &c;
    return nullptr;
}

Result<void> ArticleMerge::resolve(Field field, Resolution resolution)
{
    if (resolution == Resolution::TakeBoth || resolution == Resolution::Custom)
        return Error::validation(QStringLiteral("%1 takes mine, theirs or a custom value").arg(fieldName(field)));
    FieldConflict* conflict = findConflict(field);
    if (!conflict)
        return Error::validation(QStringLiteral("%1 has no field conflict to resolve").arg(fieldName(field)));
    conflict->resolution = resolution;
    conflict->customText.clear();
    return Result<void>::success();
}

Result<void> ArticleMerge::resolveWith(Field field, const QString& value)
{
    FieldConflict* conflict = findConflict(field);
    if (!conflict)
        return Error::validation(QStringLiteral("%1 has no field conflict to resolve").arg(fieldName(field)));
    if (field == Field::Deleted)
        return Error::validation(QStringLiteral("deleted takes mine or theirs"));
    if (field == Field::Visibility) {
        if (const auto parsed = fromWire<KbVisibility>(value); !parsed.ok())
            return Error::validation(parsed.error().message);
    } else if (field == Field::Status) {
        if (const auto parsed = fromWire<KbStatus>(value); !parsed.ok())
            return Error::validation(parsed.error().message);
    }
    conflict->resolution = Resolution::Custom;
    conflict->customText = value;
    return Result<void>::success();
}

Result<KbArticle> ArticleMerge::merged() const
{
    if (!isResolved()) {
        QStringList open;
        for (const FieldConflict& c : m_conflicts)
            if (!c.isResolved())
                open.append(fieldName(c.field));
        if (!m_body.isResolved())
            open.append(fieldName(Field::Body));
        return Error::conflict(QStringLiteral("Unresolved conflicts in: %1").arg(open.join(QStringLiteral(", "))));
    }
    KbArticle out = m_merged;
    const Result<QString> body = m_body.text();
    if (!body.ok())
        return body.error();
    out.body = body.value();
    for (const FieldConflict& c : m_conflicts) {
        const QString value = c.resolution == Resolution::TakeMine     ? c.mine
                              : c.resolution == Resolution::TakeTheirs ? c.theirs
                                                                       : c.customText;
        switch (c.field) {
        case Field::Title:
            out.title = value;
            break;
        case Field::Slug:
            out.slug = value;
            break;
        case Field::Visibility: {
            const Result<KbVisibility> parsed = fromWire<KbVisibility>(value);
            if (!parsed.ok())
                return parsed.error();
            out.visibility = parsed.value();
            break;
        }
        case Field::Status: {
            const Result<KbStatus> parsed = fromWire<KbStatus>(value);
            if (!parsed.ok())
                return parsed.error();
            out.status = parsed.value();
            break;
        }
        case Field::Deleted:
            out.deletedAt = c.resolution == Resolution::TakeMine ? m_mine.deletedAt : m_theirs.deletedAt;
            break;
        case Field::Body:
        case Field::Tags:
            break;
        }
    }
    return out;
}

QString ArticleMerge::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::Slug:
        return QStringLiteral("slug");
    case Field::Body:
        return QStringLiteral("body");
    case Field::Tags:
        return QStringLiteral("tags");
    case Field::Visibility:
        return QStringLiteral("visibility");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

} // namespace helpdesk
