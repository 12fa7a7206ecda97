#include "worksheet/concessionchecks.h"

#include "common/language.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Sepakat {

namespace {

QLabel *sectionHeading(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *body(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Warnings read as a list: one bullet per line.
QString bullets(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << QStringLiteral("• ") + line;
    return out.join(u'\n');
}

void setWarning(QLabel *label, bool warning)
{
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(warning ? (dark ? QStringLiteral("color: #ff8a80;")
                                         : QStringLiteral("color: #b71c1c;"))
                                 : QString());
}

} // namespace

ConcessionChecks::ConcessionChecks(QWidget *parent)
    : QFrame(parent)
    , m_title(sectionHeading(this, QStringLiteral("checksTitle")))
    , m_pacingHeading(sectionHeading(this, QStringLiteral("pacingHeading")))
    , m_pacing(body(this, QStringLiteral("pacingLabel")))
    , m_roomHeading(sectionHeading(this, QStringLiteral("roomHeading")))
    , m_room(body(this, QStringLiteral("totalConcededLabel")))
    , m_roomBar(new QProgressBar(this))
    , m_reciprocityHeading(sectionHeading(this, QStringLiteral("reciprocityHeading")))
    , m_reciprocity(body(this, QStringLiteral("reciprocityLabel")))
{
    setObjectName(QStringLiteral("concessionChecks"));
    setFrameShape(QFrame::StyledPanel);
    m_roomBar->setObjectName(QStringLiteral("roomBar"));
    m_roomBar->setRange(0, 10000);
    m_roomBar->setTextVisible(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_pacingHeading);
    layout->addWidget(m_pacing);
    layout->addSpacing(6);
    layout->addWidget(m_roomHeading);
    layout->addWidget(m_room);
    layout->addWidget(m_roomBar);
    layout->addSpacing(6);
    layout->addWidget(m_reciprocityHeading);
    layout->addWidget(m_reciprocity);
    retranslate();
}

void ConcessionChecks::retranslate()
{
    m_title->setText(tr("Checks"));
    m_pacingHeading->setText(tr("Pacing of our price concessions"));
    m_roomHeading->setText(tr("Conceded against the room"));
    m_reciprocityHeading->setText(tr("Something in return"));
}

void ConcessionChecks::showChecks(const Result<PacingAnalysis> &pacing, const Plan &plan,
                                  const QList<ReciprocityFinding> &findings)
{
    showPacing(pacing);
    if (pacing) {
        showRoom(*pacing, plan);
    } else {
        m_room->clear();
        m_roomBar->hide();
    }
    showReciprocity(findings);
}

void ConcessionChecks::showPacing(const Result<PacingAnalysis> &pacing)
{
    if (!pacing) {
        m_pacing->setText(pacing.errorMessage());
        setWarning(m_pacing, true);
        return;
    }
    const QLocale locale = Language::locale();
    QStringList flags;
    for (qsizetype i = 1; i < pacing->rounds.size(); ++i) {
        const RoundPriceConcession &round = pacing->rounds.at(i);
        if (!round.growing)
            continue;
        const RoundPriceConcession &previous = pacing->rounds.at(i - 1);
        flags << tr("Round %1 concedes %2, as much or more than round %3 (%4).")
                     .arg(round.round)
                     .arg(round.amount.format(locale))
                     .arg(previous.round)
                     .arg(previous.amount.format(locale));
    }
    if (!flags.isEmpty()) {
        flags << tr("Each price concession should be smaller than the one before.");
        m_pacing->setText(bullets(flags));
    } else if (pacing->rounds.isEmpty()) {
        m_pacing->setText(tr("No price concession of ours is logged yet."));
    } else {
        m_pacing->setText(tr("Our price concessions shrink round by round."));
    }
    setWarning(m_pacing, !flags.isEmpty());
}

void ConcessionChecks::showRoom(const PacingAnalysis &pacing, const Plan &plan)
{
    const QLocale locale = Language::locale();
    const QString total = pacing.totalConceded.isValid() ? pacing.totalConceded.format(locale)
                                                         : tr("nothing");
    if (!pacing.room.isValid()) {
        m_room->setText(tr("Conceded %1 so far. Set the opening and walk-away prices on the Plan "
                           "page to compare it with the room.")
                            .arg(total));
        setWarning(m_room, false);
        m_roomBar->hide();
        return;
    }
    if (!pacing.shareOfRoomBasisPoints) {
        m_room->setText(tr("Conceded %1. The opening (%2) leaves no room above the walk-away (%3).")
                            .arg(total, plan.opening.format(locale), plan.walkAway.format(locale)));
        setWarning(m_room, pacing.overRoom);
        m_roomBar->hide();
        return;
    }
    const qint64 share = *pacing.shareOfRoomBasisPoints;
    QString text = tr("Conceded %1 of the %2 room between opening (%3) and walk-away (%4).")
                       .arg(total, pacing.room.format(locale), plan.opening.format(locale),
                            plan.walkAway.format(locale));
    if (pacing.overRoom)
        text += u'\n' + tr("More than the whole room: the price is now below the walk-away.");
    m_room->setText(text);
    setWarning(m_room, pacing.overRoom);
    m_roomBar->setValue(static_cast<int>(std::clamp<qint64>(share, 0, 10000)));
    m_roomBar->setFormat(formatBasisPoints(share, locale));
    QPalette palette = m_roomBar->palette();
    palette.setColor(QPalette::Highlight, pacing.overRoom ? QColor(0xc6, 0x28, 0x28)
                                                          : this->palette().color(QPalette::Highlight));
    m_roomBar->setPalette(palette);
    m_roomBar->setProperty("overRoom", pacing.overRoom);
    m_roomBar->show();
}

void ConcessionChecks::showReciprocity(const QList<ReciprocityFinding> &findings)
{
    if (findings.isEmpty()) {
        m_reciprocity->setText(tr("Everything given so far has something asked or given back."));
        setWarning(m_reciprocity, false);
        return;
    }
    QStringList lines;
    for (const ReciprocityFinding &f : findings)
        lines << f.message;
    m_reciprocity->setText(bullets(lines));
    setWarning(m_reciprocity, true);
}

} // namespace Sepakat
