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

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
