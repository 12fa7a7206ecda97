#pragma once

// Large, plausible CSV files for the import's crash test and benchmark: the same bytes for the
// same arguments. Deals name their customers, in English, comma-separated, with every column.

#include <QByteArray>

namespace Sepakat::Testing {

QByteArray generatedCustomersCsv(int customers);
// Deals spread over customers "Customer 1" .. "Customer N" of generatedCustomersCsv(N).
QByteArray generatedDealsCsv(int deals, int customers);

} // namespace Sepakat::Testing
