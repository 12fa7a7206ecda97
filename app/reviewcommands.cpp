#include "reviewcommands.h"

#include "cli.h"
#include "common/userprofile.h"
#include "storage/approvalflow.h"
#include "storage/dealbook.h"
#include "storage/repositories.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Sepakat::Cli::Review {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::Cli)

public:
    static QString cannotWrite(const QString &path, const QString &reason)
    {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
    static QString cannotRead(const QString &path, const QString &reason)
    {
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
    static QString badFile(const QString &path, const QString &reason)
    {
        return tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Texts::cannotWrite(path, file.errorString()), {}};
    return Status::success();
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::cannotRead(path, file.errorString()), {}};
    return file.readAll();
}

std::unique_ptr<DealBook> openForWriting(const QString &path)
{
    OpenFailure failure;
    auto book = DealBook::open(path, Access::ReadWrite, &failure);
    if (!book) {
        fail(failure.message);
        return nullptr;
    }
    if (book->isReadOnly()) {
        fail(Texts::tr("%1 is read-only: %2").arg(QDir::toNativeSeparators(path),
                                                  book->readOnlyReason()));
        return nullptr;
    }
    book->setUserName(UserProfile::load().effectiveName());
    return book;
}

} // namespace

int exportPackage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), Texts::tr("The deal book."));
    parser.addOption({QStringLiteral("deal"), Texts::tr("The deal's id (see deals)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("output"), Texts::tr("The review package to write."),
                      QStringLiteral("P.sepakat-review")});
    parser.addOption({QStringLiteral("note"),
                      Texts::tr("A short note for the manager, when the round is submitted now."),
                      QStringLiteral("TEXT")});
    const QString synopsis = QStringLiteral(
        "review-export BOOK.sepakat --deal ID --output P.sepakat-review [--note TEXT]");
    if (const auto stop = parseCommandLine(parser, arguments, 1, synopsis))
        return *stop;
    if (!parser.isSet(QStringLiteral("deal")) || !parser.isSet(QStringLiteral("output")))
        return fail(Texts::tr("usage: sepakat %1").arg(synopsis), kUsage);

    auto book = openForWriting(parser.positionalArguments().constFirst());
    if (!book)
        return kFailed;
    const QString dealId = parser.value(QStringLiteral("deal"));
    const std::optional<Deal> deal = book->deals().find(dealId);
    if (!deal)
        return fail(Texts::tr("The deal book has no deal with the id %1.").arg(dealId));
    const QList<Offer> offers = book->worksheets().offers(dealId);
    if (offers.isEmpty())
        return fail(Texts::tr("“%1” has no offer yet.").arg(deal->title));
    const Offer &latest = offers.last();

    // The latest round goes for review: submitted now when it needs approval, as the Offer
    // page's Submit does; written again when it is already waiting.
    ApprovalFlow flow(*book);
    if (latest.status != OfferStatus::Pending) {
        const Status submitted =
            flow.submit(latest.id, parser.value(QStringLiteral("note")), QLocale());
        if (!submitted)
            return fail(submitted.errorMessage());
    }
    const Result<ReviewPackage> package = flow.reviewPackage(latest.id, QLocale());
    if (!package)
        return fail(package.errorMessage());
    const QString output = parser.value(QStringLiteral("output"));
    if (const Status written = writeFile(output, writeReviewPackage(*package)); !written)
        return fail(written.errorMessage());
    out() << Texts::tr("Wrote %1: round %2 of “%3”, waiting for a decision.")
                 .arg(QFileInfo(output).absoluteFilePath())
                 .arg(latest.version)
                 .arg(deal->title)
          << Qt::endl;
    return kOk;
}

int decide(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PACKAGE"),
                                 Texts::tr("The review package (only read)."));
    parser.addOption({QStringLiteral("approve"), Texts::tr("Approve the offer round.")});
    parser.addOption({QStringLiteral("reject"), Texts::tr("Reject it (a comment is required).")});
    parser.addOption({QStringLiteral("comment"), Texts::tr("The decision's comment."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("reviewer"), Texts::tr("Who decides."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("output"), Texts::tr("The decision file to write."),
                      QStringLiteral("D.sepakat-decision")});
    const QString synopsis =
        QStringLiteral("review-decide P.sepakat-review --approve|--reject --comment TEXT "
                       "--reviewer NAME --output D.sepakat-decision");
    if (const auto stop = parseCommandLine(parser, arguments, 1, synopsis))
        return *stop;
    const bool approve = parser.isSet(QStringLiteral("approve"));
    if (approve == parser.isSet(QStringLiteral("reject")) || !parser.isSet(QStringLiteral("output"))
        || !parser.isSet(QStringLiteral("reviewer")))
        return fail(Texts::tr("usage: sepakat %1").arg(synopsis), kUsage);

    const QString path = parser.positionalArguments().constFirst();
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return fail(bytes.errorMessage());
    const Result<ReviewPackage> package = readReviewPackage(*bytes);
    if (!package)
        return fail(Texts::badFile(path, package.errorMessage()));
    const Result<ReviewDecision> decision = decideOnPackage(
        *package, approve ? ApprovalStatus::Approved : ApprovalStatus::Rejected,
        parser.value(QStringLiteral("reviewer")), parser.value(QStringLiteral("comment")),
        Clock::current().now());
    if (!decision)
        return fail(decision.errorMessage(), kUsage);
    const QString output = parser.value(QStringLiteral("output"));
    if (const Status written = writeFile(output, writeReviewDecision(*decision)); !written)
        return fail(written.errorMessage());
    out() << Texts::tr("Wrote %1: round %2 of “%3” %4 by %5.")
                 .arg(QFileInfo(output).absoluteFilePath())
                 .arg(decision->offerVersion)
                 .arg(decision->dealTitle, approvalStatusName(decision->decision).toLower(),
                      decision->reviewer)
          << Qt::endl;
    return kOk;
}

int importDecision(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BOOK"), Texts::tr("The deal book."));
    parser.addPositionalArgument(QStringLiteral("DECISION"), Texts::tr("The decision file."));
    const QString synopsis = QStringLiteral("review-import BOOK.sepakat D.sepakat-decision");
    if (const auto stop = parseCommandLine(parser, arguments, 2, synopsis))
        return *stop;
    const QString path = parser.positionalArguments().at(1);
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return fail(bytes.errorMessage());
    const Result<ReviewDecision> decision = readReviewDecision(*bytes);
    if (!decision)
        return fail(Texts::badFile(path, decision.errorMessage()));
    auto book = openForWriting(parser.positionalArguments().constFirst());
    if (!book)
        return kFailed;
    if (const Status applied = ApprovalFlow(*book).decide(*decision); !applied)
        return fail(applied.errorMessage());
    out() << Texts::tr("Applied: round %1 of “%2” %3 by %4.")
                 .arg(decision->offerVersion)
                 .arg(decision->dealTitle, approvalStatusName(decision->decision).toLower(),
                      decision->reviewer)
          << Qt::endl;
    return kOk;
}

} // namespace Sepakat::Cli::Review
