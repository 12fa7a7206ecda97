#include "review/reviewfiledialogs.h"

#include "common/bookdocument.h"
#include "storage/approvalflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace Sepakat::ReviewFileDialogs {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ReviewFileDialogs)

public:
    static QString packageFilter()
    {
        return tr("Review packages (*.%1)").arg(reviewPackageSuffix());
    }
    static QString decisionFilter()
    {
        return tr("Decision files (*.%1)").arg(reviewDecisionSuffix());
    }
};

bool writeFile(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QMessageBox::warning(parent, Texts::tr("File not written"),
                         Texts::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

std::optional<QByteArray> readFile(QWidget *parent, const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        return file.readAll();
    QMessageBox::warning(parent, Texts::tr("File not read"),
                         Texts::tr("Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return std::nullopt;
}

// "CRM roll-out round 2.sepakat-review", without characters file systems refuse.
QString suggestedName(const QString &title, int version, const QString &suffix)
{
    QString name = Texts::tr("%1 round %2").arg(title).arg(version);
    static const QString forbidden = QStringLiteral("\\\\/:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u'-';
    }
    return QDir::home().filePath(name + u'.' + suffix);
}

} // namespace

bool savePackage(QWidget *parent, const ReviewPackage &package)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, Texts::tr("Send for review"),
        suggestedName(package.deal.title, package.request.offerVersion, reviewPackageSuffix()),
        Texts::packageFilter());
    if (path.isEmpty() || !writeFile(parent, path, writeReviewPackage(package)))
        return false;
    QMessageBox::information(
        parent, Texts::tr("Review package written"),
        Texts::tr("Send %1 to the manager. It holds internal numbers (walk-away, costs, margins): "
                  "never send it to the customer. Their decision file comes back through "
                  "Import decision.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

std::optional<ReviewPackage> openPackage(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, Texts::tr("Open review package"),
                                                      QString(), Texts::packageFilter());
    if (path.isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> bytes = readFile(parent, path);
    if (!bytes)
        return std::nullopt;
    Result<ReviewPackage> package = readReviewPackage(*bytes);
    if (!package) {
        QMessageBox::warning(parent, Texts::tr("Review package not opened"),
                             Texts::tr("%1\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), package.errorMessage()));
        return std::nullopt;
    }
    return std::move(*package);
}

bool saveDecision(QWidget *parent, const ReviewDecision &decision)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, Texts::tr("Return decision"),
        suggestedName(decision.dealTitle, decision.offerVersion, reviewDecisionSuffix()),
        Texts::decisionFilter());
    if (path.isEmpty() || !writeFile(parent, path, writeReviewDecision(decision)))
        return false;
    QMessageBox::information(parent, Texts::tr("Decision written"),
                             Texts::tr("Send %1 back to the salesperson, who imports it into the "
                                       "deal book.")
                                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool importDecision(QWidget *parent, BookDocument *document)
{
    const QString path = QFileDialog::getOpenFileName(parent, Texts::tr("Import decision"),
                                                      QString(), Texts::decisionFilter());
    if (path.isEmpty())
        return false;
    const std::optional<QByteArray> bytes = readFile(parent, path);
    if (!bytes)
        return false;
    const Result<ReviewDecision> decision = readReviewDecision(*bytes);
    const Status applied = decision ? ApprovalFlow(document->book()).decide(*decision)
                                    : Status(decision.error());
    if (!applied) {
        QMessageBox::warning(parent, Texts::tr("Decision not imported"),
                             Texts::tr("%1\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), applied.errorMessage()));
        return false;
    }
    document->notifyChanged(BookDocument::Part::Worksheet);
    QMessageBox::information(
        parent, Texts::tr("Decision imported"),
        Texts::tr("Round %1 of “%2” is %3 by %4.")
            .arg(decision->offerVersion)
            .arg(decision->dealTitle, approvalStatusName(decision->decision).toLower(),
                 decision->reviewer));
    return true;
}

} // namespace Sepakat::ReviewFileDialogs
