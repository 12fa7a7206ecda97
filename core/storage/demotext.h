#pragma once

// Private to demo.cpp: the raw material of the demo deal book. Plain UTF-8 literals so the tables
// cost nothing until used; demo.cpp turns them into QStrings.

#include <QtGlobal>

namespace Sepakat::DemoText {

struct City
{
    const char *city;
    const char *country;  // ISO 3166 alpha-2
    const char *currency; // what deals there are priced in
    const char *prefix;   // legal form before the name ("PT") or empty
    const char *suffix;   // legal form after the name ("Pte Ltd") or empty
    const char *domain;   // e-mail domain ending
    const char *phone;    // country and area code
    const char *street;
};

inline constexpr City kCities[] = {
    {"Jakarta", "ID", "IDR", "PT", "", "co.id", "+62 21", "Jl. Jenderal Sudirman"},
    {"Surabaya", "ID", "IDR", "PT", "", "co.id", "+62 31", "Jl. Raya Darmo"},
    {"Bandung", "ID", "IDR", "PT", "", "co.id", "+62 22", "Jl. Asia Afrika"},
    {"Medan", "ID", "IDR", "PT", "", "co.id", "+62 61", "Jl. Gatot Subroto"},
    {"Semarang", "ID", "IDR", "CV", "", "co.id", "+62 24", "Jl. Pemuda"},
    {"Makassar", "ID", "IDR", "PT", "", "co.id", "+62 411", "Jl. Urip Sumoharjo"},
    {"Yogyakarta", "ID", "IDR", "CV", "", "co.id", "+62 274", "Jl. Malioboro"},
    {"Denpasar", "ID", "IDR", "PT", "", "co.id", "+62 361", "Jl. Bypass Ngurah Rai"},
    {"Balikpapan", "ID", "IDR", "PT", "", "co.id", "+62 542", "Jl. Jenderal Sudirman"},
    {"Singapore", "SG", "SGD", "", "Pte Ltd", "com.sg", "+65", "Anson Road"},
    {"Kuala Lumpur", "MY", "MYR", "", "Sdn Bhd", "com.my", "+60 3", "Jalan Ampang"},
    {"Penang", "MY", "MYR", "", "Sdn Bhd", "com.my", "+60 4", "Lebuh Farquhar"},
    {"Bogotá", "CO", "USD", "", "S.A.S.", "com.co", "+57 601", "Carrera 7"},
    {"Manila", "PH", "USD", "", "Inc.", "com.ph", "+63 2", "Ayala Avenue"},
    {"Sydney", "AU", "AUD", "", "Pty Ltd", "com.au", "+61 2", "George Street"},
    {"Rotterdam", "NL", "EUR", "", "B.V.", "nl", "+31 10", "Wilhelminakade"},
};

struct NamedCustomer
{
    const char *name;
    const char *industry;
    int size; // CompanySize as int
    int city; // index into kCities
    const char *notes;
};

// The first customers of every demo book, so the story of the founding article is there.
inline constexpr NamedCustomer kNamedCustomers[] = {
    {"PT Sinar Jaya Distribusi", "Distribution", 3, 1,
     "Distributor of consumer goods for East Java; decisions by the owner's family."},
    {"RS Medika Nusantara Group", "Healthcare", 4, 0,
     "Hospital group, 14 hospitals; procurement committee meets monthly."},
    {"Straits Freight Logistics Pte Ltd", "Logistics", 3, 9,
     "Regional freight forwarder; wants everything in USD or SGD."},
    {"PT Kopi Sumatera Ekspor", "Coffee export", 2, 3,
     "Exports arabica to Europe; seasonal cash flow, prefers payment after harvest."},
    {"Universitas Teknologi Priangan", "Higher education", 3, 2,
     "Private university; budget year starts in July."},
    {"Mutiara Retail Sdn Bhd", "Retail", 2, 10, "80 stores in Malaysia; pilot first, then roll-out."},
    {"Manufacturas Andinas S.A.S.", "Manufacturing", 3, 12,
     "Auto-parts maker; Spanish-speaking team, English proposals."},
    {"PT Bahari Perikanan Makassar", "Fisheries", 2, 5, "Cold-chain and export paperwork are the pain."},
    {"CV Batik Sekar Arum", "Textiles", 1, 6, "Small, fast decisions; price sensitive."},
    {"PT Energi Kalimantan Timur", "Energy", 4, 8, "Strict vendor registration; long legal review."},
    {"Bali Villa Hospitality Group", "Hospitality", 2, 7, "Owner decides; informal meetings."},
    {"Luzon Pharma Distributors Inc.", "Pharmaceuticals", 3, 13, "Regulated; audit trail matters."},
};

inline constexpr const char *kNameWords[] = {
    "Maju", "Sentosa", "Abadi", "Cahaya", "Mitra", "Karya", "Bumi", "Nusa", "Prima", "Global",
    "Harapan", "Mandiri", "Sejahtera", "Gemilang", "Samudra", "Lestari", "Pacific", "Eastern",
    "Golden", "Summit", "Harbour", "Lion", "Orchid", "Andes", "Coral", "Delta", "Phoenix", "Unity",
};

inline constexpr const char *kIndustries[][2] = {
    {"Distribution", "Distribusi"},  {"Logistics", "Logistik"},
    {"Manufacturing", "Industri"},   {"Retail", "Ritel"},
    {"Healthcare", "Medika"},        {"Agribusiness", "Agro"},
    {"Construction", "Konstruksi"},  {"Hospitality", "Hospitality"},
    {"Education", "Edukasi"},        {"Financial services", "Finansial"},
    {"Energy", "Energi"},            {"Food and beverage", "Pangan"},
};

inline constexpr const char *kFirstNamesId[] = {
    "Dewi", "Budi", "Siti", "Agus", "Rina", "Hendra", "Ayu", "Joko", "Putri", "Rudi",
    "Wulan", "Fajar", "Indah", "Bayu", "Maya", "Teguh", "Sri", "Andi", "Lina", "Eko",
};
inline constexpr const char *kLastNamesId[] = {
    "Santoso", "Wijaya", "Lestari", "Pratama", "Saputra", "Hidayat", "Kusuma", "Nugroho",
    "Siregar", "Harahap", "Simanjuntak", "Halim", "Gunawan", "Setiawan", "Rahman", "Utami",
};
inline constexpr const char *kFirstNamesIntl[] = {
    "Sarah", "Michael", "Wei Ling", "Daniel", "Priya", "Carlos", "Ana", "James", "Mei", "Luis",
    "Nurul", "Aisyah", "Kenji", "Sofia", "Thomas", "Grace",
};
inline constexpr const char *kLastNamesIntl[] = {
    "Tan", "Lim", "Ng", "Goh", "Ramírez", "Gómez", "Santos", "Reyes", "Abdullah", "Ismail",
    "de Vries", "Jansen", "Smith", "Chen", "Wong", "Fernando",
};
inline constexpr const char *kRoles[] = {
    "Finance Director", "Procurement Manager", "IT Manager", "Operations Director",
    "Chief Executive", "Head of Sales", "Purchasing Officer", "Legal Counsel",
};

struct ProductText
{
    const char *sku;
    const char *name;
    const char *unit;
    qint64 price; // IDR
    qint64 cost;  // IDR
    int quantityMin;
    int quantityMax;
    const char *benefit;
};

inline constexpr ProductText kProducts[] = {
    {"SPK-CRM-USR", "CRM licence, per user per year", "user/year", 4'800'000, 900'000, 10, 250,
     "One shared view of every customer, quote and order."},
    {"SPK-ANL-MOD", "Analytics module, yearly", "year", 36'000'000, 6'000'000, 1, 1,
     "Pipeline and margin dashboards without spreadsheets."},
    {"SPK-MOB-USR", "Field-sales mobile app, per user per year", "user/year", 1'800'000, 300'000,
     10, 300, "Stock, prices and orders on the phone, also offline."},
    {"SPK-INT-ERP", "ERP integration", "project", 75'000'000, 42'000'000, 1, 1,
     "Orders flow into the ERP without re-typing."},
    {"SPK-IMP-DAY", "Implementation consultant", "day", 6'500'000, 3'200'000, 5, 40,
     "Experienced consultants set it up around your process."},
    {"SPK-DAT-MIG", "Data migration", "project", 25'000'000, 14'000'000, 1, 1,
     "Your customer history moved over, cleaned and de-duplicated."},
    {"SPK-TRN-CLS", "Classroom training, per participant", "participant", 2'750'000, 900'000, 10,
     80, "Teams productive in the first week."},
    {"SPK-TRN-TTT", "Train-the-trainer workshop", "day", 12'000'000, 5'000'000, 1, 5,
     "Your own trainers onboard new staff."},
    {"SPK-SUP-STD", "Standard support, yearly", "year", 18'000'000, 6'000'000, 1, 1,
     "Help desk in office hours, answers within one working day."},
    {"SPK-SUP-PRM", "Premium support 24/7, yearly", "year", 48'000'000, 19'000'000, 1, 1,
     "Round-the-clock support with a four-hour response."},
    {"SPK-HW-TAB", "Rugged tablet", "unit", 9'500'000, 7'400'000, 5, 60,
     "Survives warehouses, dust and heat."},
    {"SPK-CLD-TB", "Cloud storage, per terabyte per year", "TB/year", 3'600'000, 1'100'000, 2, 20,
     "Documents and photos stored safely, nothing on local servers."},
};

struct NeedText
{
    const char *description;
    const char *benefit;
    int product;       // index into kProducts
    int hoursPerMonth; // time lost
    int moneyMillions; // IDR lost per month, in millions
};

inline constexpr NeedText kNeeds[] = {
    {"Sales reps re-type every order into the ERP", "Orders flow into the ERP automatically", 3,
     160, 0},
    {"No view of the pipeline across branches", "One live pipeline for every branch", 1, 40, 0},
    {"Customer data scattered over spreadsheets", "One customer record everyone trusts", 0, 90, 0},
    {"Field team cannot check stock or prices at the customer", "Stock and prices on the phone", 2,
     120, 0},
    {"Quotes take three days to approve", "Approvals in hours, with a clear trail", 0, 60, 15},
    {"New staff need weeks to become productive", "Structured training and guides", 6, 80, 0},
    {"Downtime during month-end closing", "24/7 support with a four-hour response", 9, 0, 45},
    {"Audit findings on unapproved discounts", "Discount rules and approvals built in", 0, 0, 25},
    {"Board reports assembled by hand every month", "Dashboards ready for the board", 1, 50, 0},
    {"Tablets in the warehouse break in heat and dust", "Rugged tablets built for it", 10, 0, 12},
    {"Old customer history lost in the last system change", "A clean, complete migration", 5, 30,
     8},
    {"Servers in the office are full and unsafe", "Cloud storage with backups", 11, 20, 10},
};

inline constexpr const char *kTitles[] = {
    "CRM roll-out", "Field-sales app for the sales force", "Analytics and board reporting",
    "ERP integration project", "Support renewal", "Branch expansion", "Digital sales pilot",
    "Sales process modernisation", "Warehouse tablets", "Training programme",
};

inline constexpr const char *kOwners[] = {
    "Dewi Lestari", "Budi Santoso", "Rina Wijaya", "Agus Pratama", "Sarah Tan", "Michael Lim",
};

inline constexpr const char *kLostReasons[] = {
    "Price above their budget", "Chose a competitor with a local office",
    "Project postponed to the next fiscal year", "No executive sponsor",
    "Decided to build it in-house",
};

// What a salesperson writes when asking a manager to approve an offer beyond the policy.
inline constexpr const char *kSubmitNotes[] = {
    "Strategic account; they compare us with a local competitor.",
    "They sign for 24 months if we meet this price.",
    "Reference customer in their industry; worth the discount.",
    "Budget is fixed this quarter; the rest comes in phase 2.",
};

inline constexpr const char *kCustomerNotes[] = {
    "Prices include installation and travel within the city.",
    "Licences start on the go-live date.",
    "Training takes place at your premises.",
    "",
};

struct ObjectionText
{
    const char *objection;
    const char *response;
};

inline constexpr ObjectionText kObjections[] = {
    {"Your price is higher than the competitor's", "Compare total cost over three years, with support"},
    {"We have no budget this quarter", "Start with a pilot; licences from next quarter"},
    {"Our team will not use another system", "Training and a champion per branch; mobile first"},
    {"Integration with our ERP is risky", "Fixed-price integration with a tested connector"},
    {"We need approval from the head office", "Prepare the value case for the board together"},
};

struct TradeableText
{
    int kind; // TradeableKind as int
    const char *give;
    const char *ask;
    int costPerMille; // of the deal value
    int valueToThem;
};

inline constexpr TradeableText kTradeables[] = {
    {1, "Payment in 60 days instead of 30", "A three-year contract", 8, 4},
    {4, "Two extra training days on site", "A reference visit for other customers", 15, 3},
    {2, "Priority support for the first year", "Signature before the quarter ends", 25, 4},
    {3, "Go-live two weeks earlier", "Their IT team full-time in the first week", 10, 3},
    {5, "Warranty extended to 24 months", "A case study with their logo", 12, 2},
    {0, "5 % off the licences", "Fifty more licences", 50, 5},
};

inline constexpr const char *kBatnas[] = {
    "Sell the capacity to the next customer in the pipeline",
    "Offer the standard package online without services",
    "Wait for their next budget year",
};

inline constexpr const char *kAgendas[] = {
    "1. Recap of needs 2. Value case 3. Offer and terms 4. Next steps",
    "Coffee with the owner, then a walk through the warehouse; terms only if he asks",
    "Procurement committee: demo (20 min), questions, price, contract terms",
};

} // namespace Sepakat::DemoText
