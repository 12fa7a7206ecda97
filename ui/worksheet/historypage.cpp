#include "worksheet/historypage.h"

#include "common/bookdocument.h"
#include "common/language.h"
#include "storage/repositories.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sepakat {

namespace {

enum Column { When, Who, What, Detail, ColumnCount };

struct ActionName
{
    const char *key;
    const char *name;
};

constexpr ActionName kActions[] = {
    {"deal-created", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Deal created")},
    {"deal-saved", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Deal edited")},
    {"deal-stage-moved", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Stage moved")},
    {"needs-saved", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Needs edited")},
    {"offer-created", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Offer round created")},
    {"offer-saved", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Offer edited")},
    {"plan-saved", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Plan edited")},
    {"tradeable-saved", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Tradeable saved")},
    {"tradeable-removed", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Tradeable removed")},
    {"concession-added", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Concession logged")},
    {"concession-removed", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Concession taken back")},
    {"approval-requested", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Approval requested")},
    {"approval-decided", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Approval decided")},
    {"approval-saved", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Approval saved")},
    {"approval-voided", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Approval voided by change")},
    {"offer-status", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Offer status changed")},
    {"offer-removed", QT_TRANSLATE_NOOP("Sepakat::HistoryPage", "Offer round removed")},
};

// A stage move is stored as "proposal → negotiation" (stage keys): shown in stage names, in the
// language of the day. Any other detail is shown as written.
QString detailText(const AuditEvent &event)
{
    const QString arrow = QStringLiteral(" → ");
    const QStringList parts = event.detail.split(arrow);
    if (event.action != u"deal-stage-moved" || parts.size() != 2)
        return event.detail;
    const std::optional<Stage> from = stageFromKey(parts.at(0).trimmed());
    const std::optional<Stage> to = stageFromKey(parts.at(1).trimmed());
    if (!from || !to)
        return event.detail;
    return stageName(*from) + arrow + stageName(*to);
}

} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Detail, QHeaderView::Stretch);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    setFocusProxy(m_table);
    retranslate();
}

QString HistoryPage::actionName(const QString &action)
{
    for (const ActionName &entry : kActions) {
        if (action == QLatin1StringView(entry.key))
            return tr(entry.name);
    }
    return action;
}

void HistoryPage::setDocument(BookDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dealId.clear();
    if (m_document)
        connect(m_document, &BookDocument::changed, this, [this] { reload(); });
    reload();
}

bool HistoryPage::openDeal(const QString &dealId)
{
    if (!m_document || !m_document->book().deals().find(dealId))
        return false;
    m_dealId = dealId;
    reload();
    return true;
}

void HistoryPage::reload()
{
    const QList<AuditEvent> events = m_document && !m_dealId.isEmpty()
                                         ? m_document->book().audit().forDeal(m_dealId)
                                         : QList<AuditEvent>();
    const QLocale locale = Language::locale();
    m_table->setRowCount(static_cast<int>(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const AuditEvent &event = events.at(row);
        const QString when = locale.toString(event.at.toLocalTime(), QLocale::ShortFormat);
        const QString cells[ColumnCount] = {when, event.who, actionName(event.action),
                                            detailText(event)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == Detail)
                item->setToolTip(cells[Detail]);
            m_table->setItem(row, column, item);
        }
    }
    m_empty->setVisible(events.isEmpty());
}

void HistoryPage::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Detail")});
    m_empty->setText(tr("Nothing has happened to this deal yet."));
    reload();
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Sepakat
