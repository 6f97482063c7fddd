#pragma once

#include "core/KbArticle.h"

#include <QTimer>
#include <QWidget>

#include <QUuid>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class IconSet;
class KbMarkdownBrowser;

// Writing an article (agents and admins): title, address (slug, made from the title until typed), tags,
// visibility, status, and the Markdown body with a live preview beside it. Save (Ctrl+S) keeps the chosen
// status; Publish (Ctrl+Shift+P) publishes. The editor checks what the server would refuse (empty title, a slug
// that is not lower-case words joined by dashes, an address another article uses) before asking to save.
class KbEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KbEditor(const IconSet &icons, QWidget *parent = nullptr);

    // isNew: a new article (its slug follows the title until the author edits it).
    void setArticle(const KbArticle &article, bool isNew);
    // The article with the fields as edited.
    KbArticle article() const;
    bool isNew() const { return m_isNew; }
    // The article as it was when editing began (the base of a save).
    const KbArticle &original() const { return m_article; }
    bool isModified() const;
    QUuid articleId() const { return m_article.id; }

    // Shown under the fields (a refused save, a slug in use); empty hides it.
    void showError(const QString &message);
    // Whether `slug` is used by another article (asked before saving).
    void setSlugCheck(std::function<bool(const QString &slug, const QUuid &except)> taken);

    // Uploads a picture for the article (folder = article id) and answers its storage URL, or an error sentence.
    using Uploader = std::function<void(const QUuid &article, const QString &fileName, const QByteArray &data,
                                        std::function<void(QString url, QString error)> done)>;
    // With an uploader, "Insert image…" uploads a picture and puts ![name](storage:…) at the cursor.
    void setImageUploader(Uploader uploader);
    KbMarkdownBrowser &preview() { return *m_preview; }
    // Uploads the picture at `path` and inserts it (the button asks for the file first).
    void insertImage(const QString &path);

    // The same as the buttons (tests and shortcuts).
    bool save();
    bool publish();

signals:
    void saveRequested(const helpdesk::KbArticle &article, bool isNew);
    void cancelled();

private:
    bool request(bool publish);
    void updatePreview();
    void updateButtons();

    KbArticle m_article;
    bool m_isNew = false;
    bool m_slugTouched = false;
    bool m_filling = false;
    std::function<bool(const QString &, const QUuid &)> m_slugTaken;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_slug = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_visibility = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_body = nullptr;
    KbMarkdownBrowser *m_preview = nullptr;
    QPushButton *m_image = nullptr;
    Uploader m_uploader;
    QLabel *m_error = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer m_previewTimer;
};

} // namespace helpdesk
