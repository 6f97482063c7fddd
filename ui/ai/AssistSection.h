#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

namespace helpdesk {

struct AssistAnswer;

// One section of the AI panel (triage, reply, summary, similar): a title with its command button, a busy bar
// while the assistant works, a status line (errors in words, "needs a connection", "Working…"), the body the
// panel fills, and a muted footer naming who answered.
class AssistSection : public QFrame
{
    Q_OBJECT
public:
    AssistSection(const QString &key, const QString &title, QWidget *parent = nullptr);

    // The section's command (e.g. "Suggest reply"); its object name is "<key>Button".
    QToolButton *commandButton() const { return m_command; }
    QVBoxLayout *body() const { return m_body; }

    void setBusy(bool busy, const QString &what = {});
    bool isBusy() const { return m_busy; }
    // A message instead of a body (hint, error, offline); empty hides it.
    void setStatus(const QString &text, bool error = false);
    QString status() const;
    bool statusIsError() const { return m_error; }
    void setProvider(const AssistAnswer &answer);
    void clearProvider();
    QString providerText() const;
    // Removes every widget from the body.
    void clearBody();

private:
    QString m_key;
    bool m_busy = false;
    bool m_error = false;
    QLabel *m_title = nullptr;
    QToolButton *m_command = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_provider = nullptr;
};

} // namespace helpdesk
