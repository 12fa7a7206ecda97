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
#include <QFileInfo>
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
    const QString title = Text::tr("Export deal file");
    const Result<Exchange::DealDocument> deal = Exchange::loadDeal(document.book(), dealId);
    if (!deal) {
        QMessageBox::warning(parent, title, deal.errorMessage());
        return {};
    }
    const QString suggested = fileNameSafe(deal->deal.title + u' ' + deal->customer.name);
    QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(exportFolder()).filePath(suggested + QStringLiteral(".json")),
        fileFilter());
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (const Status written = Exchange::writeFileAtomically(path, Exchange::writeDealJson(*deal));
        !written) {
        QMessageBox::warning(parent, title, written.errorMessage());
        return {};
    }
    rememberExportFolder(path);
    return path;
}

QString importDeal(QWidget *parent, BookDocument &document)
{
    const QString title = Text::tr("Import deal file");
    const QString path = QFileDialog::getOpenFileName(parent, title, exportFolder(), fileFilter());
    if (path.isEmpty())
        return {};
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
