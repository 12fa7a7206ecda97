#include "pipeline/searchtext.h"

#include <algorithm>
#include <numeric>

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

void SearchIndex::clear()
{
    m_text.clear();
    m_starts.clear();
}

void SearchIndex::reserve(qsizetype haystacks, qsizetype characters)
{
    m_starts.reserve(static_cast<std::size_t>(haystacks));
    m_text.reserve(characters + haystacks);
}

void SearchIndex::append(QStringView foldedHaystack)
{
    m_starts.push_back(m_text.size());
    m_text.append(foldedHaystack);
    m_text.append(QChar(u'\0'));
}

QStringView SearchIndex::haystack(qsizetype index) const
{
    const qsizetype begin = m_starts[static_cast<std::size_t>(index)];
    const qsizetype end = index + 1 < size() ? m_starts[static_cast<std::size_t>(index + 1)]
                                             : m_text.size();
    return QStringView(m_text).sliced(begin, end - begin - 1); // without its NUL
}

std::vector<qsizetype> SearchIndex::matching(const QStringList &foldedNeedles) const
{
    // The longest needle is the rarest as a rule, so it drives the scan and the others only
    // confirm the few haystacks it finds.
    const auto longest = std::max_element(
        foldedNeedles.cbegin(), foldedNeedles.cend(),
        [](const QString &a, const QString &b) { return a.size() < b.size(); });
    std::vector<qsizetype> hits;
    if (longest == foldedNeedles.cend() || longest->isEmpty()) {
        hits.resize(m_starts.size());
        std::iota(hits.begin(), hits.end(), qsizetype(0));
        return hits;
    }
    const QStringView text(m_text);
    auto cursor = m_starts.cbegin();
    qsizetype from = 0;
    for (qsizetype at; (at = text.indexOf(*longest, from)) >= 0;) {
        cursor = std::upper_bound(cursor, m_starts.cend(), at) - 1;
        const qsizetype index = cursor - m_starts.cbegin();
        const QStringView hay = haystack(index);
        const bool all = std::all_of(foldedNeedles.cbegin(), foldedNeedles.cend(),
                                     [&](const QString &needle) { return hay.contains(needle); });
        if (all)
            hits.push_back(index);
        from = *cursor + hay.size() + 1;
    }
    return hits;
}

std::vector<qsizetype> SearchIndex::matchingAmong(const QStringList &foldedNeedles,
                                                  const std::vector<qsizetype> &candidates) const
{
    std::vector<qsizetype> hits;
    hits.reserve(candidates.size());
    for (const qsizetype index : candidates) {
        const QStringView hay = haystack(index);
        if (std::all_of(foldedNeedles.cbegin(), foldedNeedles.cend(),
                        [&](const QString &needle) { return hay.contains(needle); }))
            hits.push_back(index);
    }
    return hits;
}

} // namespace Sepakat
