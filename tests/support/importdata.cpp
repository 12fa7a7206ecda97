#include "importdata.h"

#include <QString>

namespace Sepakat::Testing {

namespace {

const char *const kStages[] = {"Prospect", "Qualified", "Proposal", "Negotiation", "Won", "Lost"};
const char *const kCurrencies[] = {"IDR", "IDR", "IDR", "USD", "SGD"};
const char *const kOwners[] = {"Dewi Lestari", "Andi Wijaya", "Rina Hartono", "Budi Santoso"};
const char *const kCities[] = {"Jakarta", "Surabaya", "Bandung", "Medan", "Makassar"};

} // namespace

QByteArray generatedCustomersCsv(int customers)
{
    QByteArray csv = "Name,Industry,Country,City,Notes\n";
    for (int i = 1; i <= customers; ++i)
        csv += "Customer " + QByteArray::number(i) + ",Distribution,ID," + kCities[i % 5]
               + ",\"Imported, with a comma\"\n";
    return csv;
}

QByteArray generatedDealsCsv(int deals, int customers)
{
    QByteArray csv = "Title,Customer,Stage,Value,Currency,Expected close,Owner\n";
    csv.reserve(qsizetype(deals) * 90);
    for (int i = 0; i < deals; ++i) {
        const char *currency = kCurrencies[i % 5];
        const bool decimals = currency[0] != 'I';
        // A quoted title with doubled quotes, as a spreadsheet writes "Deal 7 "roll-out"".
        csv += "\"Deal " + QByteArray::number(i + 1) + " \"\"roll-out\"\"\",Customer "
               + QByteArray::number(1 + i % customers) + ',' + kStages[i % 6] + ','
               + QByteArray::number(1000 + (qint64(i) * 7919) % 900'000'000)
               + (decimals ? ".50," : ",") + currency + ','
               + QString::asprintf("%02d/%02d/2026", 1 + i % 28, 1 + i % 12).toLatin1() + ','
               + kOwners[i % 4] + '\n';
    }
    return csv;
}

} // namespace Sepakat::Testing
