#include "shell/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace Sepakat {

namespace {

QKeySequence keys(QKeyCombination combination)
{
    return QKeySequence(combination);
}

} // namespace

const QList<ShortcutsDialog::Entry> &ShortcutsDialog::entries()
{
    using K = QKeySequence;
    const auto ctrl = [](Qt::Key key) { return keys(Qt::CTRL | key); };
    const auto ctrlShift = [](Qt::Key key) { return keys(Qt::CTRL | Qt::SHIFT | key); };
    const auto plain = [](Qt::Key key) { return keys(QKeyCombination(key)); };
    static const QList<Entry> list = {
        {Area::Everywhere, QT_TR_NOOP("New deal"), {K(K::New)}},
        {Area::Everywhere, QT_TR_NOOP("New deal book"), {ctrlShift(Qt::Key_N)}},
        {Area::Everywhere, QT_TR_NOOP("Open a deal book"), {K(K::Open)}},
        {Area::Everywhere, QT_TR_NOOP("Import from CSV"), {ctrl(Qt::Key_I)}},
        {Area::Everywhere, QT_TR_NOOP("Export to CSV"), {ctrl(Qt::Key_E)}},
        {Area::Everywhere, QT_TR_NOOP("Export the proposal"), {K(K::Print)}},
        {Area::Everywhere, QT_TR_NOOP("Export the internal worksheet"), {ctrlShift(Qt::Key_P)}},
        {Area::Everywhere, QT_TR_NOOP("Undo"), {K(K::Undo)}},
        {Area::Everywhere, QT_TR_NOOP("Redo"), {ctrlShift(Qt::Key_Z), ctrl(Qt::Key_Y)}},
        {Area::Everywhere, QT_TR_NOOP("Go to a page, Pipeline to Settings"),
         {ctrl(Qt::Key_1), ctrl(Qt::Key_2), ctrl(Qt::Key_3), ctrl(Qt::Key_4), ctrl(Qt::Key_5)},
         false, true},
        {Area::Everywhere, QT_TR_NOOP("Search the page in view"), {K(K::Find)}},
        {Area::Everywhere, QT_TR_NOOP("Keyboard shortcuts"), {plain(Qt::Key_F1)}},
        {Area::Everywhere, QT_TR_NOOP("Quit"), {ctrl(Qt::Key_Q)}},

        {Area::Pipeline, QT_TR_NOOP("Move the selected deals a stage left"),
         {ctrlShift(Qt::Key_Left)}},
        {Area::Pipeline, QT_TR_NOOP("Move the selected deals a stage right"),
         {ctrlShift(Qt::Key_Right)}},
        {Area::Pipeline, QT_TR_NOOP("Open the selected deal"), {plain(Qt::Key_Return)}, true},

        {Area::Worksheet, QT_TR_NOOP("Back to the pipeline"), {plain(Qt::Key_Escape)}},
        {Area::Worksheet, QT_TR_NOOP("Next tab"), {ctrl(Qt::Key_PageDown)}},
        {Area::Worksheet, QT_TR_NOOP("Previous tab"), {ctrl(Qt::Key_PageUp)}},
        {Area::Worksheet, QT_TR_NOOP("Go to tab 1 to 8"),
         {keys(Qt::ALT | Qt::Key_1), keys(Qt::ALT | Qt::Key_2), keys(Qt::ALT | Qt::Key_3),
          keys(Qt::ALT | Qt::Key_4), keys(Qt::ALT | Qt::Key_5), keys(Qt::ALT | Qt::Key_6),
          keys(Qt::ALT | Qt::Key_7), keys(Qt::ALT | Qt::Key_8)},
         false, true},
        {Area::Worksheet, QT_TR_NOOP("Present to the customer"), {plain(Qt::Key_F5)}},

        {Area::Needs, QT_TR_NOOP("Add a need"), {ctrlShift(Qt::Key_E), plain(Qt::Key_Insert)}},
        {Area::Needs, QT_TR_NOOP("Remove the selected need"), {K(K::Delete)}},
        {Area::Needs, QT_TR_NOOP("Move the need up"), {keys(Qt::ALT | Qt::Key_Up)}},
        {Area::Needs, QT_TR_NOOP("Move the need down"), {keys(Qt::ALT | Qt::Key_Down)}},

        {Area::Value, QT_TR_NOOP("Add a saving"), {plain(Qt::Key_Insert)}},
        {Area::Value, QT_TR_NOOP("Remove the selected saving"), {K(K::Delete)}},

        {Area::Offer, QT_TR_NOOP("New offer round"), {ctrlShift(Qt::Key_R)}},
        {Area::Offer, QT_TR_NOOP("Add a line"), {ctrlShift(Qt::Key_L), plain(Qt::Key_Insert)}},
        {Area::Offer, QT_TR_NOOP("Remove the selected line"), {K(K::Delete)}},

        {Area::Concessions, QT_TR_NOOP("Add a tradeable"),
         {ctrlShift(Qt::Key_T), plain(Qt::Key_Insert)}},
        {Area::Concessions, QT_TR_NOOP("Log a concession"), {ctrlShift(Qt::Key_K)}},
        {Area::Concessions, QT_TR_NOOP("Remove the selected tradeable"), {K(K::Delete)}},

        {Area::Presentation, QT_TR_NOOP("Next page"),
         {plain(Qt::Key_Right), plain(Qt::Key_PageDown), plain(Qt::Key_Space)}, true},
        {Area::Presentation, QT_TR_NOOP("Previous page"),
         {plain(Qt::Key_Left), plain(Qt::Key_PageUp), plain(Qt::Key_Backspace)}, true},
        {Area::Presentation, QT_TR_NOOP("First page"), {plain(Qt::Key_Home)}, true},
        {Area::Presentation, QT_TR_NOOP("Last page"), {plain(Qt::Key_End)}, true},
        {Area::Presentation, QT_TR_NOOP("End the presentation"), {plain(Qt::Key_Escape)}, true},
    };
    return list;
}

QString ShortcutsDialog::areaName(Area area)
{
    switch (area) {
    case Area::Everywhere:
        return tr("Everywhere");
    case Area::Pipeline:
        return tr("Pipeline");
    case Area::Worksheet:
        return tr("Deal worksheet");
    case Area::Needs:
        return tr("Needs");
    case Area::Value:
        return tr("Value");
    case Area::Offer:
        return tr("Offer");
    case Area::Concessions:
        return tr("Concessions");
    case Area::Presentation:
        return tr("Presentation");
    }
    return {};
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus); // so the arrows scroll it

    QTreeWidgetItem *group = nullptr;
    std::optional<Area> area;
    for (const Entry &entry : entries()) {
        if (entry.area != area) {
            area = entry.area;
            group = new QTreeWidgetItem(m_list, {areaName(entry.area)});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        QStringList shown;
        for (const QKeySequence &sequence : entry.keys)
            shown << sequence.toString(QKeySequence::NativeText);
        const QString keysText = entry.range && shown.size() > 1
                                     ? tr("%1 … %2").arg(shown.constFirst(), shown.constLast())
                                     : shown.join(tr(" or "));
        new QTreeWidgetItem(group, {tr(entry.action), keysText});
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace Sepakat
