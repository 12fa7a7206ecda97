#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTreeWidget;

namespace Sepakat {

// Help > Keyboard shortcuts (F1): every key the application answers to, by where it works.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Area { Everywhere, Pipeline, Worksheet, Needs, Value, Offer, Concessions,
                      Presentation };

    struct Entry
    {
        Area area;
        const char *action; // translated in the ShortcutsDialog context
        QList<QKeySequence> keys;
        // Keys a view handles itself (Enter on a card, the presentation's arrows), not through
        // a QAction or QShortcut; tst_shortcutsdialog checks every other key is really bound.
        bool handledByView = false;
        bool range = false; // keys shown as "first … last"
    };

    static const QList<Entry> &entries();
    static QString areaName(Area area);

    explicit ShortcutsDialog(QWidget *parent = nullptr);

private:
    QTreeWidget *m_list;
};

} // namespace Sepakat
