#include "storage/schema.h"

namespace Sepakat {

// Conventions: UUID text keys; money as INTEGER minor units beside a currency column; basis
// points and milli-units as INTEGER; dates as ISO text (yyyy-MM-dd), times as ISO UTC text.
// Only portable types, so the same schema can serve a PostgreSQL team database later.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         "first schema: customers, products, deals and their worksheets, audit",
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE stage_settings ("
                 " stage TEXT PRIMARY KEY CHECK (stage IN ('prospect','qualified','proposal',"
                 "'negotiation','won','lost')),"
                 " probability_bp INTEGER NOT NULL CHECK (probability_bp BETWEEN 0 AND 10000),"
                 " stale_days INTEGER NOT NULL CHECK (stale_days >= 0))"),
             QStringLiteral("CREATE TABLE customers ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                            " industry TEXT NOT NULL DEFAULT '',"
                            " size TEXT NOT NULL DEFAULT 'unknown',"
                            " address TEXT NOT NULL DEFAULT '',"
                            " city TEXT NOT NULL DEFAULT '',"
                            " country TEXT NOT NULL DEFAULT '',"
                            " notes TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE contacts ("
                            " id TEXT PRIMARY KEY,"
                            " customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX contacts_customer ON contacts(customer_id)"),
             QStringLiteral("CREATE TABLE products ("
                            " id TEXT PRIMARY KEY,"
                            " sku TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " unit TEXT NOT NULL DEFAULT '',"
                            " currency TEXT NOT NULL,"
                            " unit_price INTEGER NOT NULL CHECK (unit_price >= 0),"
                            " unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),"
                            " benefit TEXT NOT NULL DEFAULT '',"
                            " active INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral(
                 "CREATE TABLE deals ("
                 " id TEXT PRIMARY KEY,"
                 " customer_id TEXT NOT NULL REFERENCES customers(id),"
                 " title TEXT NOT NULL,"
                 // Not "stage IN (...)": SQLite checks a list of more than two values by
                 // building a temporary table on every insert or update, which doubled the cost
                 // of writing a deal (a 100,000-deal import spent half its writing time there).
                 " stage TEXT NOT NULL CHECK (stage = 'prospect' OR stage = 'qualified'"
                 " OR stage = 'proposal' OR stage = 'negotiation' OR stage = 'won'"
                 " OR stage = 'lost'),"
                 " stage_changed_at TEXT NOT NULL,"
                 " probability_override_bp INTEGER CHECK (probability_override_bp BETWEEN 0 "
                 "AND 10000),"
                 " currency TEXT NOT NULL,"
                 " value INTEGER NOT NULL,"
                 " expected_close TEXT,"
                 " owner TEXT NOT NULL DEFAULT '',"
                 " lost_reason TEXT NOT NULL DEFAULT '',"
                 " proposal_language TEXT NOT NULL DEFAULT 'id',"
                 " q_budget INTEGER NOT NULL DEFAULT 0 CHECK (q_budget BETWEEN 0 AND 3),"
                 " q_authority INTEGER NOT NULL DEFAULT 0 CHECK (q_authority BETWEEN 0 AND 3),"
                 " q_need INTEGER NOT NULL DEFAULT 0 CHECK (q_need BETWEEN 0 AND 3),"
                 " q_timing INTEGER NOT NULL DEFAULT 0 CHECK (q_timing BETWEEN 0 AND 3),"
                 " q_budget_note TEXT NOT NULL DEFAULT '',"
                 " q_authority_note TEXT NOT NULL DEFAULT '',"
                 " q_need_note TEXT NOT NULL DEFAULT '',"
                 " q_timing_note TEXT NOT NULL DEFAULT '',"
                 " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX deals_customer ON deals(customer_id)"),
             QStringLiteral("CREATE INDEX deals_stage ON deals(stage)"),
             QStringLiteral("CREATE TABLE needs ("
                            " id TEXT PRIMARY KEY,"
                            " deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " description TEXT NOT NULL,"
                            " priority TEXT NOT NULL CHECK (priority IN ('must','should','could')),"
                            " urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 5),"
                            " pain_hours_milli INTEGER NOT NULL DEFAULT 0,"
                            " pain_currency TEXT NOT NULL DEFAULT '',"
                            " pain_money INTEGER NOT NULL DEFAULT 0,"
                            " benefit TEXT NOT NULL DEFAULT '',"
                            " product_id TEXT REFERENCES products(id) ON DELETE SET NULL)"),
             QStringLiteral("CREATE INDEX needs_deal ON needs(deal_id)"),
             QStringLiteral("CREATE TABLE offers ("
                            " id TEXT PRIMARY KEY,"
                            " deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                            " version INTEGER NOT NULL CHECK (version >= 1),"
                            " status TEXT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " document_discount_bp INTEGER NOT NULL DEFAULT 0"
                            " CHECK (document_discount_bp BETWEEN 0 AND 10000),"
                            " tax_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_bp BETWEEN 0 AND 10000),"
                            " payment_days INTEGER NOT NULL,"
                            " delivery_days INTEGER NOT NULL,"
                            " support_level TEXT NOT NULL,"
                            " warranty_months INTEGER NOT NULL,"
                            " contract_months INTEGER NOT NULL,"
                            " offer_date TEXT,"
                            " valid_until TEXT,"
                            " customer_note TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL,"
                            " UNIQUE (deal_id, version))"),
             QStringLiteral("CREATE TABLE offer_lines ("
                            " id TEXT PRIMARY KEY,"
                            " offer_id TEXT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " product_id TEXT REFERENCES products(id) ON DELETE SET NULL,"
                            " description TEXT NOT NULL,"
                            " quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),"
                            " unit_price INTEGER NOT NULL CHECK (unit_price >= 0),"
                            " unit_cost INTEGER NOT NULL DEFAULT 0,"
                            " discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 "
                            "AND 10000))"),
             QStringLiteral("CREATE INDEX offer_lines_offer ON offer_lines(offer_id)"),
             QStringLiteral("CREATE TABLE plans ("
                            " deal_id TEXT PRIMARY KEY REFERENCES deals(id) ON DELETE CASCADE,"
                            " currency TEXT NOT NULL,"
                            " target INTEGER,"
                            " opening INTEGER,"
                            " walk_away INTEGER,"
                            " our_batna TEXT NOT NULL DEFAULT '',"
                            " our_batna_value INTEGER,"
                            " their_batna_estimate INTEGER,"
                            " their_walk_away_estimate INTEGER,"
                            " style TEXT NOT NULL DEFAULT 'formal',"
                            " agenda TEXT NOT NULL DEFAULT '',"
                            " internal_notes TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE objections ("
                            " id TEXT PRIMARY KEY,"
                            " deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " objection TEXT NOT NULL,"
                            " response TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX objections_deal ON objections(deal_id)"),
             QStringLiteral("CREATE TABLE tradeables ("
                            " id TEXT PRIMARY KEY,"
                            " deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " give TEXT NOT NULL,"
                            " cost_currency TEXT NOT NULL,"
                            " cost INTEGER NOT NULL DEFAULT 0,"
                            " value_to_them INTEGER NOT NULL CHECK (value_to_them BETWEEN 1 AND 5),"
                            " ask_in_return TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX tradeables_deal ON tradeables(deal_id)"),
             QStringLiteral("CREATE TABLE concessions ("
                            " id TEXT PRIMARY KEY,"
                            " deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                            " round INTEGER NOT NULL CHECK (round >= 1),"
                            " party TEXT NOT NULL CHECK (party IN ('us','them')),"
                            " change TEXT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " price_delta INTEGER NOT NULL DEFAULT 0,"
                            " tradeable_id TEXT REFERENCES tradeables(id) ON DELETE SET NULL,"
                            " at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX concessions_deal ON concessions(deal_id)"),
             QStringLiteral(
                 "CREATE TABLE value_cases ("
                 " deal_id TEXT PRIMARY KEY REFERENCES deals(id) ON DELETE CASCADE,"
                 " currency TEXT NOT NULL,"
                 " horizon_months INTEGER NOT NULL CHECK (horizon_months BETWEEN 1 AND 120),"
                 " annual_discount_rate_bp INTEGER NOT NULL,"
                 " upfront_override INTEGER,"
                 " monthly_cost INTEGER NOT NULL DEFAULT 0,"
                 " factor_conservative_bp INTEGER NOT NULL,"
                 " factor_expected_bp INTEGER NOT NULL,"
                 " factor_optimistic_bp INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE savings_items ("
                 " id TEXT PRIMARY KEY,"
                 " deal_id TEXT NOT NULL REFERENCES value_cases(deal_id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " need_id TEXT REFERENCES needs(id) ON DELETE SET NULL,"
                 " description TEXT NOT NULL,"
                 " kind TEXT NOT NULL CHECK (kind IN ('time','money')),"
                 " hours_per_month_milli INTEGER NOT NULL DEFAULT 0,"
                 " hourly_rate INTEGER NOT NULL DEFAULT 0,"
                 " realization_bp INTEGER NOT NULL DEFAULT 10000,"
                 " amount_per_month INTEGER NOT NULL DEFAULT 0,"
                 " start_month INTEGER NOT NULL CHECK (start_month >= 1),"
                 " ramp_months INTEGER NOT NULL CHECK (ramp_months >= 0))"),
             QStringLiteral("CREATE INDEX savings_items_deal ON savings_items(deal_id)"),
             QStringLiteral("CREATE TABLE approvals ("
                            " id TEXT PRIMARY KEY,"
                            " offer_id TEXT NOT NULL REFERENCES offers(id) ON DELETE CASCADE,"
                            " offer_version INTEGER NOT NULL,"
                            " reasons TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL,"
                            " submit_note TEXT NOT NULL DEFAULT '',"
                            " reviewer TEXT NOT NULL DEFAULT '',"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " requested_at TEXT NOT NULL,"
                            " decided_at TEXT,"
                            " content_hash TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX approvals_offer ON approvals(offer_id)"),
             // History outlives what it is about, so no foreign keys here.
             QStringLiteral("CREATE TABLE audit_events ("
                            " sequence INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " at TEXT NOT NULL,"
                            " who TEXT NOT NULL DEFAULT '',"
                            " entity TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL DEFAULT '',"
                            " deal_id TEXT NOT NULL DEFAULT '',"
                            " action TEXT NOT NULL,"
                            " detail TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events"
                 " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
             QStringLiteral(
                 "CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events"
                 " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
         }},
        {2,
         "exchange rates for pipeline totals; faster deal history",
         {
             QStringLiteral("CREATE TABLE currency_rates ("
                            " currency TEXT PRIMARY KEY,"
                            " rate_micro INTEGER NOT NULL CHECK (rate_micro > 0))"),
             QStringLiteral("CREATE INDEX audit_events_deal ON audit_events(deal_id, sequence)"),
         }},
        {3,
         "walk-away badges read offer lines from one index",
         {
             // Covers what the pipeline's walk-away badge reads of every line of every latest
             // offer (storage/boardreads.cpp), in order, without visiting the table: half the
             // time of that read on a 10,000-deal book. Its first column serves what the old
             // index did (an offer's lines, and the cascade from offers).
             QStringLiteral("CREATE INDEX offer_lines_totals ON offer_lines(offer_id, position,"
                            " quantity_milli, unit_price, discount_bp)"),
             QStringLiteral("DROP INDEX offer_lines_offer"),
         }},
    };
    return steps;
}

} // namespace Sepakat
