#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/product.h"
#include "domain/valuecase.h"

#include <QTest>
#include <functional>

using namespace Sepakat;

// A validate() call on an entity built for one row.
using Validator = std::function<FieldErrors()>;
Q_DECLARE_METATYPE(Validator)

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validEntitiesHaveNoErrors_data();
    void validEntitiesHaveNoErrors();
    void brokenRuleNamesItsField_data();
    void brokenRuleNamesItsField();
    void exactMessages();
    void lineFieldPrefix();
    void severalErrorsAreAllReported();
    void joinMessagesOnePerLine();
    void productMargin_data();
    void productMargin();
};

namespace {

const QString IDR = QStringLiteral("IDR");
const QString USD = QStringLiteral("USD");

Money idr(qint64 v)
{
    return Money(v, IDR);
}

Contact validContact()
{
    Contact c;
    c.name = QStringLiteral("Budi Santoso");
    c.role = QStringLiteral("Finance director");
    c.email = QStringLiteral("budi.santoso@example.co.id");
    c.phone = QStringLiteral("+62 31 555 0101");
    return c;
}

Customer validCustomer()
{
    Customer c;
    c.name = QStringLiteral("PT Sumber Makmur");
    c.city = QStringLiteral("Surabaya");
    c.contacts = {validContact(), validContact()};
    return c;
}

Product validProduct()
{
    Product p;
    p.name = QStringLiteral("Warehouse scanner");
    p.unitPrice = idr(1250000);
    p.unitCost = idr(800000);
    return p;
}

Deal validDeal()
{
    Deal d;
    d.customerId = QStringLiteral("c1");
    d.title = QStringLiteral("Scanners for the Surabaya warehouse");
    d.value = idr(50000000);
    d.probabilityOverride = 6000;
    d.qualification = {3, 2, 1, 0, {}, {}, {}, {}};
    return d;
}

Need validNeed()
{
    Need n;
    n.description = QStringLiteral("Stock counts take two days");
    n.urgency = 5;
    n.painHoursMilli = 40000;
    n.painMoney = idr(2000000);
    return n;
}

OfferLine validLine()
{
    OfferLine l;
    l.description = QStringLiteral("Warehouse scanner");
    l.quantityMilli = 2500;
    l.unitPrice = idr(1250000);
    l.unitCost = idr(800000);
    l.discountBasisPoints = 10000;
    return l;
}

Offer validOffer()
{
    Offer o;
    o.currency = IDR;
    o.lines = {validLine(), validLine(), validLine()};
    o.documentDiscountBasisPoints = 500;
    o.taxBasisPoints = 1100;
    o.offerDate = QDate(2026, 3, 1);
    o.validUntil = QDate(2026, 3, 1); // valid for the day itself is fine
    return o;
}

Plan validPlan()
{
    Plan p;
    p.target = idr(100);
    p.opening = idr(120);
    p.walkAway = idr(100); // walking away at the target is allowed, above it is not
    p.theirWalkAwayEstimate = idr(130);
    return p;
}

Tradeable validTradeable()
{
    Tradeable t;
    t.give = QStringLiteral("60 days payment");
    t.costToUs = idr(150000);
    t.valueToThem = 5;
    t.askInReturn = QStringLiteral("Two-year contract");
    return t;
}

Concession validConcession()
{
    Concession c;
    c.change = QStringLiteral("5 % off the scanners");
    c.round = 2;
    c.priceDelta = idr(-500000); // price cuts are negative on purpose
    return c;
}

SavingsItem timeItem()
{
    SavingsItem s;
    s.description = QStringLiteral("Faster stock counts");
    s.kind = SavingsKind::Time;
    s.hoursPerMonthMilli = 30000;
    s.hourlyRate = idr(75000);
    s.realizationBasisPoints = 8000;
    s.startMonth = 2;
    s.rampMonths = 3;
    return s;
}

SavingsItem moneyItem()
{
    SavingsItem s;
    s.description = QStringLiteral("Less shrinkage");
    s.kind = SavingsKind::Money;
    s.amountPerMonth = idr(1000000);
    return s;
}

ValueCaseInputs validValueCase()
{
    ValueCaseInputs v;
    v.currency = IDR;
    v.horizonMonths = 120;
    v.monthlyCost = idr(500000);
    v.upfrontOverride = idr(90000000);
    v.items = {timeItem(), moneyItem()};
    return v;
}

Approval validApproval()
{
    Approval a;
    a.offerId = QStringLiteral("o1");
    a.offerVersion = 2;
    a.status = ApprovalStatus::Approved;
    a.reviewer = QStringLiteral("Manager");
    a.requestedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    a.decidedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    return a;
}

// Builds a row's validator from a valid entity and one change that breaks one rule.
template<typename T> Validator broken(T (*make)(), std::function<void(T &)> change)
{
    return [make, change] {
        T entity = make();
        change(entity);
        return entity.validate();
    };
}

} // namespace

void TestValidation::validEntitiesHaveNoErrors_data()
{
    QTest::addColumn<Validator>("validate");
    QTest::newRow("contact") << Validator([] { return validContact().validate(); });
    QTest::newRow("contact without email")
        << broken<Contact>(validContact, [](Contact &c) { c.email.clear(); });
    QTest::newRow("customer") << Validator([] { return validCustomer().validate(); });
    QTest::newRow("product") << Validator([] { return validProduct().validate(); });
    QTest::newRow("product without cost")
        << broken<Product>(validProduct, [](Product &p) { p.unitCost = {}; });
    QTest::newRow("deal") << Validator([] { return validDeal().validate(); });
    QTest::newRow("deal at stage default")
        << broken<Deal>(validDeal, [](Deal &d) { d.probabilityOverride.reset(); });
    QTest::newRow("need") << Validator([] { return validNeed().validate(); });
    QTest::newRow("offer line") << Validator([] { return validLine().validate(); });
    QTest::newRow("offer") << Validator([] { return validOffer().validate(); });
    QTest::newRow("offer without dates")
        << broken<Offer>(validOffer, [](Offer &o) { o.offerDate = {}; });
    QTest::newRow("empty offer") << broken<Offer>(validOffer, [](Offer &o) { o.lines.clear(); });
    QTest::newRow("plan") << Validator([] { return validPlan().validate(); });
    QTest::newRow("plan with nothing set") << Validator([] { return Plan().validate(); });
    QTest::newRow("plan walk-away without target") << broken<Plan>(validPlan, [](Plan &p) {
        p.target = {};
        p.walkAway = idr(999);
    });
    QTest::newRow("tradeable") << Validator([] { return validTradeable().validate(); });
    QTest::newRow("concession") << Validator([] { return validConcession().validate(); });
    QTest::newRow("savings item") << Validator([] { return timeItem().validate(); });
    QTest::newRow("value case") << Validator([] { return validValueCase().validate(); });
    QTest::newRow("approval") << Validator([] { return validApproval().validate(); });
    QTest::newRow("pending approval") << Validator([] {
        Approval a;
        a.offerId = QStringLiteral("o1");
        return a.validate();
    });
}

void TestValidation::validEntitiesHaveNoErrors()
{
    QFETCH(Validator, validate);
    const FieldErrors errors = validate();
    QVERIFY2(errors.isEmpty(), qPrintable(joinMessages(errors)));
}

void TestValidation::brokenRuleNamesItsField_data()
{
    QTest::addColumn<Validator>("validate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words"); // the field named in words, in the message

    using C = Contact;
    QTest::newRow("contact name") << broken<C>(validContact,
                                               [](C &c) { c.name = QStringLiteral(" "); })
                                  << "name"
                                  << "Contact name";
    QTest::newRow("email without @")
        << broken<C>(validContact, [](C &c) { c.email = QStringLiteral("budi.example.com"); })
        << "email"
        << "Email";
    QTest::newRow("email without domain dot")
        << broken<C>(validContact, [](C &c) { c.email = QStringLiteral("budi@example"); })
        << "email"
        << "Email";
    QTest::newRow("email with space")
        << broken<C>(validContact,
                     [](C &c) { c.email = QStringLiteral("budi santoso@example.com"); })
        << "email"
        << "Email";
    QTest::newRow("email with two @")
        << broken<C>(validContact, [](C &c) { c.email = QStringLiteral("a@b@example.com"); })
        << "email"
        << "Email";

    using Cu = Customer;
    QTest::newRow("customer name")
        << broken<Cu>(validCustomer, [](Cu &c) { c.name.clear(); }) << "name"
        << "Customer name";
    QTest::newRow("second contact's email")
        << broken<Cu>(validCustomer, [](Cu &c) { c.contacts[1].email = QStringLiteral("nope"); })
        << "contacts[1].email"
        << "Contact 2";

    using P = Product;
    QTest::newRow("product name") << broken<P>(validProduct, [](P &p) { p.name.clear(); }) << "name"
                                  << "Product name";
    QTest::newRow("product price not set") << broken<P>(validProduct,
                                                        [](P &p) {
                                                            p.unitPrice = {};
                                                            p.unitCost = {};
                                                        })
                                           << "unitPrice"
                                           << "Unit price";
    QTest::newRow("negative price")
        << broken<P>(validProduct, [](P &p) { p.unitPrice = idr(-1); }) << "unitPrice"
        << "Unit price";
    QTest::newRow("negative cost")
        << broken<P>(validProduct, [](P &p) { p.unitCost = idr(-1); }) << "unitCost"
        << "Unit cost";
    QTest::newRow("cost in another currency")
        << broken<P>(validProduct, [](P &p) { p.unitCost = Money(100, USD); }) << "unitCost"
        << "Unit cost";
    QTest::newRow("unknown currency")
        << broken<P>(validProduct,
                     [](P &p) {
                         p.unitPrice = Money(100, QStringLiteral("XYZ"));
                         p.unitCost = {};
                     })
        << "unitPrice"
        << "Unit price";

    using D = Deal;
    QTest::newRow("deal title") << broken<D>(validDeal, [](D &d) { d.title.clear(); }) << "title"
                                << "Deal title";
    QTest::newRow("deal customer")
        << broken<D>(validDeal, [](D &d) { d.customerId.clear(); }) << "customerId"
        << "Customer";
    QTest::newRow("deal without currency")
        << broken<D>(validDeal, [](D &d) { d.value = {}; }) << "value"
        << "Deal value";
    QTest::newRow("deal value negative")
        << broken<D>(validDeal, [](D &d) { d.value = idr(-5); }) << "value"
        << "Deal value";
    QTest::newRow("probability above 100 %")
        << broken<D>(validDeal, [](D &d) { d.probabilityOverride = 10001; }) << "probability"
        << "Probability";
    QTest::newRow("probability negative")
        << broken<D>(validDeal, [](D &d) { d.probabilityOverride = -1; }) << "probability"
        << "Probability";
    QTest::newRow("budget score 4")
        << broken<D>(validDeal, [](D &d) { d.qualification.budget = 4; }) << "qualification.budget"
        << "Budget";
    QTest::newRow("authority score -1")
        << broken<D>(validDeal, [](D &d) { d.qualification.authority = -1; })
        << "qualification.authority"
        << "Authority";
    QTest::newRow("need score 4") << broken<D>(validDeal, [](D &d) { d.qualification.need = 4; })
                                  << "qualification.need"
                                  << "Need";
    QTest::newRow("timing score 9")
        << broken<D>(validDeal, [](D &d) { d.qualification.timing = 9; }) << "qualification.timing"
        << "Timing";
    QTest::newRow("proposal language")
        << broken<D>(validDeal, [](D &d) { d.proposalLanguage = QStringLiteral("fr"); })
        << "proposalLanguage"
        << "Proposal language";

    using N = Need;
    QTest::newRow("need description")
        << broken<N>(validNeed, [](N &n) { n.description = QStringLiteral("\t"); }) << "description"
        << "Need description";
    QTest::newRow("urgency 0") << broken<N>(validNeed, [](N &n) { n.urgency = 0; }) << "urgency"
                               << "Urgency";
    QTest::newRow("urgency 6") << broken<N>(validNeed, [](N &n) { n.urgency = 6; }) << "urgency"
                               << "Urgency";
    QTest::newRow("pain hours negative")
        << broken<N>(validNeed, [](N &n) { n.painHoursMilli = -1; }) << "painHours"
        << "Hours lost";
    QTest::newRow("pain money negative")
        << broken<N>(validNeed, [](N &n) { n.painMoney = idr(-1); }) << "painMoney"
        << "Money lost";

    using O = Offer;
    QTest::newRow("quantity 0") << broken<O>(validOffer, [](O &o) { o.lines[2].quantityMilli = 0; })
                                << "lines[2].quantity"
                                << "Line 3";
    QTest::newRow("quantity negative")
        << broken<O>(validOffer, [](O &o) { o.lines[0].quantityMilli = -1000; })
        << "lines[0].quantity"
        << "Quantity";
    QTest::newRow("line discount above 100 %")
        << broken<O>(validOffer, [](O &o) { o.lines[1].discountBasisPoints = 10001; })
        << "lines[1].discount"
        << "Line discount";
    QTest::newRow("line discount negative")
        << broken<O>(validOffer, [](O &o) { o.lines[0].discountBasisPoints = -1; })
        << "lines[0].discount"
        << "Line discount";
    QTest::newRow("line price negative")
        << broken<O>(validOffer, [](O &o) { o.lines[0].unitPrice = idr(-1); })
        << "lines[0].unitPrice"
        << "Unit price";
    QTest::newRow("line cost negative")
        << broken<O>(validOffer, [](O &o) { o.lines[0].unitCost = idr(-1); }) << "lines[0].unitCost"
        << "Unit cost";
    QTest::newRow("line description")
        << broken<O>(validOffer, [](O &o) { o.lines[0].description.clear(); })
        << "lines[0].description"
        << "Line description";
    QTest::newRow("line in another currency")
        << broken<O>(validOffer,
                     [](O &o) {
                         o.lines[1].unitPrice = Money(100, USD);
                         o.lines[1].unitCost = {};
                     })
        << "lines[1].unitPrice"
        << "USD";
    QTest::newRow("document discount above 100 %")
        << broken<O>(validOffer, [](O &o) { o.documentDiscountBasisPoints = 10001; })
        << "documentDiscount"
        << "Document discount";
    QTest::newRow("document discount negative")
        << broken<O>(validOffer, [](O &o) { o.documentDiscountBasisPoints = -1; })
        << "documentDiscount"
        << "Document discount";
    QTest::newRow("tax above 100 %")
        << broken<O>(validOffer, [](O &o) { o.taxBasisPoints = 10001; }) << "tax"
        << "Tax rate";
    QTest::newRow("tax negative") << broken<O>(validOffer, [](O &o) { o.taxBasisPoints = -1; })
                                  << "tax"
                                  << "Tax rate";
    QTest::newRow("unknown offer currency") << broken<O>(validOffer,
                                                         [](O &o) {
                                                             o.currency = QStringLiteral("XYZ");
                                                             o.lines.clear();
                                                         })
                                            << "currency"
                                            << "XYZ";
    QTest::newRow("no offer currency") << broken<O>(validOffer,
                                                    [](O &o) {
                                                        o.currency.clear();
                                                        o.lines.clear();
                                                    })
                                       << "currency"
                                       << "currency";
    QTest::newRow("valid until before offer date")
        << broken<O>(validOffer, [](O &o) { o.validUntil = o.offerDate.addDays(-1); })
        << "validUntil"
        << "Valid until";
    QTest::newRow("offer version 0")
        << broken<O>(validOffer, [](O &o) { o.version = 0; }) << "version"
        << "Offer version";
    QTest::newRow("payment days negative")
        << broken<O>(validOffer, [](O &o) { o.terms.paymentDays = -1; }) << "terms.paymentDays"
        << "Payment days";

    using Pl = Plan;
    QTest::newRow("walk-away above target")
        << broken<Pl>(validPlan, [](Pl &p) { p.walkAway = idr(101); }) << "walkAway"
        << "Walk-away";
    QTest::newRow("opening below target")
        << broken<Pl>(validPlan, [](Pl &p) { p.opening = idr(99); }) << "opening"
        << "Opening";
    QTest::newRow("walk-away in another currency")
        << broken<Pl>(validPlan, [](Pl &p) { p.walkAway = Money(1, USD); }) << "walkAway"
        << "Walk-away";
    QTest::newRow("negative target") << broken<Pl>(validPlan,
                                                   [](Pl &p) {
                                                       p.target = idr(-1);
                                                       p.walkAway = {};
                                                       p.opening = {};
                                                   })
                                     << "target"
                                     << "Target";

    using T = Tradeable;
    QTest::newRow("tradeable give")
        << broken<T>(validTradeable, [](T &t) { t.give.clear(); }) << "give"
        << "What we give";
    QTest::newRow("value to them 0")
        << broken<T>(validTradeable, [](T &t) { t.valueToThem = 0; }) << "valueToThem"
        << "Value to them";
    QTest::newRow("value to them 6")
        << broken<T>(validTradeable, [](T &t) { t.valueToThem = 6; }) << "valueToThem"
        << "Value to them";
    QTest::newRow("cost to us negative")
        << broken<T>(validTradeable, [](T &t) { t.costToUs = idr(-1); }) << "costToUs"
        << "Cost to us";

    using Co = Concession;
    QTest::newRow("concession change")
        << broken<Co>(validConcession, [](Co &c) { c.change.clear(); }) << "change"
        << "Concession";
    QTest::newRow("round 0") << broken<Co>(validConcession, [](Co &c) { c.round = 0; }) << "round"
                             << "Round";

    using S = SavingsItem;
    QTest::newRow("savings description")
        << broken<S>(timeItem, [](S &s) { s.description.clear(); }) << "description"
        << "Savings description";
    QTest::newRow("realization above 100 %")
        << broken<S>(timeItem, [](S &s) { s.realizationBasisPoints = 10001; }) << "realization"
        << "Realization";
    QTest::newRow("realization negative")
        << broken<S>(timeItem, [](S &s) { s.realizationBasisPoints = -1; }) << "realization"
        << "Realization";
    QTest::newRow("start month 0")
        << broken<S>(timeItem, [](S &s) { s.startMonth = 0; }) << "startMonth"
        << "Start month";
    QTest::newRow("ramp negative")
        << broken<S>(timeItem, [](S &s) { s.rampMonths = -1; }) << "rampMonths"
        << "Ramp-up";
    QTest::newRow("hours saved negative")
        << broken<S>(timeItem, [](S &s) { s.hoursPerMonthMilli = -1; }) << "hoursPerMonth"
        << "Hours saved";
    QTest::newRow("time item without rate")
        << broken<S>(timeItem, [](S &s) { s.hourlyRate = {}; }) << "hourlyRate"
        << "Hourly rate";
    QTest::newRow("money item negative")
        << broken<S>(moneyItem, [](S &s) { s.amountPerMonth = idr(-1); }) << "amountPerMonth"
        << "Amount saved";

    using V = ValueCaseInputs;
    QTest::newRow("horizon 0") << broken<V>(validValueCase, [](V &v) { v.horizonMonths = 0; })
                               << "horizon"
                               << "Horizon";
    QTest::newRow("horizon 121") << broken<V>(validValueCase, [](V &v) { v.horizonMonths = 121; })
                                 << "horizon"
                                 << "Horizon";
    QTest::newRow("item start month 0")
        << broken<V>(validValueCase, [](V &v) { v.items[1].startMonth = 0; })
        << "items[1].startMonth"
        << "Savings 2";
    QTest::newRow("item in another currency")
        << broken<V>(validValueCase, [](V &v) { v.items[0].hourlyRate = Money(100, USD); })
        << "items[0].hourlyRate"
        << "USD";
    QTest::newRow("monthly cost in another currency")
        << broken<V>(validValueCase, [](V &v) { v.monthlyCost = Money(1, USD); }) << "monthlyCost"
        << "Recurring cost";
    QTest::newRow("discount rate above 100 %")
        << broken<V>(validValueCase, [](V &v) { v.annualDiscountRateBasisPoints = 10001; })
        << "discountRate"
        << "discount rate";
    QTest::newRow("scenarios out of order")
        << broken<V>(validValueCase, [](V &v) { v.scenarios.conservative = 11000; }) << "scenarios"
        << "Scenario factors";

    using A = Approval;
    QTest::newRow("approval without offer")
        << broken<A>(validApproval, [](A &a) { a.offerId.clear(); }) << "offerId"
        << "Offer";
    QTest::newRow("approval version 0")
        << broken<A>(validApproval, [](A &a) { a.offerVersion = 0; }) << "offerVersion"
        << "Offer version";
    QTest::newRow("approved without reviewer")
        << broken<A>(validApproval, [](A &a) { a.reviewer.clear(); }) << "reviewer"
        << "Reviewer";
    QTest::newRow("rejected without comment")
        << broken<A>(validApproval, [](A &a) { a.status = ApprovalStatus::Rejected; }) << "comment"
        << "comment";
    QTest::newRow("decided before requested")
        << broken<A>(validApproval, [](A &a) { a.decidedAt = a.requestedAt.addSecs(-60); })
        << "decidedAt"
        << "decision";
}

// Each row breaks exactly one rule, so exactly one error must come back, about that field.
void TestValidation::brokenRuleNamesItsField()
{
    QFETCH(Validator, validate);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const FieldErrors errors = validate();
    QVERIFY2(errors.size() == 1,
             qPrintable(QString::number(errors.size()) + u" errors: " + joinMessages(errors)));
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(words, Qt::CaseInsensitive),
             qPrintable(errors.first().message));
}

void TestValidation::exactMessages()
{
    Customer c = validCustomer();
    c.name.clear();
    QCOMPARE(c.validate(),
             (FieldErrors{{QStringLiteral("name"), QStringLiteral("Customer name is required.")}}));

    Offer o = validOffer();
    o.lines[2].quantityMilli = 0;
    QCOMPARE(o.validate().first().message,
             QStringLiteral("Line 3: Quantity must be more than zero."));

    Plan p = validPlan();
    p.walkAway = idr(150);
    QCOMPARE(p.validate().first().message,
             QStringLiteral("Walk-away price cannot be above the target price."));

    Deal d = validDeal();
    d.probabilityOverride = 12000;
    QCOMPARE(d.validate().first().message,
             QStringLiteral("Probability must be between 0 and 100 %."));
}

void TestValidation::lineFieldPrefix()
{
    OfferLine l = validLine();
    l.quantityMilli = 0;
    QCOMPARE(l.validate().first().field, QStringLiteral("quantity"));
    QCOMPARE(l.validate(QStringLiteral("lines[2]")).first().field,
             QStringLiteral("lines[2].quantity"));

    SavingsItem s = timeItem();
    s.rampMonths = -1;
    QCOMPARE(s.validate(QStringLiteral("items[4]")).first().field,
             QStringLiteral("items[4].rampMonths"));
}

void TestValidation::severalErrorsAreAllReported()
{
    Offer o = validOffer();
    o.lines[0].quantityMilli = 0;
    o.lines[1].discountBasisPoints = 20000;
    o.taxBasisPoints = -5;
    o.validUntil = o.offerDate.addDays(-3);
    QStringList fields;
    for (const FieldError &e : o.validate())
        fields << e.field;
    QCOMPARE(fields,
             (QStringList{QStringLiteral("lines[0].quantity"), QStringLiteral("lines[1].discount"),
                          QStringLiteral("tax"), QStringLiteral("validUntil")}));
}

void TestValidation::joinMessagesOnePerLine()
{
    const FieldErrors errors{{QStringLiteral("a"), QStringLiteral("First.")},
                             {QStringLiteral("b"), QStringLiteral("Second.")}};
    QCOMPARE(joinMessages(errors), QStringLiteral("First.\nSecond."));
    QCOMPARE(joinMessages({}), QString());
}

void TestValidation::productMargin_data()
{
    QTest::addColumn<Money>("price");
    QTest::addColumn<Money>("cost");
    QTest::addColumn<std::optional<qint64>>("margin");
    QTest::newRow("36 %") << idr(1250000) << idr(800000) << std::optional<qint64>(3600);
    QTest::newRow("no cost set") << idr(1250000) << Money() << std::optional<qint64>();
    QTest::newRow("zero cost") << idr(1000) << idr(0) << std::optional<qint64>(10000);
    QTest::newRow("zero price") << idr(0) << idr(10) << std::optional<qint64>();
    // (3 - 2) / 3 = 0,33333 -> 3333 bp
    QTest::newRow("a third") << idr(3) << idr(2) << std::optional<qint64>(3333);
    // (200 - 1) / 200 = 0,995 = 9950 bp exactly; (20000 - 1) / 20000 = 9999,5 -> 10000
    QTest::newRow("half rounds up")
        << Money(20000, USD) << Money(1, USD) << std::optional<qint64>(10000);
    QTest::newRow("below cost") << idr(100) << idr(150) << std::optional<qint64>(-5000);
    QTest::newRow("mixed currency") << idr(100) << Money(50, USD) << std::optional<qint64>();
}

void TestValidation::productMargin()
{
    QFETCH(Money, price);
    QFETCH(Money, cost);
    QFETCH(std::optional<qint64>, margin);
    Product p = validProduct();
    p.unitPrice = price;
    p.unitCost = cost;
    QCOMPARE(p.marginBasisPoints(), margin);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
