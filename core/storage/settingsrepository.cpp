#include "storage/repositories.h"

#include "storage/dealbook.h"
#include "storage/rowvalues.h"

namespace Sepakat {

using namespace Rows;

namespace {

// Keys of the settings table. Stable: they are the file format.
const QString kCompanyName = QStringLiteral("company.name");
const QString kCompanyAddress = QStringLiteral("company.address");
const QString kCompanyTaxNumber = QStringLiteral("company.tax_number");
const QString kCompanyLogo = QStringLiteral("company.logo"); // base64
const QString kCurrency = QStringLiteral("book.currency");
const QString kDefaultTax = QStringLiteral("book.default_tax_bp");
const QString kMaxDiscount = QStringLiteral("approval.max_discount_bp");
const QString kMinMargin = QStringLiteral("approval.min_margin_bp");
const QString kMaxPaymentDays = QStringLiteral("approval.max_payment_days");

// A stored integer, or the fallback when the text is not one (a hand-edited book).
template<typename T> void readInteger(const QString &text, T *target)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok)
        *target = static_cast<T>(value);
}

} // namespace

BookSettings SettingsRepository::load() const
{
    BookSettings settings;
    QSqlQuery &values = m_book.statement(QStringLiteral("SELECT key, value FROM settings"));
    if (run(values, {})) {
        while (values.next()) {
            const QString key = values.value(0).toString();
            const QString value = values.value(1).toString();
            if (key == kCompanyName)
                settings.companyName = value;
            else if (key == kCompanyAddress)
                settings.companyAddress = value;
            else if (key == kCompanyTaxNumber)
                settings.companyTaxNumber = value;
            else if (key == kCompanyLogo)
                settings.companyLogo = QByteArray::fromBase64(value.toLatin1());
            else if (key == kCurrency && !value.isEmpty())
                settings.currency = value;
            else if (key == kDefaultTax)
                readInteger(value, &settings.defaultTaxBasisPoints);
            else if (key == kMaxDiscount)
                readInteger(value, &settings.approvalPolicy.maxDiscountBasisPoints);
            else if (key == kMinMargin)
                readInteger(value, &settings.approvalPolicy.minMarginBasisPoints);
            else if (key == kMaxPaymentDays)
                readInteger(value, &settings.approvalPolicy.maxPaymentDays);
        }
    }
    values.finish();

    QSqlQuery &stages = m_book.statement(
        QStringLiteral("SELECT stage, probability_bp, stale_days FROM stage_settings"));
    if (run(stages, {})) {
        while (stages.next()) {
            if (const std::optional<Stage> stage = stageFromKey(stages.value(0).toString()))
                settings.stages.setSetting(*stage, {stages.value(1).toInt(), stages.value(2).toInt()});
        }
    }
    stages.finish();

    QSqlQuery &rates = m_book.statement(
        QStringLiteral("SELECT currency, rate_micro FROM currency_rates"));
    if (run(rates, {})) {
        while (rates.next())
            settings.ratesMicro.insert(rates.value(0).toString(), rates.value(1).toLongLong());
    }
    rates.finish();
    return settings;
}

Status SettingsRepository::save(const BookSettings &settings)
{
    if (const FieldErrors errors = settings.validate(); !errors.isEmpty())
        return invalid(errors);

    return m_book.transact([&]() -> Status {
        QSqlQuery &upsert = m_book.statement(QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        const QList<std::pair<QString, QString>> values = {
            {kCompanyName, settings.companyName},
            {kCompanyAddress, settings.companyAddress},
            {kCompanyTaxNumber, settings.companyTaxNumber},
            {kCompanyLogo, QString::fromLatin1(settings.companyLogo.toBase64())},
            {kCurrency, settings.currency},
            {kDefaultTax, QString::number(settings.defaultTaxBasisPoints)},
            {kMaxDiscount, QString::number(settings.approvalPolicy.maxDiscountBasisPoints)},
            {kMinMargin, QString::number(settings.approvalPolicy.minMarginBasisPoints)},
            {kMaxPaymentDays, QString::number(settings.approvalPolicy.maxPaymentDays)},
        };
        for (const auto &[key, value] : values) {
            if (!run(upsert, {key, value}))
                return m_book.sqlError(tr("Saving the deal book settings"), upsert);
        }

        QSqlQuery &stage = m_book.statement(QStringLiteral(
            "INSERT INTO stage_settings (stage, probability_bp, stale_days) VALUES (?, ?, ?)"
            " ON CONFLICT (stage) DO UPDATE SET probability_bp = excluded.probability_bp,"
            " stale_days = excluded.stale_days"));
        for (const Stage s : kAllStages) {
            const StageSetting &setting = settings.stages.setting(s);
            if (!run(stage, {stageKey(s), qint64(setting.probabilityBasisPoints),
                             qint64(setting.staleDays)}))
                return m_book.sqlError(tr("Saving the stage table"), stage);
        }

        QSqlQuery &clear = m_book.statement(QStringLiteral("DELETE FROM currency_rates"));
        if (!run(clear, {}))
            return m_book.sqlError(tr("Saving the exchange rates"), clear);
        QSqlQuery &rate = m_book.statement(
            QStringLiteral("INSERT INTO currency_rates (currency, rate_micro) VALUES (?, ?)"));
        for (auto it = settings.ratesMicro.cbegin(); it != settings.ratesMicro.cend(); ++it) {
            if (!run(rate, {it.key(), it.value()}))
                return m_book.sqlError(tr("Saving the exchange rates"), rate);
        }
        return audit(m_book, QStringLiteral("settings"), {}, {}, QStringLiteral("settings-saved"),
                     settings.companyName);
    });
}

} // namespace Sepakat
