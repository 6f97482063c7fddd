#include "kb/TextTokenizer.h"

#include <QChar>

namespace helpdesk {

namespace {

enum class CharClass
{
    Word,
    Space,
    LineBreak,
    Single
};

struct CodePoint
{
    char32_t value = 0;
    qsizetype length = 1; // in UTF-16 code units
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text[i + 1]), 2};
    return {c.unicode(), 1};
}

bool isIdeographic(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
        return true;
    default:
        return false;
    }
}

bool isWordChar(char32_t cp)
{
    return (QChar::isLetterOrNumber(cp) || QChar::isMark(cp) || cp == U'_') && !isIdeographic(cp);
}

CharClass classify(char32_t cp)
{
    if (cp == U'\n' || cp == U'\r')
        return CharClass::LineBreak;
    if (QChar::isSpace(cp))
        return CharClass::Space;
    if (isWordChar(cp))
        return CharClass::Word;
    return CharClass::Single;
}

bool isApostrophe(char32_t cp)
{
    return cp == U'\'' || cp == U'\u2019';
}

} // namespace

QStringList TextTokenizer::words(QStringView text)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype start = i;
        const CodePoint first = codePointAt(text, i);
        const CharClass cls = classify(first.value);
        i += first.length;
        switch (cls) {
        case CharClass::LineBreak:
            if (first.value == U'\r' && i < n && text[i] == QLatin1Char('\n'))
                ++i;
            break;
        case CharClass::Space:
            while (i < n) {
                const CodePoint next = codePointAt(text, i);
                if (classify(next.value) != CharClass::Space)
                    break;
                i += next.length;
            }
            break;
        case CharClass::Word:
            while (i < n) {
                const CodePoint next = codePointAt(text, i);
                if (classify(next.value) == CharClass::Word) {
                    i += next.length;
                    continue;
                }
                // "don't", "it’s": an apostrophe followed by a letter stays inside the word.
                if (isApostrophe(next.value) && i + next.length < n) {
                    const CodePoint after = codePointAt(text, i + next.length);
                    if (QChar::isLetter(after.value) && !isIdeographic(after.value)) {
                        i += next.length + after.length;
                        continue;
                    }
                }
                break;
            }
            break;
        case CharClass::Single:
            // Keep combining marks with the symbol they modify (e.g. an emoji with a variation selector).
            while (i < n) {
                const CodePoint next = codePointAt(text, i);
                if (next.value == U'\u200D') { // zero-width joiner: the next code point belongs here too
                    i += next.length;
                    if (i < n)
                        i += codePointAt(text, i).length;
                    continue;
                }
                const bool skinTone = next.value >= 0x1F3FB && next.value <= 0x1F3FF;
                if (!QChar::isMark(next.value) && !skinTone)
                    break;
                i += next.length;
            }
            break;
        }
        tokens.append(text.sliced(start, i - start).toString());
    }
    return tokens;
}

QStringList TextTokenizer::lines(QStringView text)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
            ++i;
        else if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        out.append(text.sliced(start, i + 1 - start).toString());
        start = i + 1;
    }
    if (start < n)
        out.append(text.sliced(start).toString());
    return out;
}

} // namespace helpdesk
