#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace helpdesk {

class IconSet;

// "Was this article helpful?": one vote per reader and article (a second click changes it), an optional
// comment, and the article's score. Voting needs the server; the bar says so when it cannot reach it.
class KbFeedbackBar : public QWidget
{
    Q_OBJECT
public:
    explicit KbFeedbackBar(const IconSet &icons, QWidget *parent = nullptr);

    // The reader's current vote (none yet: nullopt) and comment.
    void setVote(std::optional<bool> helpful, const QString &comment);
    std::optional<bool> vote() const { return m_vote; }
    void setScore(const QString &text);
    // A line under the buttons (saved, offline, an error).
    void setMessage(const QString &text);
    void setBusy(bool busy);

signals:
    void voteRequested(bool helpful, const QString &comment);

private:
    void updateButtons();

    std::optional<bool> m_vote;
    QPushButton *m_helpful = nullptr;
    QPushButton *m_unhelpful = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace helpdesk
