#include "damagedbooks.h"

#include "storage/demo.h"
#include "tempbook.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace Sepakat::Testing {

namespace {

constexpr int kHeaderSize = 100;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Flips `count` random bits past the SQLite header: the kind of damage a failing disk or a bad
// copy leaves, which the header checks cannot see.
QByteArray withBitFlips(QByteArray bytes, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        const auto at =
            kHeaderSize + qsizetype(random.bounded(quint32(bytes.size() - kHeaderSize)));
        bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
    }
    return bytes;
}

} // namespace

QList<DamagedBook> writeDamagedBooks(const QString &folder)
{
    const QString sourcePath = QDir(folder).filePath(QStringLiteral(".source.sepakat"));
    if (!writeDemoBook(sourcePath, {40, 8}))
        return {};
    const QByteArray book = fileBytes(sourcePath);
    QFile::remove(sourcePath);
    if (book.size() < 16 * 4096)
        return {};

    QList<DamagedBook> corpus;
    int number = 0;
    const auto add = [&](const QString &name, const QByteArray &bytes, OpenProblem problem,
                         const QString &messagePart) {
        const QString path =
            QDir(folder).filePath(QStringLiteral("damaged-%1.sepakat").arg(++number));
        if (writeFile(path, bytes))
            corpus.append({name, path, problem, messagePart});
    };
    const QString cutOff = QStringLiteral("it was probably cut off");

    add(QStringLiteral("empty"), {}, OpenProblem::EmptyFile, QStringLiteral("is empty"));
    add(QStringLiteral("truncated inside the header"), book.left(50), OpenProblem::Damaged,
        QStringLiteral("the file ends inside its header"));
    for (const qsizetype at : {qsizetype(kHeaderSize), qsizetype(4096), book.size() / 3,
                               book.size() / 2, book.size() - 4096, book.size() - 1}) {
        add(QStringLiteral("truncated at %1 of %2 bytes").arg(at).arg(book.size()), book.left(at),
            OpenProblem::Damaged, cutOff);
    }
    for (const auto &[flips, seed] :
         {std::pair{1, 1u}, {1, 2u}, {8, 3u}, {8, 4u}, {64, 5u}, {64, 6u}, {512, 7u}, {4096, 8u}}) {
        add(QStringLiteral("%1 random bit flips, seed %2").arg(flips).arg(seed),
            withBitFlips(book, flips, seed), OpenProblem::None, {});
    }
    QByteArray zeroedHeader = book;
    zeroedHeader.replace(0, kHeaderSize, QByteArray(kHeaderSize, '\0'));
    add(QStringLiteral("header zeroed"), zeroedHeader, OpenProblem::NotSqlite,
        QStringLiteral("it is not an SQLite database"));
    QByteArray badPageSize = book;
    badPageSize[16] = '\x03'; // 0x0310: not a power of two
    add(QStringLiteral("page size in the header damaged"), badPageSize, OpenProblem::Damaged,
        QStringLiteral("its SQLite header is not valid"));

    const QString foreign = QDir(folder).filePath(QStringLiteral("damaged-foreign.sepakat"));
    if (runSqlOn(foreign, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                           QStringLiteral("INSERT INTO notes (body) VALUES ('rapat Senin')")})
            .isEmpty()) {
        corpus.append({QStringLiteral("another SQLite database"), foreign, OpenProblem::NotDealBook,
                       QStringLiteral("an SQLite database, but not a Sepakat deal book")});
    }
    const QString newer = QDir(folder).filePath(QStringLiteral("damaged-newer.sepakat"));
    if (writeFile(newer, book) &&
        runSqlOn(
            newer,
            {QStringLiteral("PRAGMA user_version=%1").arg(DealBook::currentSchemaVersion() + 1)})
            .isEmpty()) {
        corpus.append({QStringLiteral("newer schema"), newer, OpenProblem::NewerSchema,
                       QStringLiteral("was made by a newer Sepakat (schema %1")
                           .arg(DealBook::currentSchemaVersion() + 1)});
    }
    const QString directory = QDir(folder).filePath(QStringLiteral("damaged-folder.sepakat"));
    if (QDir().mkpath(directory)) {
        corpus.append({QStringLiteral("a folder"), directory, OpenProblem::Io,
                       QStringLiteral("is a folder, not a deal book")});
    }
    const QString locked = QDir(folder).filePath(QStringLiteral("damaged-unreadable.sepakat"));
    if (writeFile(locked, book) && QFile::setPermissions(locked, QFileDevice::WriteOwner)) {
        corpus.append({QStringLiteral("no read permission"), locked, OpenProblem::Io,
                       QStringLiteral("cannot be read"), true});
    }
    return corpus;
}

bool permissionsAreIgnored(const QString &unreadablePath)
{
    QFile file(unreadablePath);
    return file.open(QIODevice::ReadOnly);
}

} // namespace Sepakat::Testing
