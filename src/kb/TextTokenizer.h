#pragma once

#include <QStringList>
#include <QStringView>

namespace helpdesk {

// Splits text into the units the diff and merge work on. Both splits are lossless: joining the pieces gives
// back the input exactly (CRLF, lone CR, surrogate pairs and combining marks included).
class TextTokenizer
{
public:
    // Words (letters, digits, combining marks, '_', and an apostrophe between letters), runs of spaces/tabs,
    // each line break ("\r\n", "\n" or "\r") on its own, and every other character (punctuation, symbols,
    // emoji, each CJK ideograph or kana) as a token of its own.
    static QStringList words(QStringView text);

    // Lines, each keeping its terminator ("\r\n", "\n" or "\r"); the last line may have none.
    static QStringList lines(QStringView text);
};

} // namespace helpdesk
