#pragma once

// A deal with everything a proposal and a worksheet show, and internal numbers and notes that
// no proposal may print: each is an unusual value or a SECRET-… text, so a test can look for
// every form it could take in a PDF's text.

#include "domain/money.h"
#include "storage/dealbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sepakat::Testing {

struct ProposalFixture
{
    QString dealId;
    QString emptyDealId;      // the same customer's deal with no offer
    QString unapprovedDealId; // one whose only offer breaks the approval policy, not approved
    QString customerName;
    QList<Money> internalAmounts; // walk-away, target, opening, BATNAs, costs, deal value, ...
    QStringList internalTexts;    // notes, BATNA, objections, approval comment, ...
};

struct ProposalFixtureOptions
{
    QString language = QStringLiteral("id"); // the deal's proposal language
    int extraLines = 0;                      // more offer lines, for long proposals
};

// Writes the settings, the customer `<img src="file:///etc/hostname"> & Co`, the deals and
// their worksheets into book. Offer round 2 of the deal: lines Rp 166.250.000, document
// discount 2 %, net Rp 162.925.000, tax 11 % Rp 17.921.750, total Rp 180.846.750 (without
// extra lines). Returns an empty dealId (and warns) when something cannot be saved.
ProposalFixture writeProposalFixture(DealBook &book, const ProposalFixtureOptions &options = {});

} // namespace Sepakat::Testing
