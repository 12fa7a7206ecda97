#include "pipeline/searchtext.h"

namespace Sepakat {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString foldAscii(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    return folded;
}

bool isCombiningMark(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// Letters whose accent or ligature is not a combining mark in Unicode, so NFKD leaves them
// whole; a salesperson typing plain Latin letters still expects to find them. Applied after case
// folding, so only the lower-case forms appear.
QStringView spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return u"ss"; // ß (ẞ folds to it)
    case 0x00E6: return u"ae"; // æ
    case 0x00F0: return u"d";  // ð
    case 0x00F8: return u"o";  // ø
    case 0x00FE: return u"th"; // þ
    case 0x0111: return u"d";  // đ
    case 0x0131: return u"i";  // dotless ı
    case 0x0142: return u"l";  // ł
    case 0x0153: return u"oe"; // œ
    default: return {};
    }
}

} // namespace

QString foldForSearch(QStringView text)
{
    if (isAscii(text))
        return foldAscii(text);

    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!isCombiningMark(c))
            bare.append(c);
    }
    const QString caseFolded = bare.toCaseFolded();

    QString folded;
    folded.reserve(caseFolded.size());
    for (const QChar c : caseFolded) {
        if (const QStringView replacement = spelledOut(c); !replacement.isEmpty())
            folded.append(replacement);
        else
            folded.append(c);
    }
    return folded;
}

QString foldFieldsForSearch(const QStringList &fields)
{
    QString haystack;
    for (const QString &field : fields) {
        if (!haystack.isEmpty())
            haystack.append(u'\n');
        haystack.append(foldForSearch(field));
    }
    return haystack;
}

QStringList foldedSearchWords(QStringView query)
{
    QStringList words;
    const QString folded = foldForSearch(query);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool boundary = i == folded.size() || folded.at(i).isSpace();
        if (boundary && start >= 0) {
            const QString word = folded.mid(start, i - start);
            if (!words.contains(word))
                words.append(word);
            start = -1;
        } else if (!boundary && start < 0) {
            start = i;
        }
    }
    return words;
}

bool matchesAllWords(const QString &foldedHaystack, const QStringList &foldedNeedles)
{
    for (const QString &needle : foldedNeedles) {
        if (!foldedHaystack.contains(needle, Qt::CaseSensitive))
            return false;
    }
    return true;
}

} // namespace Sepakat
