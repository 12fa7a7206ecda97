#include "tempbook.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Sepakat::Testing {

TempBook::TempBook()
{
    OpenFailure failure;
    m_book = DealBook::create(path(), &failure);
    if (!m_book)
        qWarning("TempBook: %s", qPrintable(failure.message));
}

bool TempBook::reopen(Access access)
{
    m_book.reset();
    OpenFailure failure;
    m_book = DealBook::open(path(), access, &failure);
    return m_book != nullptr;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString runSqlOn(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("sepakat-test-raw-%1").arg(++counter);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    problem = sql + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace Sepakat::Testing
