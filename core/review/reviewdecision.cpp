#include "review/reviewdecision.h"

#include "review/reviewjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Sepakat {

namespace {

// Gives the texts one translation context that lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sepakat::ReviewFiles)
};

const QString kFormat = QStringLiteral("sepakat-decision");
constexpr int kVersion = 1;

// Every field but the checksum, length-prefixed in a fixed order (as the content hash does), so
// no text inside a field can pass for another field.
QByteArray canonical(const ReviewDecision &d)
{
    QByteArray bytes;
    const auto add = [&bytes](const char *name, const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        bytes += name;
        bytes += '=';
        bytes += QByteArray::number(utf8.size());
        bytes += ':';
        bytes += utf8;
        bytes += '\n';
    };
    add("format", kFormat);
    add("version", QString::number(kVersion));
    add("approval_id", d.approvalId);
    add("deal_id", d.dealId);
    add("offer_id", d.offerId);
    add("offer_version", QString::number(d.offerVersion));
    add("content_hash", d.contentHash);
    add("decision", approvalStatusKey(d.decision));
    add("reviewer", d.reviewer);
    add("comment", d.comment);
    add("decided_at", ReviewJson::timeText(d.decidedAt));
    add("deal_title", d.dealTitle);
    add("customer_name", d.customerName);
    return bytes;
}

QString checksum(const ReviewDecision &decision)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(decision), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString reviewDecisionSuffix()
{
    return QStringLiteral("sepakat-decision");
}

FieldErrors ReviewDecision::validate() const
{
    FieldErrors errors;
    const auto need = [&errors](const char *field, const QString &value, const QString &message) {
        if (value.trimmed().isEmpty())
            errors.append({QString::fromLatin1(field), message});
    };
    need("approvalId", approvalId, Text::tr("The decision does not name the review request it answers."));
    need("dealId", dealId, Text::tr("The decision does not name its deal."));
    need("offerId", offerId, Text::tr("The decision does not name its offer."));
    if (offerVersion < 1)
        errors.append({QStringLiteral("offerVersion"), Text::tr("The offer round must be 1 or more.")});
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(contentHash).hasMatch())
        errors.append({QStringLiteral("contentHash"),
                       Text::tr("The content hash must be 64 lowercase hexadecimal digits.")});
    if (decision != ApprovalStatus::Approved && decision != ApprovalStatus::Rejected)
        errors.append({QStringLiteral("decision"), Text::tr("A decision approves or rejects.")});
    need("reviewer", reviewer, Text::tr("The reviewer's name is needed."));
    if (decision == ApprovalStatus::Rejected)
        need("comment", comment, Text::tr("A rejection needs a comment: what should change?"));
    if (!decidedAt.isValid())
        errors.append({QStringLiteral("decidedAt"), Text::tr("The decision needs its date and time.")});
    return errors;
}

QByteArray writeReviewDecision(const ReviewDecision &d)
{
    const QJsonObject object{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("approval_id"), d.approvalId},
        {QStringLiteral("deal_id"), d.dealId},
        {QStringLiteral("offer_id"), d.offerId},
        {QStringLiteral("offer_version"), d.offerVersion},
        {QStringLiteral("content_hash"), d.contentHash},
        {QStringLiteral("decision"), approvalStatusKey(d.decision)},
        {QStringLiteral("reviewer"), d.reviewer},
        {QStringLiteral("comment"), d.comment},
        {QStringLiteral("decided_at"), ReviewJson::timeText(d.decidedAt)},
        {QStringLiteral("deal_title"), d.dealTitle},
        {QStringLiteral("customer_name"), d.customerName},
        {QStringLiteral("checksum"), checksum(d)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ReviewDecision> readReviewDecision(const QByteArray &bytes)
{
    const Result<QJsonObject> parsed = ReviewJson::parseFile(bytes, kFormat, kVersion);
    if (!parsed)
        return parsed.error();
    ReviewJson::Reader r(*parsed);
    ReviewDecision d;
    d.approvalId = r.text("approval_id");
    d.dealId = r.text("deal_id");
    d.offerId = r.text("offer_id");
    d.offerVersion = r.integer("offer_version");
    d.contentHash = r.text("content_hash");
    const QString decision = r.text("decision");
    d.decision = decision == u"approved" ? ApprovalStatus::Approved
                 : decision == u"rejected" ? ApprovalStatus::Rejected
                                           : ApprovalStatus::Pending;
    d.reviewer = r.text("reviewer");
    d.comment = r.text("comment");
    d.decidedAt = r.time("decided_at");
    d.dealTitle = r.text("deal_title");
    d.customerName = r.text("customer_name");
    const QString sum = r.text("checksum");
    if (!r.ok())
        return ReviewJson::damaged(r.problems());
    if (sum != checksum(d))
        return ReviewJson::damaged({Text::tr("its checksum does not match its content (it was changed "
                                       "or damaged after it was written)")});
    if (const FieldErrors errors = d.validate(); !errors.isEmpty())
        return ReviewJson::damaged({joinMessages(errors)});
    return d;
}

} // namespace Sepakat
