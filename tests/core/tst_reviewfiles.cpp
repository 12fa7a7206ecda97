#include "negotiation/contenthash.h"
#include "review/reviewdecision.h"
#include "review/reviewpackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sepakat;

class TestReviewFiles : public QObject
{
    Q_OBJECT

private slots:
    void packageRoundTrip();
    void packageWithoutPlanOrValueCase();
    void alteredPackageIsRefused();
    void brokenPackages_data();
    void brokenPackages();
    void decisionRoundTrip();
    void decisionOnPackage();
    void rejectionNeedsComment();
    void brokenDecisions_data();
    void brokenDecisions();
};

namespace {

Money idr(qint64 v)
{
    return Money(v, QStringLiteral("IDR"));
}

ReviewPackage samplePackage()
{
    ReviewPackage p;
    p.createdAt = QDateTime(QDate(2025, 3, 2), QTime(8, 30), Qt::UTC);
    p.createdBy = QStringLiteral("Dewi Lestari");
    p.customer.id = QStringLiteral("cust-1");
    p.customer.name = QStringLiteral("PT Sinar Jaya Distribusi");
    p.customer.industry = QStringLiteral("Distribution");
    p.customer.size = CompanySize::Large;
    p.customer.city = QStringLiteral("Surabaya");
    p.customer.country = QStringLiteral("ID");
    p.deal.id = QStringLiteral("deal-1");
    p.deal.customerId = p.customer.id;
    p.deal.title = QStringLiteral("CRM roll-out — “fase 2”");
    p.deal.stage = Stage::Negotiation;
    p.deal.value = idr(9'000'000'000'000'123); // beyond what a double holds exactly
    p.deal.expectedClose = QDate(2025, 6, 30);
    p.deal.owner = QStringLiteral("Dewi Lestari");

    Need need;
    need.id = QStringLiteral("need-1");
    need.dealId = p.deal.id;
    need.description = QStringLiteral("Orders re-typed by hand");
    need.priority = Priority::Must;
    need.urgency = 5;
    need.painHoursMilli = 120'500;
    need.painMoney = idr(15'000'000);
    need.benefit = QStringLiteral("Orders flow into the ERP");
    p.needs = {need};

    for (int version = 1; version <= 2; ++version) {
        Offer o;
        o.id = QStringLiteral("offer-%1").arg(version);
        o.dealId = p.deal.id;
        o.version = version;
        o.status = version == 1 ? OfferStatus::Declined : OfferStatus::Pending;
        OfferLine line;
        line.id = QStringLiteral("line-%1").arg(version);
        line.productId = QStringLiteral("prod-1");
        line.description = QStringLiteral("CRM licence\nper user");
        line.quantityMilli = 120'000;
        line.unitPrice = idr(4'800'000);
        line.unitCost = idr(900'000);
        line.discountBasisPoints = 1000 * version + 200;
        o.lines = {line};
        o.documentDiscountBasisPoints = 250;
        o.terms = OfferTerms{60, 30, SupportLevel::Priority, 24, 36};
        o.offerDate = QDate(2025, 3, version);
        o.validUntil = version == 1 ? QDate() : QDate(2025, 3, 31);
        o.customerNote = QStringLiteral("Harga termasuk instalasi.");
        p.offers << o;
    }

    Plan plan;
    plan.dealId = p.deal.id;
    plan.target = idr(500'000'000);
    plan.opening = idr(576'000'000);
    plan.walkAway = idr(480'000'000);
    plan.ourBatna = QStringLiteral("Sell the capacity to PT Maju");
    plan.ourBatnaValue = idr(300'000'000);
    plan.theirWalkAwayEstimate = idr(520'000'000);
    plan.style = NegotiationStyle::Informal;
    plan.agenda = QStringLiteral("Price last");
    plan.objections = {Objection{{}, QStringLiteral("Too expensive"), QStringLiteral("ROI")}};
    plan.internalNotes = QStringLiteral("The CFO is new.");
    p.plan = plan;

    Tradeable gift;
    gift.id = QStringLiteral("trade-1");
    gift.dealId = p.deal.id;
    gift.kind = TradeableKind::Training;
    gift.give = QStringLiteral("Free training day");
    gift.costToUs = idr(2'000'000);
    gift.valueToThem = 4;
    gift.status = TradeableStatus::Offered;
    p.tradeables = {gift};

    Concession c;
    c.id = QStringLiteral("conc-1");
    c.dealId = p.deal.id;
    c.round = 2;
    c.party = Party::Us;
    c.change = QStringLiteral("10 % off the licences");
    c.priceDelta = idr(-57'600'000);
    c.tradeableId = gift.id;
    c.at = QDateTime(QDate(2025, 3, 2), QTime(10, 0, 0, 5), Qt::UTC);
    p.concessions = {c};

    ValueCaseInputs v;
    v.dealId = p.deal.id;
    v.horizonMonths = 24;
    v.upfrontOverride = idr(450'000'000);
    v.monthlyCost = idr(2'000'000);
    SavingsItem s;
    s.id = QStringLiteral("save-1");
    s.needId = need.id;
    s.description = QStringLiteral("Hours saved");
    s.hoursPerMonthMilli = 80'000;
    s.hourlyRate = idr(150'000);
    s.realizationBasisPoints = 7000;
    s.startMonth = 2;
    s.rampMonths = 3;
    v.items = {s};
    p.valueCase = v;

    p.policy = ApprovalPolicy{1500, 2500, 45};
    p.breaches = {
        PolicyBreach{PolicyRule::Discount, QStringLiteral("discount"),
                     QStringLiteral("Discount 23.93 % exceeds 15 % allowed")},
        PolicyBreach{PolicyRule::PaymentDays, QStringLiteral("payment-days"),
                     QStringLiteral("Payment terms of 60 days exceed the 45 days allowed")},
    };
    p.request.id = QStringLiteral("approval-1");
    p.request.offerId = QStringLiteral("offer-2");
    p.request.offerVersion = 2;
    p.request.status = ApprovalStatus::Pending;
    p.request.submitNote = QStringLiteral("They compare us with a local competitor.");
    p.request.requestedAt = QDateTime(QDate(2025, 3, 2), QTime(8, 0), Qt::UTC);
    p.request.reasons = {p.breaches.at(0).reason, p.breaches.at(1).reason};
    p.request.contentHash = offerContentHash(p.offers.at(1));
    return p;
}

QJsonObject objectOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

ReviewDecision sampleDecision()
{
    const Result<ReviewDecision> d =
        decideOnPackage(samplePackage(), ApprovalStatus::Approved,
                        QStringLiteral("  Hendra Gunawan "), QStringLiteral("OK for 24 months."),
                        QDateTime(QDate(2025, 3, 2), QTime(11, 15), Qt::UTC));
    if (!d)
        qFatal("%s", qPrintable(d.errorMessage()));
    return *d;
}

} // namespace

void TestReviewFiles::packageRoundTrip()
{
    const ReviewPackage written = samplePackage();
    const QByteArray bytes = writeReviewPackage(written);
    const Result<ReviewPackage> read = readReviewPackage(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->createdAt, written.createdAt);
    QCOMPARE(read->createdBy, written.createdBy);
    QCOMPARE(read->deal, written.deal);
    QCOMPARE(read->customer, written.customer);
    QCOMPARE(read->needs, written.needs);
    QCOMPARE(read->offers, written.offers);
    // Objection ids are the book's business; the text travels.
    Plan plan = *written.plan;
    plan.objections[0].id.clear();
    QCOMPARE(read->plan, std::optional<Plan>(plan));
    QCOMPARE(read->tradeables, written.tradeables);
    QCOMPARE(read->concessions, written.concessions);
    QCOMPARE(read->valueCase, written.valueCase);
    QCOMPARE(read->policy, written.policy);
    QCOMPARE(read->breaches.size(), 2);
    QCOMPARE(read->breaches.at(1).rule, PolicyRule::PaymentDays);
    QCOMPARE(read->breaches.at(1).reason, written.breaches.at(1).reason);
    QCOMPARE(read->request, written.request);
    QCOMPARE(read->offerUnderReview()->id, QStringLiteral("offer-2"));
    // The same package writes the same bytes.
    QCOMPARE(writeReviewPackage(*read), bytes);
}

void TestReviewFiles::packageWithoutPlanOrValueCase()
{
    ReviewPackage p = samplePackage();
    p.plan.reset();
    p.valueCase.reset();
    p.tradeables.clear();
    const Result<ReviewPackage> read = readReviewPackage(writeReviewPackage(p));
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(!read->plan);
    QVERIFY(!read->valueCase);
}

// A lower price typed into the file is exactly what the content hash is there to catch.
void TestReviewFiles::alteredPackageIsRefused()
{
    QJsonObject object = objectOf(writeReviewPackage(samplePackage()));
    QJsonArray offers = object.value(QStringLiteral("offers")).toArray();
    QJsonObject second = offers.at(1).toObject();
    QJsonArray lines = second.value(QStringLiteral("lines")).toArray();
    QJsonObject line = lines.at(0).toObject();
    line.insert(QStringLiteral("discount_bp"), QStringLiteral("1200"));
    lines.replace(0, line);
    second.insert(QStringLiteral("lines"), lines);
    offers.replace(1, second);
    object.insert(QStringLiteral("offers"), offers);
    const Result<ReviewPackage> read = readReviewPackage(bytesOf(object));
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(QStringLiteral("does not match its content hash")),
             qPrintable(read.errorMessage()));
}

void TestReviewFiles::brokenPackages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a part of it
    const QByteArray good = writeReviewPackage(samplePackage());
    QTest::newRow("empty") << QByteArray() << QStringLiteral("damaged or not a Sepakat file");
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("damaged or not a Sepakat file");
    QTest::newRow("not JSON") << QByteArray("PK\x03\x04 zip")
                              << QStringLiteral("damaged or not a Sepakat file");

    QJsonObject decision = objectOf(writeReviewDecision(sampleDecision()));
    QTest::newRow("a decision file")
        << bytesOf(decision)
        << QStringLiteral("is a sepakat-decision file, not a sepakat-review file");

    QJsonObject newer = objectOf(good);
    newer.insert(QStringLiteral("version"), 2);
    QTest::newRow("newer version") << bytesOf(newer) << QStringLiteral("written by a newer Sepakat");

    QJsonObject noOffers = objectOf(good);
    noOffers.remove(QStringLiteral("offers"));
    QTest::newRow("offers missing") << bytesOf(noOffers) << QStringLiteral("offers is missing");

    QJsonObject otherRound = objectOf(good);
    QJsonObject request = otherRound.value(QStringLiteral("request")).toObject();
    request.insert(QStringLiteral("offer_id"), QStringLiteral("offer-9"));
    otherRound.insert(QStringLiteral("request"), request);
    QTest::newRow("round under review missing")
        << bytesOf(otherRound) << QStringLiteral("the offer round under review is not in it");

    QJsonObject badAmount = objectOf(good);
    QJsonObject deal = badAmount.value(QStringLiteral("deal")).toObject();
    deal.insert(QStringLiteral("value"),
                QJsonObject{{QStringLiteral("currency"), QStringLiteral("IDR")},
                            {QStringLiteral("minor"), QStringLiteral("12,5")}});
    badAmount.insert(QStringLiteral("deal"), deal);
    QTest::newRow("amount not a whole number")
        << bytesOf(badAmount) << QStringLiteral("deal.value.minor must be a whole number");
}

void TestReviewFiles::brokenPackages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<ReviewPackage> read = readReviewPackage(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(message), qPrintable(read.errorMessage()));
}

void TestReviewFiles::decisionRoundTrip()
{
    const ReviewDecision decision = sampleDecision();
    const QByteArray bytes = writeReviewDecision(decision);
    const Result<ReviewDecision> read = readReviewDecision(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(*read, decision);
    QCOMPARE(writeReviewDecision(*read), bytes);
}

void TestReviewFiles::decisionOnPackage()
{
    const ReviewPackage package = samplePackage();
    const ReviewDecision d = sampleDecision();
    QCOMPARE(d.approvalId, package.request.id);
    QCOMPARE(d.dealId, package.deal.id);
    QCOMPARE(d.offerId, QStringLiteral("offer-2"));
    QCOMPARE(d.offerVersion, 2);
    QCOMPARE(d.contentHash, offerContentHash(package.offers.at(1)));
    QCOMPARE(d.decision, ApprovalStatus::Approved);
    QCOMPARE(d.reviewer, QStringLiteral("Hendra Gunawan"));
    QCOMPARE(d.dealTitle, package.deal.title);
    QCOMPARE(d.customerName, package.customer.name);
}

void TestReviewFiles::rejectionNeedsComment()
{
    const QDateTime at(QDate(2025, 3, 2), QTime(11, 15), Qt::UTC);
    const Result<ReviewDecision> bare = decideOnPackage(
        samplePackage(), ApprovalStatus::Rejected, QStringLiteral("Hendra"), QStringLiteral("  "), at);
    QVERIFY(!bare.ok());
    QCOMPARE(bare.error().field, QStringLiteral("comment"));
    QVERIFY(decideOnPackage(samplePackage(), ApprovalStatus::Rejected, QStringLiteral("Hendra"),
                            QStringLiteral("Ask for 24 months first."), at)
                .ok());
    // Approving needs no comment, but every decision needs its reviewer.
    const Result<ReviewDecision> anonymous = decideOnPackage(
        samplePackage(), ApprovalStatus::Approved, QStringLiteral(" "), QString(), at);
    QVERIFY(!anonymous.ok());
    QCOMPARE(anonymous.error().field, QStringLiteral("reviewer"));
}

void TestReviewFiles::brokenDecisions_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = writeReviewDecision(sampleDecision());
    QTest::newRow("truncated") << good.left(good.size() - 20)
                               << QStringLiteral("damaged or not a Sepakat file");

    QJsonObject edited = objectOf(good);
    edited.insert(QStringLiteral("decision"), QStringLiteral("rejected"));
    QTest::newRow("decision edited by hand")
        << bytesOf(edited) << QStringLiteral("checksum does not match");

    QJsonObject otherHash = objectOf(good);
    otherHash.insert(QStringLiteral("content_hash"), QString(64, u'0'));
    QTest::newRow("hash edited by hand") << bytesOf(otherHash)
                                         << QStringLiteral("checksum does not match");

    QJsonObject noReviewer = objectOf(good);
    noReviewer.remove(QStringLiteral("reviewer"));
    QTest::newRow("reviewer missing") << bytesOf(noReviewer) << QStringLiteral("reviewer is missing");

    QTest::newRow("a package") << writeReviewPackage(samplePackage())
                               << QStringLiteral("not a sepakat-decision file");
}

void TestReviewFiles::brokenDecisions()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<ReviewDecision> read = readReviewDecision(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(message), qPrintable(read.errorMessage()));
}

QTEST_GUILESS_MAIN(TestReviewFiles)
#include "tst_reviewfiles.moc"
