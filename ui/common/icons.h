#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QAction;
class QAbstractButton;
class QWidget;

// Lucide icons (ISC licence, resources/icons). Their strokes use currentColor, which Qt Svg
// cannot resolve, so each icon is rendered with the palette's text colour: they stay readable
// in light and dark palettes alike.
namespace Sepakat::Icons {

// The icon named after its file in resources/icons ("users", "trash-2"), drawn in the palette's
// text colour (and its disabled text colour for the disabled state).
QIcon icon(const QString &name, const QPalette &palette);

// Gives an action or button the icon now and remembers its name, so refresh() can redraw it
// when the palette changes.
void assign(QAction *action, const QString &name, const QPalette &palette);
void assign(QAbstractButton *button, const QString &name);
// Redraws every assigned icon among root's children (and actions) for root's palette. Call on
// QEvent::PaletteChange / ApplicationPaletteChange.
void refresh(QWidget *root);

} // namespace Sepakat::Icons
