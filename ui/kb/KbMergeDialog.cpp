#include "kb/KbMergeDialog.h"

#include "MessageBox.h"
#include "kb/KbText.h"
#include "kb/WordDiff.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

using Resolution = ArticleMerge::Resolution;

QString changesHtml(const KbArticle &before, const KbArticle &after, const QString &nothing)
{
    QString html;
    const WordDiff title(before.title, after.title);
    const WordDiff body(before.body, after.body);
    html += QStringLiteral("<h3>%1</h3>").arg(title.isIdentical() ? after.title.toHtmlEscaped() : title.toHtml());
    if (body.isIdentical() && title.isIdentical()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(nothing.toHtmlEscaped());
    }
    html += body.toHtml(2);
    return html;
}

QLabel *passage(const QString &caption, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                 .arg(caption.toHtmlEscaped(),
                                      text.isEmpty() ? QStringLiteral("<i>—</i>")
                                                     : text.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                                    QStringLiteral("<br>"))),
                             parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

KbMergeDialog::KbMergeDialog(const KbArticle &base, const KbArticle &mine, const KbArticle &theirs, QWidget *parent)
    : QDialog(parent)
    , m_merge(base, mine, theirs)
{
    setObjectName(QStringLiteral("kbMergeDialog"));
    setWindowTitle(tr("Merge your changes"));
    resize(1000, 760);

    auto *intro = new QLabel(
        tr("While you edited “%1” without a connection, someone else saved a newer version. Nothing has been "
           "overwritten. Changes that do not overlap are merged already; decide the overlapping ones below, then "
           "save the result as one new version.")
            .arg(mine.title.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("kbMergeIntro"));
    intro->setWordWrap(true);

    auto *sides = new QTabWidget(this);
    sides->setObjectName(QStringLiteral("kbMergeSides"));
    auto *theirsView = new QTextBrowser(sides);
    theirsView->setObjectName(QStringLiteral("kbMergeTheirs"));
    theirsView->setHtml(changesHtml(base, theirs, tr("They did not change the text.")));
    auto *mineView = new QTextBrowser(sides);
    mineView->setObjectName(QStringLiteral("kbMergeMine"));
    mineView->setHtml(changesHtml(base, mine, tr("You did not change the text.")));
    auto *baseView = new QTextBrowser(sides);
    baseView->setObjectName(QStringLiteral("kbMergeBase"));
    baseView->setMarkdown(base.body);
    sides->addTab(theirsView, tr("Their changes"));
    sides->addTab(mineView, tr("Your changes"));
    sides->addTab(baseView, tr("Before both (version %1)").arg(base.version));

    auto *decisions = new QWidget(this);
    auto *decisionLayout = new QVBoxLayout(decisions);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    if (QWidget *fields = buildFieldConflicts()) {
        decisionLayout->addWidget(fields);
    }
    if (QWidget *body = buildBodyConflicts()) {
        decisionLayout->addWidget(body);
    }
    if (m_merge.fieldConflicts().isEmpty() && !m_merge.body().hasConflicts()) {
        auto *clean = new QLabel(tr("Your changes and theirs do not overlap: everything was merged automatically."),
                                 decisions);
        clean->setObjectName(QStringLiteral("kbMergeClean"));
        clean->setWordWrap(true);
        decisionLayout->addWidget(clean);
    }
    decisionLayout->addStretch();
    auto *decisionScroll = new QScrollArea(this);
    decisionScroll->setWidgetResizable(true);
    decisionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    decisionScroll->setWidget(decisions);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("kbMergedPreview"));
    m_preview->setReadOnly(true);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Merged text (open conflicts marked)"), previewBox));
    previewLayout->addWidget(m_preview);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sides);
    auto *lower = new QSplitter(Qt::Horizontal, split);
    lower->addWidget(decisionScroll);
    lower->addWidget(previewBox);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kbMergeStatus"));
    m_save = new QPushButton(tr("Save merged version"), this);
    m_save->setObjectName(QStringLiteral("kbMergeSaveButton"));
    m_save->setDefault(true);
    auto *keepTheirs = new QPushButton(tr("Discard my changes"), this);
    keepTheirs->setObjectName(QStringLiteral("kbMergeKeepTheirsButton"));
    auto *buttons = new QDialogButtonBox(this);
    auto *later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("kbMergeLaterButton"));
    buttons->addButton(keepTheirs, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &KbMergeDialog::saveMerged);
    connect(keepTheirs, &QPushButton::clicked, this, [this] {
        const auto answer = MessageBox::question(this, tr("Discard your changes?"),
                                                 tr("The article keeps their version; your edits are not saved."),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard) {
            emit keepTheirsRequested();
            accept();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    refresh();
}

QString KbMergeDialog::fieldLabel(ArticleMerge::Field field)
{
    switch (field) {
    case ArticleMerge::Field::Title:
        return tr("Title");
    case ArticleMerge::Field::Slug:
        return tr("Address");
    case ArticleMerge::Field::Body:
        return tr("Text");
    case ArticleMerge::Field::Tags:
        return tr("Tags");
    case ArticleMerge::Field::Visibility:
        return tr("Visibility");
    case ArticleMerge::Field::Status:
        return tr("Status");
    case ArticleMerge::Field::Deleted:
        return tr("Deleted");
    }
    return {};
}

QString KbMergeDialog::fieldValue(ArticleMerge::Field field, const QString &wire)
{
    if (field == ArticleMerge::Field::Visibility) {
        if (auto v = fromWire<KbVisibility>(wire); v.ok()) {
            return KbText::visibility(v.value());
        }
    } else if (field == ArticleMerge::Field::Status) {
        if (auto s = fromWire<KbStatus>(wire); s.ok()) {
            return KbText::status(s.value());
        }
    } else if (field == ArticleMerge::Field::Deleted) {
        return wire == QLatin1String("deleted") ? tr("deleted") : tr("kept");
    }
    return wire;
}

QWidget *KbMergeDialog::buildFieldConflicts()
{
    if (m_merge.fieldConflicts().isEmpty()) {
        return nullptr;
    }
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const ArticleMerge::FieldConflict &conflict : m_merge.fieldConflicts()) {
        const ArticleMerge::Field field = conflict.field;
        const QString name = ArticleMerge::fieldName(field);
        auto *group = new QGroupBox(tr("%1 — both of you changed it (was “%2”)")
                                        .arg(fieldLabel(field), fieldValue(field, conflict.base)),
                                    box);
        group->setObjectName(QStringLiteral("kbFieldConflict_%1").arg(name));
        auto *mine = new QRadioButton(tr("Yours: %1").arg(fieldValue(field, conflict.mine)), group);
        mine->setObjectName(QStringLiteral("kbFieldMine_%1").arg(name));
        auto *theirs = new QRadioButton(tr("Theirs: %1").arg(fieldValue(field, conflict.theirs)), group);
        theirs->setObjectName(QStringLiteral("kbFieldTheirs_%1").arg(name));
        auto *choice = new QButtonGroup(group);
        choice->addButton(mine);
        choice->addButton(theirs);
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(mine);
        groupLayout->addWidget(theirs);
        connect(mine, &QRadioButton::toggled, this, [this, field](bool on) {
            if (on) {
                (void)m_merge.resolve(field, Resolution::TakeMine);
                refresh();
            }
        });
        connect(theirs, &QRadioButton::toggled, this, [this, field](bool on) {
            if (on) {
                (void)m_merge.resolve(field, Resolution::TakeTheirs);
                refresh();
            }
        });
        layout->addWidget(group);
    }
    return box;
}

QWidget *KbMergeDialog::buildBodyConflicts()
{
    const auto &conflicts = m_merge.body().conflicts();
    if (conflicts.isEmpty()) {
        return nullptr;
    }
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const ThreeWayMerge::Conflict &conflict = conflicts[i];
        auto *group = new QGroupBox(tr("Text: both of you changed the same passage (%1 of %2)").arg(i + 1).arg(
                                        conflicts.size()),
                                    box);
        group->setObjectName(QStringLiteral("kbBodyConflict%1").arg(i));
        auto *sidesRow = new QHBoxLayout;
        sidesRow->addWidget(passage(tr("Before"), conflict.base, group), 1);
        sidesRow->addWidget(passage(tr("Yours"), conflict.mine, group), 1);
        sidesRow->addWidget(passage(tr("Theirs"), conflict.theirs, group), 1);
        auto *choice = new QComboBox(group);
        choice->setObjectName(QStringLiteral("kbBodyChoice%1").arg(i));
        choice->addItem(tr("Choose…"), static_cast<int>(Resolution::Unresolved));
        choice->addItem(tr("Keep yours"), static_cast<int>(Resolution::TakeMine));
        choice->addItem(tr("Keep theirs"), static_cast<int>(Resolution::TakeTheirs));
        choice->addItem(tr("Keep both (yours first)"), static_cast<int>(Resolution::TakeBoth));
        choice->addItem(tr("Write it myself"), static_cast<int>(Resolution::Custom));
        auto *custom = new QPlainTextEdit(group);
        custom->setObjectName(QStringLiteral("kbBodyCustom%1").arg(i));
        custom->setPlainText(conflict.mine);
        custom->setMaximumHeight(110);
        custom->hide();
        m_bodyChoices.append(choice);
        m_bodyCustom.append(custom);
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addLayout(sidesRow);
        groupLayout->addWidget(choice);
        groupLayout->addWidget(custom);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, i, choice, custom] {
            const auto resolution = static_cast<Resolution>(choice->currentData().toInt());
            custom->setVisible(resolution == Resolution::Custom);
            if (resolution == Resolution::Custom) {
                m_merge.body().resolveWith(i, custom->toPlainText());
            } else {
                m_merge.body().resolve(i, resolution);
            }
            refresh();
        });
        connect(custom, &QPlainTextEdit::textChanged, this, [this, i, choice, custom] {
            if (static_cast<Resolution>(choice->currentData().toInt()) == Resolution::Custom) {
                m_merge.body().resolveWith(i, custom->toPlainText());
                refresh();
            }
        });
        layout->addWidget(group);
    }
    return box;
}

void KbMergeDialog::chooseField(ArticleMerge::Field field, ArticleMerge::Resolution resolution)
{
    const QString name = ArticleMerge::fieldName(field);
    const QString object = resolution == Resolution::TakeMine ? QStringLiteral("kbFieldMine_%1").arg(name)
                                                              : QStringLiteral("kbFieldTheirs_%1").arg(name);
    if (auto *button = findChild<QRadioButton *>(object)) {
        button->setChecked(true);
    }
}

void KbMergeDialog::chooseBody(qsizetype index, ArticleMerge::Resolution resolution, const QString &custom)
{
    if (index < 0 || index >= m_bodyChoices.size()) {
        return;
    }
    if (resolution == Resolution::Custom) {
        m_bodyCustom[index]->setPlainText(custom);
    }
    QComboBox *choice = m_bodyChoices[index];
    choice->setCurrentIndex(choice->findData(static_cast<int>(resolution)));
}

int KbMergeDialog::unresolvedCount() const
{
    int open = 0;
    for (const auto &conflict : m_merge.fieldConflicts()) {
        open += conflict.isResolved() ? 0 : 1;
    }
    return open + static_cast<int>(m_merge.body().unresolvedCount());
}

QString KbMergeDialog::mergedPreview() const
{
    return m_preview->toPlainText();
}

void KbMergeDialog::refresh()
{
    const int open = unresolvedCount();
    const auto text = m_merge.body().text();
    m_preview->setPlainText(text.ok() ? text.value() : m_merge.body().textWithMarkers(tr("yours"), tr("theirs")));
    m_status->setText(open == 0 ? tr("Everything is decided. Saving makes one new version with both sets of changes.")
                                : open == 1 ? tr("One overlapping change still to decide.")
                                            : tr("%1 overlapping changes still to decide.").arg(open));
    m_save->setEnabled(open == 0);
}

bool KbMergeDialog::saveMerged()
{
    auto merged = m_merge.merged();
    if (!merged.ok()) {
        m_status->setText(tr("Decide every overlapping change first."));
        return false;
    }
    emit mergeAccepted(merged.value());
    accept();
    return true;
}

} // namespace helpdesk
