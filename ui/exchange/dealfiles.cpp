#include "exchange/dealfiles.h"

#include "common/bookdocument.h"
#include "common/exportfolder.h"
#include "exchange/csvexport.h"
#include "exchange/dealtransfer.h"
#include "storage/dealbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>

namespace Sepakat::DealFiles {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::DealFiles)
};

QString fileFilter()
{
    return Text::tr("Deal files (*.json);;All files (*)");
}

} // namespace

QString exportDeal(QWidget *parent, BookDocument &document, const QString &dealId)
{
    const Result<Exchange::DealDocument> deal = Exchange::loadDeal(document.book(), dealId);
    if (!deal) {
        QMessageBox::warning(parent, Text::tr("Export deal file"), deal.errorMessage());
        return {};
    }
    const QString suggested = fileNameSafe(deal->deal.title + u' ' + deal->customer.name);
    // The dialog adds ".json" to a name typed without it, and asks before replacing that file.
    QFileDialog dialog(parent, Text::tr("Export deal file"),
                       QDir(exportFolder()).filePath(suggested + QStringLiteral(".json")),
                       fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    return writeDealFile(parent, document, dealId, path) ? path : QString();
}

bool writeDealFile(QWidget *parent, BookDocument &document, const QString &dealId,
                   const QString &path)
{
    const Result<Exchange::DealDocument> deal = Exchange::loadDeal(document.book(), dealId);
    const Status written = deal ? Exchange::writeFileAtomically(path, Exchange::writeDealJson(*deal))
                                : Status(deal.error());
    if (!written) {
        QMessageBox::warning(parent, Text::tr("Export deal file"), written.errorMessage());
        return false;
    }
    rememberExportFolder(path);
    return true;
}

QString importDeal(QWidget *parent, BookDocument &document)
{
    const QString path = QFileDialog::getOpenFileName(parent, Text::tr("Import deal file"),
                                                      exportFolder(), fileFilter());
    return path.isEmpty() ? QString() : importDealFile(parent, document, path);
}

QString importDealFile(QWidget *parent, BookDocument &document, const QString &path)
{
    const QString title = Text::tr("Import deal file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, title,
                             Text::tr("Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    const Result<Exchange::DealDocument> deal = Exchange::readDealJson(file.readAll());
    const Status stored = deal ? Exchange::storeDeal(document.book(), *deal) : Status(deal.error());
    if (!stored) {
        QMessageBox::warning(parent, title,
                             Text::tr("%1 was not imported; the deal book is unchanged.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), stored.errorMessage()));
        return {};
    }
    // A customer or products may have come with the deal.
    for (const auto part : {BookDocument::Part::Customers, BookDocument::Part::Products,
                            BookDocument::Part::Deals})
        document.notifyChanged(part);
    return deal->deal.id;
}

} // namespace Sepakat::DealFiles
