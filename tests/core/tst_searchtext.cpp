#include "pipeline/searchtext.h"

#include <QTest>

using namespace Sepakat;

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void words_data();
    void words();
    void matches_data();
    void matches();
    void fieldsDoNotMatchAcrossTheirBoundary();
    void indexAgreesWithMatchesAllWords_data();
    void indexAgreesWithMatchesAllWords();
    void indexKeepsEachHaystack();
};

void TestSearchText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii upper") << QStringLiteral("SURABAYA") << QStringLiteral("surabaya");
    QTest::newRow("ascii mixed, digits kept")
        << QStringLiteral("PT Maju Jaya 2") << QStringLiteral("pt maju jaya 2");
    QTest::newRow("acute") << QStringLiteral("Bogotá") << QStringLiteral("bogota");
    QTest::newRow("precomposed and combining alike")
        << QStringLiteral("Bogota\u0301") << QStringLiteral("bogota");
    QTest::newRow("many accents") << QStringLiteral("ÀÉÎÕÜ ñ ç") << QStringLiteral("aeiou n c");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
    QTest::newRow("o slash") << QStringLiteral("Ørsted København") << QStringLiteral("orsted kobenhavn");
    QTest::newRow("ae ligature") << QStringLiteral("Æther") << QStringLiteral("aether");
    QTest::newRow("d stroke") << QStringLiteral("Đà Nẵng") << QStringLiteral("da nang");
    QTest::newRow("l stroke") << QStringLiteral("Łódź") << QStringLiteral("lodz");
    QTest::newRow("oe ligature") << QStringLiteral("Œuvre") << QStringLiteral("oeuvre");
    QTest::newRow("thorn and eth") << QStringLiteral("Þórðr") << QStringLiteral("thordr");
    QTest::newRow("dotted capital I") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
    QTest::newRow("dotless i") << QStringLiteral("Diyarbakır") << QStringLiteral("diyarbakir");
    QTest::newRow("fi ligature (compatibility)") << QStringLiteral("ﬁnance") << QStringLiteral("finance");
    QTest::newRow("full width") << QStringLiteral("ＳＧ") << QStringLiteral("sg");
    QTest::newRow("greek final sigma") << QStringLiteral("ΟΔΟΣ") << QStringLiteral("οδοσ");
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(foldForSearch(text), expected);
}

void TestSearchText::words_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("blank") << QStringLiteral("  \t ") << QStringList();
    QTest::newRow("one") << QStringLiteral("SURABAYA") << QStringList{QStringLiteral("surabaya")};
    QTest::newRow("two, extra spaces")
        << QStringLiteral("  Bogotá   hospital ")
        << QStringList{QStringLiteral("bogota"), QStringLiteral("hospital")};
    QTest::newRow("duplicates once")
        << QStringLiteral("pt PT Pt") << QStringList{QStringLiteral("pt")};
    QTest::newRow("tab and no-break space")
        << QStringLiteral("a\tb\u00A0c")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
}

void TestSearchText::words()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(foldedSearchWords(query), expected);
}

void TestSearchText::matches_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expected");
    const QString surabaya = QStringLiteral("CV Sumber Rejeki — Distributor, Surabaya");
    QTest::newRow("upper query") << surabaya << QStringLiteral("SURABAYA") << true;
    QTest::newRow("lower query") << surabaya << QStringLiteral("surabaya") << true;
    QTest::newRow("part of a word") << surabaya << QStringLiteral("distrib") << true;
    QTest::newRow("all words, any order") << surabaya << QStringLiteral("surabaya rejeki") << true;
    QTest::newRow("one word missing") << surabaya << QStringLiteral("surabaya jakarta") << false;
    QTest::newRow("empty query matches") << surabaya << QString() << true;
    QTest::newRow("accent-less query finds accent")
        << QStringLiteral("Clínica Bogotá") << QStringLiteral("bogota clinica") << true;
    QTest::newRow("accented query finds plain")
        << QStringLiteral("Clinica Bogota") << QStringLiteral("BOGOTÁ") << true;
    QTest::newRow("not a match") << QStringLiteral("Rumah Sakit Jakarta")
                                 << QStringLiteral("bandung") << false;
}

void TestSearchText::matches()
{
    QFETCH(QString, haystack);
    QFETCH(QString, query);
    QFETCH(bool, expected);
    QCOMPARE(matchesAllWords(foldForSearch(haystack), foldedSearchWords(query)), expected);
}

void TestSearchText::fieldsDoNotMatchAcrossTheirBoundary()
{
    const QString haystack = foldFieldsForSearch(
        {QStringLiteral("PT Abadi"), QStringLiteral("Server Upgrade"), QStringLiteral("Bu Sári")});
    QCOMPARE(haystack, QStringLiteral("pt abadi\nserver upgrade\nbu sari"));
    QVERIFY(matchesAllWords(haystack, foldedSearchWords(u"abadi sari")));
    QVERIFY(!matchesAllWords(haystack, foldedSearchWords(u"abadiserver")));
}

void TestSearchText::indexAgreesWithMatchesAllWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qsizetype>>("expected");
    QTest::newRow("empty query: all") << QString() << QList<qsizetype>{0, 1, 2, 3, 4};
    QTest::newRow("one word") << QStringLiteral("SURABAYA") << QList<qsizetype>{0, 3};
    QTest::newRow("accent") << QStringLiteral("bogota") << QList<qsizetype>{1};
    QTest::newRow("two words, the short one rarer")
        << QStringLiteral("pt surabaya") << QList<qsizetype>{3};
    QTest::newRow("several hits in one haystack counted once")
        << QStringLiteral("a") << QList<qsizetype>{0, 1, 2, 3, 4};
    QTest::newRow("no match across haystacks") << QStringLiteral("massari") << QList<qsizetype>{};
    QTest::newRow("last haystack") << QStringLiteral("medan") << QList<qsizetype>{4};
    QTest::newRow("nothing") << QStringLiteral("tokyo") << QList<qsizetype>{};
}

void TestSearchText::indexAgreesWithMatchesAllWords()
{
    QFETCH(QString, query);
    QFETCH(QList<qsizetype>, expected);
    const QStringList haystacks = {
        foldFieldsForSearch({QStringLiteral("CV Sumber Rejeki"), QStringLiteral("Surabaya")}),
        foldFieldsForSearch({QStringLiteral("Clínica Bogotá"), QStringLiteral("Camas")}),
        foldFieldsForSearch({QStringLiteral("Sári Wijaya"), QStringLiteral("Jakarta")}),
        foldFieldsForSearch({QStringLiteral("PT Maju"), QStringLiteral("Surabaya")}),
        foldFieldsForSearch({QStringLiteral("Toko Abadi"), QStringLiteral("Medan")}),
    };
    SearchIndex index;
    index.reserve(haystacks.size(), 200);
    for (const QString &haystack : haystacks)
        index.append(haystack);
    const QStringList words = foldedSearchWords(query);

    const std::vector<qsizetype> hits = index.matching(words);
    QCOMPARE(QList<qsizetype>(hits.cbegin(), hits.cend()), expected);
    QList<qsizetype> byLoop;
    for (qsizetype i = 0; i < haystacks.size(); ++i) {
        if (matchesAllWords(haystacks.at(i), words))
            byLoop.append(i);
    }
    QCOMPARE(byLoop, expected);
}

void TestSearchText::indexKeepsEachHaystack()
{
    SearchIndex index;
    QCOMPARE(index.size(), 0);
    QVERIFY(index.matching({QStringLiteral("x")}).empty());
    index.append(u"pt abadi");
    index.append(u"");
    index.append(u"jakarta");
    QCOMPARE(index.size(), 3);
    QCOMPARE(index.haystack(0).toString(), QStringLiteral("pt abadi"));
    QCOMPARE(index.haystack(1).toString(), QString());
    QCOMPARE(index.haystack(2).toString(), QStringLiteral("jakarta"));
    index.clear();
    QCOMPARE(index.size(), 0);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
