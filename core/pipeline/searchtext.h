#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// Free-text filtering for the pipeline board. The board folds each deal's searchable text once
// (when the deal is loaded or changed) and folds the query once per keystroke; matching is then
// a plain case-sensitive substring search, which is what keeps a keystroke over 100,000 deals
// well inside one frame.
namespace Sepakat {

// A key that ignores case and accents: NFKD, combining marks dropped, case-folded, and the
// letters that carry no decomposable accent spelled out ("ß" -> "ss", "ø" -> "o", "æ" -> "ae",
// "đ"/"ð" -> "d", "ł" -> "l", "œ" -> "oe", "þ" -> "th", "ı" -> "i"). So "SURABAYA" and
// "Surabaya" fold alike, and "bogota" is found in "Bogotá". Pure ASCII takes a fast path.
QString foldForSearch(QStringView text);

// Folds several fields into one haystack. Fields are joined by a line break, which no word of a
// query contains, so a word never matches across the end of one field and the start of the next.
QString foldFieldsForSearch(const QStringList &fields);

// Splits what the user typed into folded words (on any white space, empties dropped), ready for
// matchesAllWords. An empty or blank query gives an empty list, which matches everything.
QStringList foldedSearchWords(QStringView query);

// True when every needle occurs in the haystack (both already folded). No needles: true.
bool matchesAllWords(const QString &foldedHaystack, const QStringList &foldedNeedles);

// Every deal's folded haystack in one contiguous buffer, for the board's filter. Scanning one
// buffer for the query is several times faster than a loop over 100,000 separate strings (no
// pointer chasing; the benchmark prints both), which is the difference between a keystroke that
// fits in a frame and one that does not. Haystacks are addressed by the order they were
// appended, which the board keeps equal to its row order; an edited deal means rebuilding the
// index (a few milliseconds at 100,000 deals), not patching it.
class SearchIndex
{
public:
    void clear();
    void reserve(qsizetype haystacks, qsizetype characters);
    // The haystack gets index size() - 1. It must be folded (foldForSearch/foldFieldsForSearch).
    void append(QStringView foldedHaystack);
    qsizetype size() const { return static_cast<qsizetype>(m_starts.size()); }
    QStringView haystack(qsizetype index) const;

    // Indices, ascending, of the haystacks that hold every needle (as matchesAllWords would
    // say); all of them when there are no needles.
    std::vector<qsizetype> matching(const QStringList &foldedNeedles) const;
    // The same, looking only at candidates (ascending): a query that only grew ("sur" after
    // "su") can only match haystacks that matched before, often far fewer than all of them.
    std::vector<qsizetype> matchingAmong(const QStringList &foldedNeedles,
                                         const std::vector<qsizetype> &candidates) const;

private:
    QString m_text;                 // haystacks, each followed by a NUL no needle contains
    std::vector<qsizetype> m_starts; // where each haystack begins in m_text
};

} // namespace Sepakat
