#include "kb/KbEditor.h"

#include "IconSet.h"
#include "kb/ArticleChanges.h"
#include "kb/KbMarkdownBrowser.h"
#include "kb/KbText.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QPointer>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace helpdesk {

KbEditor::KbEditor(const IconSet &icons, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kbEditor"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("kbEditorHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("kbTitleEdit"));
    m_title->setPlaceholderText(tr("What the article answers, e.g. “Reset your VPN password”"));
    m_slug = new QLineEdit(this);
    m_slug->setObjectName(QStringLiteral("kbSlugEdit"));
    m_slug->setPlaceholderText(tr("reset-your-vpn-password"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("kbTagsEdit"));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("kbVisibilityCombo"));
    for (KbVisibility v : allValues<KbVisibility>()) {
        m_visibility->addItem(KbText::visibility(v), toWireString(v));
    }
    m_visibility->setToolTip(tr("Public articles are shown to customers once published; internal ones only to agents."));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("kbStatusCombo"));
    for (KbStatus s : allValues<KbStatus>()) {
        m_status->addItem(KbText::status(s), toWireString(s));
    }

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("kbBodyEdit"));
    m_body->setPlaceholderText(tr("Write the article in Markdown: # headings, - lists, **bold**, [links](https://…), "
                                  "`code`"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_body->setFont(mono);
    m_preview = new KbMarkdownBrowser(this);
    m_preview->setObjectName(QStringLiteral("kbPreview"));
    m_preview->setPlaceholderText(tr("The preview appears here as you type."));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kbEditorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    m_save = new QPushButton(icons.icon(QStringLiteral("save")), tr("Save draft"), this);
    m_save->setObjectName(QStringLiteral("kbSaveButton"));
    m_save->setToolTip(tr("Save (Ctrl+S); works offline"));
    m_publish = new QPushButton(icons.icon(QStringLiteral("globe")), tr("Publish"), this);
    m_publish->setObjectName(QStringLiteral("kbPublishButton"));
    m_publish->setToolTip(tr("Save and publish (Ctrl+Shift+P)"));
    m_image = new QPushButton(icons.icon(QStringLiteral("upload")), tr("Insert image…"), this);
    m_image->setObjectName(QStringLiteral("kbInsertImageButton"));
    m_image->setToolTip(tr("Upload a picture for this article and insert it at the cursor (needs a connection)"));
    m_image->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("kbCancelButton"));
    m_cancel->setToolTip(tr("Close the editor without saving (Esc)"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Address"), m_slug);
    form->addRow(tr("Tags"), m_tags);
    auto *flags = new QHBoxLayout;
    flags->addWidget(new QLabel(tr("Visibility"), this));
    flags->addWidget(m_visibility);
    flags->addSpacing(12);
    flags->addWidget(new QLabel(tr("Status"), this));
    flags->addWidget(m_status);
    flags->addStretch();
    form->addRow(flags);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("kbEditorSplit"));
    auto *bodyBox = new QWidget(split);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(new QLabel(tr("Markdown"), bodyBox), 1);
    bodyHeader->addWidget(m_image);
    bodyLayout->addLayout(bodyHeader);
    bodyLayout->addWidget(m_body);
    auto *previewBox = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview"), previewBox));
    previewLayout->addWidget(m_preview);
    split->addWidget(bodyBox);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addWidget(m_publish);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &KbEditor::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling) {
            m_previewTimer.start();
        }
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (m_isNew && !m_slugTouched) {
            m_slug->setText(ArticleChanges::slugFor(title));
        }
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugTouched = true; });
    connect(m_status, &QComboBox::currentIndexChanged, this, &KbEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &KbEditor::save);
    connect(m_publish, &QPushButton::clicked, this, &KbEditor::publish);
    connect(m_cancel, &QPushButton::clicked, this, &KbEditor::cancelled);
    connect(m_image, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Insert image"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)"));
        if (!path.isEmpty()) {
            insertImage(path);
        }
    });

    auto *saveKey = new QShortcut(QKeySequence::Save, this, this, [this] { save(); });
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *publishKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, this, [this] { publish(); });
    publishKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] { emit cancelled(); });
    cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
}

void KbEditor::setArticle(const KbArticle &article, bool isNew)
{
    m_filling = true;
    m_article = article;
    if (m_article.id.isNull()) {
        m_article.id = QUuid::createUuid(); // pictures are stored under the article's id, even before it is saved
    }
    m_isNew = isNew;
    m_slugTouched = !isNew || !article.slug.isEmpty();
    m_heading->setText(isNew ? tr("New article") : tr("Editing “%1”").arg(article.title));
    m_title->setText(article.title);
    m_slug->setText(article.slug);
    m_tags->setText(article.tags.join(QStringLiteral(", ")));
    m_visibility->setCurrentIndex(m_visibility->findData(toWireString(article.visibility)));
    m_status->setCurrentIndex(m_status->findData(toWireString(article.status)));
    m_body->setPlainText(article.body);
    m_filling = false;
    showError(QString());
    updatePreview();
    updateButtons();
    m_title->setFocus(Qt::OtherFocusReason);
}

KbArticle KbEditor::article() const
{
    KbArticle edited = m_article;
    edited.title = m_title->text().trimmed();
    edited.slug = m_slug->text().trimmed();
    edited.tags = KbText::parseTags(m_tags->text());
    if (auto v = fromWire<KbVisibility>(m_visibility->currentData().toString()); v.ok()) {
        edited.visibility = v.value();
    }
    if (auto s = fromWire<KbStatus>(m_status->currentData().toString()); s.ok()) {
        edited.status = s.value();
    }
    edited.body = m_body->toPlainText();
    return edited;
}

bool KbEditor::isModified() const
{
    if (m_isNew) {
        return !m_title->text().trimmed().isEmpty() || !m_body->toPlainText().isEmpty();
    }
    return !ArticleChanges::between(m_article, article()).empty();
}

void KbEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void KbEditor::setSlugCheck(std::function<bool(const QString &, const QUuid &)> taken)
{
    m_slugTaken = std::move(taken);
}

void KbEditor::setImageUploader(Uploader uploader)
{
    m_uploader = std::move(uploader);
    m_image->setVisible(static_cast<bool>(m_uploader));
}

void KbEditor::insertImage(const QString &path)
{
    if (!m_uploader) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The picture could not be read: %1").arg(file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() > 5 * 1024 * 1024) {
        showError(tr("The picture is larger than 5 MB."));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    m_image->setEnabled(false);
    showError(QString());
    QPointer<KbEditor> self(this);
    m_uploader(m_article.id, name, bytes, [self, name](const QString &url, const QString &error) {
        if (!self) {
            return;
        }
        self->m_image->setEnabled(true);
        if (!error.isEmpty()) {
            self->showError(error);
            return;
        }
        self->m_body->insertPlainText(QStringLiteral("![%1](%2)").arg(QFileInfo(name).completeBaseName(), url));
    });
}

bool KbEditor::save()
{
    return request(false);
}

bool KbEditor::publish()
{
    return request(true);
}

bool KbEditor::request(bool publish)
{
    KbArticle edited = article();
    if (publish) {
        edited.status = KbStatus::Published;
    }
    if (edited.title.isEmpty()) {
        showError(tr("An article needs a title."));
        m_title->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (edited.title.size() > 300) {
        showError(tr("The title is too long (at most 300 characters)."));
        return false;
    }
    if (edited.slug.isEmpty()) {
        edited.slug = ArticleChanges::slugFor(edited.title);
        m_slug->setText(edited.slug);
    }
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!slugPattern.match(edited.slug).hasMatch()) {
        showError(tr("The address may only hold lower-case letters and digits, joined by single dashes."));
        m_slug->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_slugTaken && m_slugTaken(edited.slug, edited.id)) {
        showError(tr("Another article already uses the address “%1”.").arg(edited.slug));
        m_slug->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showError(QString());
    if (publish) {
        m_status->setCurrentIndex(m_status->findData(toWireString(KbStatus::Published)));
    }
    emit saveRequested(edited, m_isNew);
    return true;
}

void KbEditor::updatePreview()
{
    m_preview->showMarkdown(m_body->toPlainText());
}

void KbEditor::updateButtons()
{
    const bool published = m_status->currentData().toString() == toWireString(KbStatus::Published);
    m_save->setText(published ? tr("Save") : tr("Save draft"));
    m_publish->setVisible(!published);
}

} // namespace helpdesk
