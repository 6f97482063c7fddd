#pragma once

#include <QMessageBox>

namespace helpdesk {

// Message boxes the tests can answer: setNextAnswer() makes the next question return that button at once
// without showing anything (KeePassXC's MessageBox pattern).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message shown or answered (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};

} // namespace helpdesk
