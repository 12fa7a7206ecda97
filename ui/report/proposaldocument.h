#pragma once

#include "report/proposal.h"
#include "report/reportdocument.h"

namespace Sepakat::Report {

// The customer proposal: cover, summary, the most pressing needs, the value case with its
// chart, pricing, terms and acceptance, in the proposal's language. It is drawn from a
// Proposal, which holds nothing internal.
class ProposalDocument final : public ReportDocument
{
public:
    explicit ProposalDocument(Proposal proposal);

    QString title() const override;
    QString subject() const override;
    QString author() const override;

protected:
    void build(DocumentBuilder &builder, const Frame &frame) const override;
    void decorate(QPainter &painter, const Style &style, const Frame &frame, int page,
                  int pageCount) const override;

private:
    void cover(DocumentBuilder &builder, const Frame &frame) const;
    void summary(DocumentBuilder &builder) const;
    void needs(DocumentBuilder &builder) const;
    void valueCase(DocumentBuilder &builder) const;
    void pricing(DocumentBuilder &builder) const;
    void terms(DocumentBuilder &builder) const;
    void acceptance(DocumentBuilder &builder) const;

    QString tx(const char *source) const { return text()(source); }
    QString txn(const char *source, qint64 n) const { return text().plural(source, n); }

    Proposal m_proposal;
};

} // namespace Sepakat::Report
