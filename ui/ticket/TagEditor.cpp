#include "ticket/TagEditor.h"

#include "IconSet.h"

#include "store/CacheDatabase.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStringListModel>
#include <QToolButton>

namespace helpdesk {

TagEditor::TagEditor(const IconSet &icons, QWidget *parent)
    : QWidget(parent)
    , m_icons(icons)
{
    setObjectName(QStringLiteral("tagEditor"));
    m_chips = new QHBoxLayout;
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(4);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setPlaceholderText(tr("Add tag…"));
    m_input->setMinimumWidth(90);
    m_input->installEventFilter(this);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_input->setCompleter(m_completer);
    connect(m_input, &QLineEdit::returnPressed, this, &TagEditor::commitInput);
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.contains(QLatin1Char(','))) {
            commitInput();
        }
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        if (addTag(text)) {
            emit tagsEdited(m_tags);
        }
        QMetaObject::invokeMethod(m_input, &QLineEdit::clear, Qt::QueuedConnection);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addWidget(m_input, 1);
}

QString TagEditor::normalise(const QString &tag)
{
    return tag.trimmed().toLower().replace(QLatin1Char(','), QString());
}

void TagEditor::setTags(const QStringList &tags)
{
    if (tags == m_tags) {
        return;
    }
    m_tags = tags;
    rebuildChips();
}

void TagEditor::setSuggestions(const QStringList &tags)
{
    m_completions->setStringList(tags);
}

QStringList TagEditor::suggestions() const
{
    return m_completions->stringList();
}

void TagEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_input->setVisible(!readOnly);
    rebuildChips();
}

bool TagEditor::addTag(const QString &tag)
{
    const QString t = normalise(tag);
    if (t.isEmpty() || m_tags.contains(t)) {
        return false;
    }
    m_tags.append(t);
    rebuildChips();
    return true;
}

bool TagEditor::removeTag(const QString &tag)
{
    if (m_tags.removeAll(normalise(tag)) == 0) {
        return false;
    }
    rebuildChips();
    return true;
}

void TagEditor::commitInput()
{
    bool changed = false;
    for (const QString &part : m_input->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        changed = addTag(part) || changed;
    }
    m_input->clear();
    if (changed) {
        emit tagsEdited(m_tags);
    }
}

void TagEditor::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &tag : std::as_const(m_tags)) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tagChip_%1").arg(tag));
        chip->setText(tag);
        chip->setToolButtonStyle(m_readOnly ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
        chip->setAutoRaise(false);
        chip->setProperty("tagChip", true);
        if (!m_readOnly) {
            chip->setIcon(m_icons.icon(QStringLiteral("x")));
            chip->setLayoutDirection(Qt::RightToLeft);
            chip->setToolTip(tr("Remove tag “%1”").arg(tag));
            connect(chip, &QToolButton::clicked, this, [this, tag] {
                if (removeTag(tag)) {
                    emit tagsEdited(m_tags);
                }
            });
        }
        m_chips->addWidget(chip);
    }
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::FocusIn && !m_suggestionsAsked) {
        m_suggestionsAsked = true;
        emit suggestionsWanted();
    }
    return QWidget::eventFilter(watched, event);
}

QStringList TagEditor::knownTags(CacheDatabase &cache, int limit)
{
    QStringList tags;
    QSqlQuery query(cache.connection());
    query.prepare(QStringLiteral("SELECT tag, count(*) AS n FROM ticket_tags GROUP BY tag ORDER BY n DESC, tag LIMIT ?"));
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next()) {
            tags.append(query.value(0).toString());
        }
    }
    return tags;
}

} // namespace helpdesk
