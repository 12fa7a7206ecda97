// Fuzz target: the deal JSON reader (`sepakat import-deal`). Any bytes must read as a deal or
// fail with a message, never crash, hang or hit undefined behaviour.
//
// A document that reads must also survive the round trip docs/deal-json.md promises ("exporting
// the deal again ... gives the same file byte for byte"): written out, it reads back as the same
// document, and writing that gives the same bytes. A broken promise aborts, so libFuzzer saves
// the input.

#include "exchange/dealjson.h"
#include "fuzztarget.h"

#include <cstdio>

using namespace Sepakat;
using namespace Sepakat::Exchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DealDocument> document = readDealJson(bytes);
    if (!document) {
        if (document.errorMessage().isEmpty())
            promiseBroken("a refused file gets a message");
        return 0;
    }
    const QByteArray written = writeDealJson(*document);
    const Result<DealDocument> again = readDealJson(written);
    if (!again) {
        std::fprintf(stderr, "%s\n", qPrintable(again.errorMessage()));
        promiseBroken("a deal it read, written out, reads back");
    }
    if (!(*again == *document))
        promiseBroken("a deal it read, written out, reads back as the same deal");
    if (writeDealJson(*again) != written)
        promiseBroken("writing the deal again gives the same bytes");
    return 0;
}
