#include "kb/ArticleChanges.h"

#include <QRegularExpression>

namespace helpdesk {

namespace {

Json tagsJson(const QStringList& tags)
{
    Json array = Json::array();
    for (const QString& tag : tags)
        array.push_back(tag.toStdString());
    return array;
}

} // namespace

Json ArticleChanges::between(const KbArticle& before, const KbArticle& after)
{
    Json patch = Json::object();
    if (after.title != before.title)
        patch["title"] = after.title.toStdString();
    if (after.slug != before.slug)
        patch["slug"] = after.slug.toStdString();
    if (after.body != before.body)
        patch["body"] = after.body.toStdString();
    if (after.tags != before.tags)
        patch["tags"] = tagsJson(after.tags);
    if (after.visibility != before.visibility)
        patch["visibility"] = toWireString(after.visibility).toStdString();
    if (after.status != before.status)
        patch["status"] = toWireString(after.status).toStdString();
    return patch;
}

void ArticleChanges::apply(KbArticle& article, const Json& patch)
{
    if (!patch.is_object())
        return;
    auto text = [&](const char* key, QString& out) {
        if (auto it = patch.find(key); it != patch.end() && it->is_string())
            out = QString::fromStdString(it->get<std::string>());
    };
    text("title", article.title);
    text("slug", article.slug);
    text("body", article.body);
    if (auto it = patch.find("visibility"); it != patch.end() && it->is_string())
        if (auto v = fromWire<KbVisibility>(QString::fromStdString(it->get<std::string>())); v.ok())
            article.visibility = v.value();
    if (auto it = patch.find("status"); it != patch.end() && it->is_string())
        if (auto s = fromWire<KbStatus>(QString::fromStdString(it->get<std::string>())); s.ok())
            article.status = s.value();
    if (auto it = patch.find("tags"); it != patch.end() && it->is_array()) {
        article.tags.clear();
        for (const Json& tag : *it)
            if (tag.is_string())
                article.tags.append(QString::fromStdString(tag.get<std::string>()));
    }
}

QString ArticleChanges::slugFor(const QString& title)
{
    QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    slug.reserve(decomposed.size());
    bool dash = false;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            dash = false;
            slug.append(c);
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    if (slug.size() > 80) {
        slug.truncate(80);
        while (slug.endsWith(QLatin1Char('-')))
            slug.chop(1);
    }
    return slug;
}

} // namespace helpdesk
