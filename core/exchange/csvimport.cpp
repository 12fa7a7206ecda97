#include "exchange/csvimport.h"

#include "storage/bulkinsert.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <array>

namespace Sepakat::Exchange {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Exchange)
};

constexpr int kColumnCount = int(Column::Owner) + 1;

// The key names and titles are compared by. Plain ASCII, as most are, is lower-cased here: Qt's
// general case folding costs some 2,000 instructions a call, once per row of a deals file.
QString fold(const QString &text)
{
    QString folded = text.trimmed();
    const auto ascii = [](QChar c) { return c.unicode() < 0x80; };
    if (!std::all_of(folded.cbegin(), folded.cend(), ascii))
        return folded.toCaseFolded();
    const auto upper = [](QChar c) { return c >= u'A' && c <= u'Z'; };
    if (std::any_of(folded.cbegin(), folded.cend(), upper)) {
        for (QChar &c : folded) {
            if (upper(c))
                c = QChar(c.unicode() + (u'a' - u'A'));
        }
    }
    return folded;
}

// yyyy-MM-dd or dd/MM/yyyy (one-digit day and month too); an invalid date otherwise.
QDate parseDate(const QString &text)
{
    if (text.contains(u'-'))
        return QDate::fromString(text, Qt::ISODate);
    // Read digit by digit: splitting and converting each part was a tenth of checking a row.
    const qsizetype firstSlash = text.indexOf(u'/');
    const qsizetype secondSlash = text.indexOf(u'/', firstSlash + 1);
    const auto number = [&text](qsizetype from, qsizetype to, qsizetype maxDigits) {
        if (to - from < 1 || to - from > maxDigits)
            return -1;
        int value = 0;
        for (qsizetype i = from; i < to; ++i) {
            if (text[i] < u'0' || text[i] > u'9')
                return -1;
            value = value * 10 + (text[i].unicode() - u'0');
        }
        return value;
    };
    if (firstSlash < 0 || secondSlash < 0 || text.size() - secondSlash - 1 != 4)
        return {};
    const int day = number(0, firstSlash, 2);
    const int month = number(firstSlash + 1, secondSlash, 2);
    const int year = number(secondSlash + 1, text.size(), 4);
    if (day < 0 || month < 0 || year < 0)
        return {};
    return QDate(year, month, day);
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = fold(text);
    if (t.isEmpty() || t == u"yes" || t == u"ya" || t == u"true" || t == u"1" || t == u"y")
        return true;
    if (t == u"no" || t == u"tidak" || t == u"false" || t == u"0" || t == u"n")
        return false;
    return std::nullopt;
}

// Ids for the new rows of one import, in increasing order (UUID version 7 layout: the time,
// then a counter, then randomness drawn once). Random version 4 ids would land all over the
// primary-key index and make SQLite touch a different page for every row; these append.
class IdSequence
{
public:
    IdSequence()
        : m_time(quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFull)
        , m_random(QRandomGenerator::global()->generate64())
    {
    }

    QString next()
    {
        const quint64 counter = m_counter++;
        const quint64 high = (m_time << 16) | 0x7000u | ((counter >> 32) & 0x0FFFu);
        const quint64 low = 0x8000'0000'0000'0000ull | ((counter & 0xFFFF'FFFFull) << 30)
                            | (m_random & 0x3FFF'FFFFull);
        const auto byte = [low](int i) { return uchar(low >> (56 - 8 * i)); };
        return QUuid(uint(high >> 32), ushort(high >> 16), ushort(high), byte(0), byte(1), byte(2),
                     byte(3), byte(4), byte(5), byte(6), byte(7))
            .toString(QUuid::WithoutBraces);
    }

private:
    quint64 m_time;
    quint64 m_random;
    quint64 m_counter = 0;
};

// What the planner knows of the book and of the rows accepted so far.
struct Known
{
    IdSequence newIds;
    QString bookCurrency;
    QSet<QString> ids;                     // every id in the book or accepted, of any list
    QHash<QString, QString> customerByName; // folded name -> id
    QHash<QString, qint64> customerNameRow; // folded name -> row in the customers file
    QHash<QString, qsizetype> customerPlanned; // folded name -> index in plan.customers
    QSet<QString> customerIds;
    QHash<QString, qint64> skuRow;     // folded SKU -> row in the file, 0 when in the book
    QHash<QString, qint64> dealKeyRow; // folded title + customer id -> the same
    // A deals file names the same few hundred customers over and over: the id each customer
    // cell as written resolved to, so each is folded and looked up once.
    QHash<QString, QString> customerByCell;
    // Stage names seen so far: stageFromName translates on every call, too slow per row.
    QHash<QString, std::optional<Stage>> stages;
};

// Reads one row's cells by column and collects what is wrong with them.
class Row
{
public:
    Row(const ImportFile &file, const std::array<int, kColumnCount> &index, qsizetype record,
        QList<ImportProblem> *problems)
        : m_file(file), m_index(index), m_cells(file.table.records.at(record)),
          m_row(file.table.rows.at(record)), m_problems(problems)
    {
        if (m_cells.size() > file.table.header.size())
            failRow(Text::tr("the row has %1 cells but the header has %2; a quote may be "
                             "missing or a separator too many.")
                        .arg(m_cells.size())
                        .arg(file.table.header.size()));
    }

    qint64 number() const { return m_row; }
    bool invalid() const { return m_invalid; }

    QString cell(Column column) const
    {
        const int at = m_index[int(column)];
        return at >= 0 && at < m_cells.size() ? m_cells.at(at).trimmed() : QString();
    }

    QString required(Column column)
    {
        const QString text = cell(column);
        if (text.isEmpty())
            fail(column, Text::tr("a value is required."));
        return text;
    }

    void fail(Column column, const QString &reason)
    {
        add(ImportProblem::Kind::Invalid, header(column), reason);
        m_invalid = true;
    }
    void failRow(const QString &reason)
    {
        add(ImportProblem::Kind::Invalid, {}, reason);
        m_invalid = true;
    }
    void duplicate(Column column, const QString &reason)
    {
        add(ImportProblem::Kind::Duplicate, header(column), reason);
    }

    // The domain's own rules, on what the cells made; each message under the column it is about.
    void check(const FieldErrors &errors, const QList<std::pair<QString, Column>> &columns)
    {
        if (m_invalid)
            return; // the cells' own messages say it better
        for (const FieldError &e : errors) {
            const auto match = std::find_if(columns.cbegin(), columns.cend(), [&](const auto &c) {
                return e.field == c.first || e.field.endsWith(u'.' + c.first);
            });
            if (match != columns.cend())
                fail(match->second, e.message);
            else
                failRow(e.message);
        }
    }

    Money money(Column column, const QString &currency, const QLocale &locale, bool required)
    {
        const QString text = cell(column);
        if (text.isEmpty()) {
            if (required)
                fail(column, Text::tr("a value is required."));
            return Money::zero(currency);
        }
        const Result<Money> parsed = Money::parse(text, currency, locale);
        if (!parsed) {
            fail(column, parsed.errorMessage());
            return Money::zero(currency);
        }
        if (parsed->isNegative())
            fail(column, Text::tr("\"%1\" is negative; amounts cannot be below zero.").arg(text));
        return parsed.value();
    }

    QString currency(const QString &bookCurrency)
    {
        const QString text = cell(Column::Currency).toUpper();
        if (text.isEmpty())
            return bookCurrency;
        if (!Money::isKnownCurrency(text)) {
            fail(Column::Currency, Text::tr("\"%1\" is not a currency code such as IDR or USD.")
                                       .arg(cell(Column::Currency)));
            return bookCurrency;
        }
        return text;
    }

private:
    QString header(Column column) const
    {
        const int at = m_index[int(column)];
        return at >= 0 ? m_file.table.header.at(at).trimmed() : columnTitle(column);
    }
    void add(ImportProblem::Kind kind, const QString &column, const QString &reason)
    {
        m_problems->append({kind, m_file.name, m_row, column, reason});
    }

    const ImportFile &m_file;
    const std::array<int, kColumnCount> &m_index;
    const QStringList &m_cells;
    qint64 m_row;
    QList<ImportProblem> *m_problems;
    bool m_invalid = false;
};

QString takeId(Row &row, Known &known)
{
    const QString id = row.cell(Column::Id);
    if (id.isEmpty())
        return known.newIds.next();
    if (known.ids.contains(id)) {
        row.duplicate(Column::Id, Text::tr("the id %1 is already in the deal book or the file; "
                                           "not imported again.")
                                      .arg(id));
        return {};
    }
    return id;
}

void planCustomer(Row &row, Known &known, ImportPlan &plan)
{
    Customer c;
    c.name = row.required(Column::Name);
    c.industry = row.cell(Column::Industry);
    c.country = row.cell(Column::Country);
    c.city = row.cell(Column::City);
    c.address = row.cell(Column::Address);
    c.notes = row.cell(Column::Notes);
    Contact contact{{}, row.cell(Column::Contact), row.cell(Column::ContactRole),
                    row.cell(Column::Email), row.cell(Column::Phone)};
    if (!contact.name.isEmpty())
        c.contacts << contact;
    else if (!contact.role.isEmpty() || !contact.email.isEmpty() || !contact.phone.isEmpty())
        row.fail(Column::Contact, Text::tr("a contact's role, email or phone needs the contact's "
                                           "name too."));
    row.check(c.validate(), {{QStringLiteral("name"), Column::Name},
                             {QStringLiteral("email"), Column::Email}});
    if (row.invalid())
        return;
    const QString key = fold(c.name);
    // A customer with several contacts takes one row per contact (as the export writes it).
    if (known.customerPlanned.contains(key) && !c.contacts.isEmpty()) {
        plan.customers[known.customerPlanned.value(key)].contacts << c.contacts.first();
        return;
    }
    if (known.customerByName.contains(key)) {
        const qint64 first = known.customerNameRow.value(key);
        row.duplicate(Column::Name,
                      first > 0 ? Text::tr("\"%1\" is the same customer as row %2; not imported "
                                           "twice.")
                                      .arg(c.name)
                                      .arg(first)
                                : Text::tr("\"%1\" is already in the deal book; not imported "
                                           "again.")
                                      .arg(c.name));
        return;
    }
    c.id = takeId(row, known);
    if (c.id.isEmpty())
        return;
    known.ids.insert(c.id);
    known.customerIds.insert(c.id);
    known.customerByName.insert(key, c.id);
    known.customerNameRow.insert(key, row.number());
    known.customerPlanned.insert(key, plan.customers.size());
    plan.customers << c;
}

void planProduct(Row &row, Known &known, const QLocale &locale, ImportPlan &plan)
{
    Product p;
    p.sku = row.required(Column::Sku);
    p.name = row.required(Column::Name);
    p.unit = row.cell(Column::Unit);
    p.benefit = row.cell(Column::Benefit);
    const QString currency = row.currency(known.bookCurrency);
    p.unitPrice = row.money(Column::Price, currency, locale, true);
    p.unitCost = row.money(Column::Cost, currency, locale, false);
    if (const std::optional<bool> active = parseFlag(row.cell(Column::Active)))
        p.active = *active;
    else
        row.fail(Column::Active, Text::tr("\"%1\" is not yes or no.").arg(row.cell(Column::Active)));
    row.check(p.validate(), {{QStringLiteral("sku"), Column::Sku},
                             {QStringLiteral("name"), Column::Name},
                             {QStringLiteral("unitPrice"), Column::Price},
                             {QStringLiteral("unitCost"), Column::Cost}});
    if (row.invalid())
        return;
    const QString key = fold(p.sku);
    if (const auto found = known.skuRow.constFind(key); found != known.skuRow.cend()) {
        const qint64 first = *found;
        row.duplicate(Column::Sku,
                      first > 0 ? Text::tr("SKU %1 is the same product as row %2; not imported "
                                           "twice.")
                                      .arg(p.sku)
                                      .arg(first)
                                : Text::tr("SKU %1 is already in the catalog; not imported again.")
                                      .arg(p.sku));
        return;
    }
    p.id = takeId(row, known);
    if (p.id.isEmpty())
        return;
    known.ids.insert(p.id);
    known.skuRow.insert(key, row.number());
    plan.products << p;
}

void planDeal(Row &row, Known &known, const QLocale &locale, ImportPlan &plan)
{
    Deal d;
    d.title = row.required(Column::Title);
    const QString customer = row.required(Column::Customer);
    if (!customer.isEmpty()) {
        auto resolved = known.customerByCell.constFind(customer);
        if (resolved == known.customerByCell.cend()) {
            const QString id = known.customerIds.contains(customer)
                                   ? customer
                                   : known.customerByName.value(fold(customer));
            resolved = known.customerByCell.insert(customer, id);
        }
        d.customerId = *resolved;
        if (d.customerId.isEmpty())
            row.fail(Column::Customer, Text::tr("no customer \"%1\" in the deal book or the "
                                                "customers file.")
                                           .arg(customer));
    }
    if (const QString stage = row.cell(Column::Stage); !stage.isEmpty()) {
        auto found = known.stages.find(stage);
        if (found == known.stages.end())
            found = known.stages.insert(stage, stageFromName(stage));
        if (!*found)
            row.fail(Column::Stage, Text::tr("\"%1\" is not a stage. Use Prospect, Qualified, "
                                             "Proposal, Negotiation, Won or Lost.")
                                        .arg(stage));
        else
            d.stage = **found;
    }
    d.value = row.money(Column::Value, row.currency(known.bookCurrency), locale, false);
    if (const QString close = row.cell(Column::ExpectedClose); !close.isEmpty()) {
        d.expectedClose = parseDate(close);
        if (!d.expectedClose.isValid())
            row.fail(Column::ExpectedClose,
                     Text::tr("\"%1\" is not a date; write 2025-03-31 or 31/03/2025.").arg(close));
    }
    d.owner = row.cell(Column::Owner);
    row.check(d.validate(), {{QStringLiteral("title"), Column::Title},
                             {QStringLiteral("customerId"), Column::Customer},
                             {QStringLiteral("value"), Column::Value}});
    if (row.invalid())
        return;
    const QString key = fold(d.title) + u'\x1f' + d.customerId;
    if (const auto found = known.dealKeyRow.constFind(key); found != known.dealKeyRow.cend()) {
        const qint64 first = *found;
        row.duplicate(Column::Title,
                      first > 0 ? Text::tr("\"%1\" for this customer is the same deal as row %2; "
                                           "not imported twice.")
                                      .arg(d.title)
                                      .arg(first)
                                : Text::tr("\"%1\" for this customer is already in the deal "
                                           "book; not imported again.")
                                      .arg(d.title));
        return;
    }
    d.id = takeId(row, known);
    if (d.id.isEmpty())
        return;
    known.ids.insert(d.id);
    known.dealKeyRow.insert(key, row.number());
    plan.deals << d;
}

Known knownOf(DealBook &book)
{
    Known known;
    known.bookCurrency = book.settings().load().currency;
    for (const Customer &c : book.customers().all()) {
        known.ids.insert(c.id);
        known.customerIds.insert(c.id);
        known.customerByName.insert(fold(c.name), c.id);
    }
    for (const Product &p : book.products().all()) {
        known.ids.insert(p.id);
        known.skuRow.insert(fold(p.sku), 0);
    }
    // Only the three columns that tell deals apart: importing ten rows into a book of 100,000
    // deals read every deal whole before (1.2 s).
    for (const DealKey &deal : book.deals().keys()) {
        known.ids.insert(deal.id);
        known.dealKeyRow.insert(fold(deal.title) + u'\x1f' + deal.customerId, 0);
    }
    return known;
}

QLocale numberLocale(NumberStyle style, QChar separator)
{
    const bool comma = style == NumberStyle::CommaDecimal
                       || (style == NumberStyle::FromFile && separator == u';');
    return comma ? QLocale(QLocale::Indonesian, QLocale::Indonesia) : QLocale::c();
}

} // namespace

Result<ImportFile> importFileFrom(ListKind kind, const QString &name, QByteArrayView bytes,
                                  const CsvReadOptions &options)
{
    Result<CsvTable> table = readCsv(bytes, options);
    if (!table)
        return Error{name + QStringLiteral(": ") + table.errorMessage(), table.error().field};
    ImportFile file;
    file.kind = kind;
    file.name = name;
    file.table = std::move(table).value();
    file.mapping = mapHeader(kind, file.table.header);
    return file;
}

Result<ImportFile> loadImportFile(ListKind kind, const QString &path, const CsvReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    return importFileFrom(kind, QFileInfo(path).fileName(), file.readAll(), options);
}

QString ImportProblem::describe() const
{
    if (row <= 0)
        return Text::tr("%1: %2").arg(file, reason);
    if (column.isEmpty())
        return Text::tr("%1 row %2: %3").arg(file).arg(row).arg(reason);
    return Text::tr("%1 row %2, column %3: %4").arg(file).arg(row).arg(column, reason);
}

bool ImportPlan::hasInvalid() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const ImportProblem &p) {
        return p.kind == ImportProblem::Kind::Invalid;
    });
}

qint64 ImportPlan::invalidRows() const
{
    QSet<QString> rows;
    for (const ImportProblem &p : problems) {
        if (p.kind == ImportProblem::Kind::Invalid)
            rows.insert(p.file + u'\n' + QString::number(p.row));
    }
    return rows.size();
}

ImportPlan planImport(DealBook &book, const QList<ImportFile> &files, const ImportOptions &options)
{
    ImportPlan plan;
    Known known = knownOf(book);
    // Products and customers first, so deals can refer to customers of the same import.
    for (const ListKind kind : {ListKind::Products, ListKind::Customers, ListKind::Deals}) {
        for (const ImportFile &file : files) {
            if (file.kind != kind)
                continue;
            if (const QStringList missing = missingRequired(kind, file.mapping); !missing.isEmpty()) {
                plan.problems.append({ImportProblem::Kind::Invalid, file.name, 0, {},
                                      Text::tr("the file has no column for %1; map one of its "
                                               "columns to it or add it to the header.")
                                          .arg(missing.join(QStringLiteral(", ")))});
                continue;
            }
            std::array<int, kColumnCount> index;
            index.fill(-1);
            for (qsizetype i = 0; i < file.mapping.size(); ++i) {
                if (file.mapping.at(i))
                    index[int(*file.mapping.at(i))] = int(i);
            }
            const QLocale locale = numberLocale(options.numbers, file.table.separator);
            for (qsizetype r = 0; r < file.table.records.size(); ++r) {
                Row row(file, index, r, &plan.problems);
                ++plan.rowsRead;
                switch (kind) {
                case ListKind::Customers:
                    planCustomer(row, known, plan);
                    break;
                case ListKind::Products:
                    planProduct(row, known, locale, plan);
                    break;
                case ListKind::Deals:
                    planDeal(row, known, locale, plan);
                    break;
                }
            }
        }
    }
    return plan;
}

Result<ImportCounts> runImport(DealBook &book, const ImportPlan &plan, const ImportOptions &options)
{
    if (plan.hasInvalid() && !options.skipInvalid)
        return Error{QCoreApplication::translate(
                         "Sepakat::Exchange",
                         "Nothing was imported: %n row(s) have problems. Correct them, or choose "
                         "to skip invalid rows.",
                         nullptr, int(plan.invalidRows())),
                     {}};
    ImportCounts counts;
    const Status written = book.transact([&]() -> Status {
        BulkInsert insert(book);
        for (const Product &p : plan.products) {
            if (Status s = insert.product(p); !s)
                return s;
        }
        for (const Customer &c : plan.customers) {
            if (Status s = insert.customer(c); !s)
                return s;
        }
        const Status deals = insert.addingDeals(plan.deals.size(), [&]() -> Status {
            for (const Deal &d : plan.deals) {
                if (Status s = insert.deal(d); !s)
                    return s;
            }
            return Status::success();
        });
        if (!deals)
            return deals;
        counts = {plan.customers.size(), plan.products.size(), plan.deals.size()};
        if (counts.total() == 0)
            return Status::success();
        AuditEvent event;
        event.entity = QStringLiteral("book");
        event.action = QStringLiteral("csv-imported");
        event.detail = QStringLiteral("%1 customers, %2 products, %3 deals")
                           .arg(counts.customers)
                           .arg(counts.products)
                           .arg(counts.deals);
        return book.audit().append(event);
    });
    if (!written)
        return Error{Text::tr("Nothing was imported: %1").arg(written.errorMessage()), {}};
    return counts;
}

} // namespace Sepakat::Exchange
