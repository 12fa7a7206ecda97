#pragma once

#include "domain/approval.h"
#include "domain/concession.h"
#include "domain/customer.h"
#include "domain/deal.h"
#include "domain/need.h"
#include "domain/offer.h"
#include "domain/plan.h"
#include "domain/valuecase.h"
#include "report/reportdocument.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Sepakat {
class DealBook;
}

namespace Sepakat::Report {

// Everything of a deal's worksheet, internal numbers included: for managers, never customers.
struct WorksheetData
{
    Deal deal;
    Customer customer;
    QString companyName;
    QList<Need> needs;
    QList<Offer> offers; // every round, oldest first
    int round = 0;       // the round shown in full
    std::optional<Plan> plan;
    QList<Tradeable> tradeables;
    QList<Concession> concessions;
    std::optional<ValueCaseInputs> valueCase;
    QHash<QString, QList<Approval>> approvals; // by offer id
    QList<AuditEvent> history;                 // newest first
};

// Errors the user can read: unknown deal, no offer, no such round.
Result<WorksheetData> loadWorksheet(DealBook &book, const QString &dealId,
                                    std::optional<int> round);

// The internal deal worksheet: deal, customer, needs, the offer with costs and margins, earlier
// rounds, plan and ZOPA, concessions, value case, approvals and history, marked "Internal" on
// every page. Written in the interface language (Language::current()).
class WorksheetDocument final : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::WorksheetDocument)

public:
    explicit WorksheetDocument(WorksheetData data);

    QString title() const override;
    QString subject() const override;
    QString author() const override;

protected:
    void build(DocumentBuilder &builder, const Frame &frame) const override;
    void decorate(QPainter &painter, const Style &style, const Frame &frame, int page,
                  int pageCount) const override;

private:
    void overview(DocumentBuilder &builder) const;
    void customer(DocumentBuilder &builder) const;
    void needs(DocumentBuilder &builder) const;
    void offer(DocumentBuilder &builder) const;
    void plan(DocumentBuilder &builder) const;
    void concessions(DocumentBuilder &builder) const;
    void valueCase(DocumentBuilder &builder) const;
    void approvals(DocumentBuilder &builder) const;
    void history(DocumentBuilder &builder) const;

    const Offer &shownOffer() const;
    QString money(const Money &money) const;

    WorksheetData m_data;
};

} // namespace Sepakat::Report
