#include "kb/KbFeedbackBar.h"

#include "IconSet.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

KbFeedbackBar::KbFeedbackBar(const IconSet &icons, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kbFeedbackBar"));
    auto *question = new QLabel(tr("Was this article helpful?"), this);
    m_helpful = new QPushButton(icons.icon(QStringLiteral("thumbs-up")), tr("Helpful"), this);
    m_helpful->setObjectName(QStringLiteral("kbHelpfulButton"));
    m_helpful->setCheckable(true);
    m_unhelpful = new QPushButton(icons.icon(QStringLiteral("thumbs-down")), tr("Not helpful"), this);
    m_unhelpful->setObjectName(QStringLiteral("kbNotHelpfulButton"));
    m_unhelpful->setCheckable(true);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("kbFeedbackComment"));
    m_comment->setPlaceholderText(tr("Optional: what was missing or wrong?"));
    m_comment->setMaxLength(2000);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("kbScoreLabel"));
    m_score->setProperty("muted", true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("kbFeedbackMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(question);
    row->addWidget(m_helpful);
    row->addWidget(m_unhelpful);
    row->addWidget(m_comment, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(row);
    auto *info = new QHBoxLayout;
    info->addWidget(m_score);
    info->addWidget(m_message, 1);
    layout->addLayout(info);

    connect(m_helpful, &QPushButton::clicked, this, [this] {
        updateButtons();
        emit voteRequested(true, m_comment->text().trimmed());
    });
    connect(m_unhelpful, &QPushButton::clicked, this, [this] {
        updateButtons();
        emit voteRequested(false, m_comment->text().trimmed());
    });
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        if (m_vote) {
            emit voteRequested(*m_vote, m_comment->text().trimmed());
        } else {
            setMessage(tr("Choose helpful or not helpful to send your comment."));
        }
    });
}

void KbFeedbackBar::setVote(std::optional<bool> helpful, const QString &comment)
{
    m_vote = helpful;
    m_comment->setText(comment);
    updateButtons();
}

void KbFeedbackBar::updateButtons()
{
    m_helpful->setChecked(m_vote && *m_vote);
    m_unhelpful->setChecked(m_vote && !*m_vote);
}

void KbFeedbackBar::setScore(const QString &text)
{
    m_score->setText(text);
}

void KbFeedbackBar::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void KbFeedbackBar::setBusy(bool busy)
{
    m_helpful->setEnabled(!busy);
    m_unhelpful->setEnabled(!busy);
}

} // namespace helpdesk
